/// Reads rule files, type-checks and compiles every expression against the catalogs in
/// use, and checks the rules against each other (unique ids, known actions, no cycle).
///
/// Layers: the national rules (`<indicators>/rules/`) first, then the workspace's
/// (`<workspace>/rules/`); a workspace rule whose id a national rule already has replaces
/// it — how a city changes a threshold without touching the shipped files.
public enum RuleLoader {
    public static let format = 1
    static let placeholders = ["indicator", "name", "level", "target", "criterion", "opd", "gap"]
    static let commonKeys = ["id", "kind", "description"]

    /// Reads the rule files of `directories` and binds them to `catalogs`: `RuleSources.read`
    /// then `bind`, for a run with one method.
    public static func load(directories: [String], catalogs: CatalogSet, policy: Policy, workspace: Workspace) -> (RuleSet, [Diagnostic]) {
        let (sources, readDiagnostics) = RuleSources.read(directories: directories)
        let (rules, bindDiagnostics) = bind(sources, catalogs: catalogs, policy: policy, workspace: workspace)
        return (rules, readDiagnostics + bindDiagnostics)
    }

    /// The rules of the files read once (`RuleSources`) for one method's catalogs: every
    /// expression type-checked and compiled against them, files for another method left out.
    public static func bind(_ sources: RuleSources, catalogs: CatalogSet, policy: Policy, workspace: Workspace) -> (RuleSet, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var byID: [String: (rule: LoadedRule, layer: Int)] = [:]
        var order: [String] = []
        var files: [String] = []
        for layer in sources.layers {
            let loaded = sources.files.filter { $0.layer == layer }.parallelMap { file in
                RuleFileReader.read(file, catalogs: catalogs, policy: policy, workspace: workspace)
            }
            for file in loaded {
                diagnostics += file.diagnostics
                if let name = file.name { files.append(name) }
                for rule in file.rules {
                    let id = rule.header.id
                    if let existing = byID[id] {
                        if existing.layer == layer {
                            diagnostics.append(Diagnostic(.rules(.duplicateRule(id, otherFile: existing.rule.header.file, line: existing.rule.header.line)),
                                                          at: Diagnostic.Location(file: rule.header.file, line: rule.header.line)))
                            continue
                        }
                    } else {
                        order.append(id)
                    }
                    byID[id] = (rule, layer)
                }
            }
        }
        var set = RuleSet()
        set.files = files
        for id in order {
            guard let rule = byID[id]?.rule else { continue }
            switch rule {
            case .applies(let r): set.applies.append(r)
            case .readiness(let r): set.readiness.append(r)
            case .action(let r): set.actions.append(r)
            case .requires(let r): set.requires.append(r)
            case .flag(let r): set.flags.append(r)
            }
        }
        diagnostics += crossCheck(&set, policy: policy)
        return (set, diagnostics)
    }

    /// References between rules: known actions, at most one readiness rule per status,
    /// a definition for each status, no cycle among prerequisites.
    static func crossCheck(_ set: inout RuleSet, policy: Policy) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let actionIDs = Set(set.actions.map(\.header.id))
        func at(_ h: RuleHeader) -> Diagnostic.Location { Diagnostic.Location(file: h.file, line: h.line) }
        for r in set.requires {
            for id in [r.action] + r.after where !actionIDs.contains(id) {
                diagnostics.append(Diagnostic(.rules(.unknownAction(id, in: r.header.id, suggestion: Suggestion.closest(to: id, in: actionIDs.sorted()))),
                                              at: at(r.header)))
            }
        }
        var seen: [ReadinessRule.Status: String] = [:]
        for r in set.readiness {
            if let first = seen[r.status] {
                diagnostics.append(Diagnostic(.rules(.duplicateReadiness(status: r.status.rawValue, first: first)), at: at(r.header)))
            }
            seen[r.status] = r.header.id
        }
        for status in ReadinessRule.Status.allCases where seen[status] == nil {
            let fromPolicy = status == .daring ? policy.daring : policy.integrated
            if fromPolicy == nil {
                diagnostics.append(Diagnostic(.rules(.readinessMissing(status: status.rawValue)),
                                              at: Diagnostic.Location(file: policy.file, context: .jsonPath("readiness"))))
            }
        }
        if let cycle = RequiresGraph(set).cycle() {
            let first = set.requires.first { $0.action == cycle[0] }?.header
            diagnostics.append(Diagnostic(.rules(.requiresCycle(cycle)), at: first.map(at) ?? Diagnostic.Location(file: policy.file)))
        }
        return diagnostics
    }
}

/// One rule as read, before the set is assembled.
enum LoadedRule: Sendable {
    case applies(AppliesRule)
    case readiness(ReadinessRule)
    case action(ActionRule)
    case requires(RequiresRule)
    case flag(FlagRule)

    var header: RuleHeader {
        switch self {
        case .applies(let r): return r.header
        case .readiness(let r): return r.header
        case .action(let r): return r.header
        case .requires(let r): return r.header
        case .flag(let r): return r.header
        }
    }
}

/// The prerequisite graph between actions (`requires` rules), for cycle detection.
struct RequiresGraph {
    var edges: [String: [String]] = [:]

    init(_ set: RuleSet) {
        for r in set.requires { edges[r.action, default: []] += r.after }
    }

    /// A cycle as a list of action ids (first repeated at the end), or nil.
    func cycle() -> [String]? {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var stack: [String] = []
        func visit(_ node: String) -> [String]? {
            if state[node] == 2 { return nil }
            if state[node] == 1 {
                let start = stack.firstIndex(of: node) ?? 0
                return Array(stack[start...]) + [node]
            }
            state[node] = 1
            stack.append(node)
            for next in edges[node] ?? [] {
                if let c = visit(next) { return c }
            }
            stack.removeLast()
            state[node] = 2
            return nil
        }
        for node in edges.keys.sorted() {
            if let c = visit(node) { return c }
        }
        return nil
    }
}
