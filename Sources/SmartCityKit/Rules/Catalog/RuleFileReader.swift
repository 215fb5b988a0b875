/// Reads one rule file into rules, reporting every problem with file, line, column and
/// JSON path; expressions are compiled against the catalogs in use.
struct RuleFileReader {
    var name: String?
    var rules: [LoadedRule] = []
    var diagnostics: [Diagnostic] = []

    /// The rules of one parsed file; its read and syntax errors were reported by
    /// `RuleSources.read`.
    static func read(_ file: RuleSources.File, catalogs: CatalogSet, policy: Policy, workspace: Workspace) -> RuleFileReader {
        var out = RuleFileReader()
        guard let root = file.root else { return out }
        let context = JSONContext(file: file.path)
        out.read(root, context: context, catalogs: catalogs, policy: policy, workspace: workspace, lines: file.lines)
        out.diagnostics += context.diagnostics
        return out
    }

    private mutating func read(_ root: JSONNode, context: JSONContext, catalogs: CatalogSet, policy: Policy, workspace: Workspace, lines: [Substring]) {
        guard let top = context.object(root, path: "", known: ["format", "id", "version", "title", "source", "notes", "catalogs", "rules"]) else { return }
        top.checkFormat(RuleLoader.format, required: true)
        let id = top.string("id"), version = top.string("version")
        _ = top.text("title")
        _ = top.object("source", known: ["citation", "url", "date"])
        _ = top.texts("notes", required: false)
        let wanted = (top.array("catalogs") ?? []).compactMap { $0.node.stringValue }
        let inUse = [catalogs.index.id, catalogs.dimensions.id, catalogs.stages.id]
        // A file for another method (say, Pemdi 2026 rules while the city is on SPBE 2020) is
        // not used; its indicator ids would not resolve.
        guard wanted.allSatisfy(inUse.contains) else { return }
        name = [id, version].compactMap { $0 }.joined(separator: " ")
        let reader = RuleReader(context: context, catalogs: catalogs, policy: policy, workspace: workspace, lines: lines)
        for (node, path) in top.array("rules") ?? [] {
            // Name the rule in every message about it: `rules["act-spbe-16"].effort.months`.
            let named = node["id"]?.stringValue.map { "rules[\"\($0)\"]" } ?? path
            if let rule = reader.rule(node, path: named) { rules.append(rule) }
        }
    }
}

/// Reads the rules of one file.
struct RuleReader {
    let context: JSONContext
    let catalogs: CatalogSet
    let policy: Policy
    let workspace: Workspace
    let lines: [Substring]

    static let keys: [RuleKind: [String]] = [
        .applies: ["indicators", "when"],
        .readiness: ["status", "when", "text"],
        .action: ["indicator", "when", "text", "effort", "owner", "phase", "modules", "servicesTo"],
        .requires: ["action", "after", "condition", "text"],
        .flag: ["forEach", "when", "severity", "text"],
    ]

    func rule(_ node: JSONNode, path: String) -> LoadedRule? {
        let kindWord = node["kind"]?.stringValue.flatMap(RuleKind.init(rawValue:))
        let known = RuleLoader.commonKeys + (kindWord.flatMap { Self.keys[$0] } ?? Self.keys.values.flatMap { $0 })
        guard let o = context.object(node, path: path, known: known) else { return nil }
        guard let id = o.string("id"), let kind = o.word("kind", oneOf: RuleKind.allCases.map(\.rawValue)).flatMap(RuleKind.init(rawValue:)) else {
            return nil
        }
        if !OPDListReader.isValidID(id) {
            context.report(.invalidRuleID(id), line: o.members["id"]?.line, column: o.members["id"]?.column, path: o.path("id"))
        }
        let header = RuleHeader(id: id, kind: kind, file: context.file, line: node.line, description: o.text("description", required: false))
        switch kind {
        case .applies:
            let indicators = (o.array("indicators") ?? []).compactMap { n, p in indicator(n, path: p, rule: id) }
            guard let condition = program(o, "when", rule: id, kind: kind) else { return nil }
            return .applies(AppliesRule(header: header, indicators: indicators, condition: condition))
        case .readiness:
            let status = o.word("status", oneOf: ReadinessRule.Status.allCases.map(\.rawValue)).flatMap(ReadinessRule.Status.init(rawValue:))
            let text = o.text("text")
            guard let condition = program(o, "when", rule: id, kind: kind), let status, let text else { return nil }
            return .readiness(ReadinessRule(header: header, status: status, condition: condition, text: text))
        case .action: return action(o, header: header)
        case .requires:
            let action = o.string("action")
            let after = (o.array("after", required: false) ?? []).compactMap { $0.node.stringValue }
            let condition = o.has("condition") ? program(o, "condition", rule: id, kind: kind) : nil
            let text = o.text("text")
            if after.isEmpty, !o.has("condition") {
                context.report(.requiresNothing(id), line: node.line, column: node.column, path: path)
            }
            if o.has("condition"), condition == nil { return nil }
            guard let action, let text else { return nil }
            return .requires(RequiresRule(header: header, action: action, after: after, condition: condition, text: text))
        case .flag:
            let forEach = o.word("forEach", oneOf: ["indicator"], required: false) != nil
            let severity = o.word("severity", oneOf: FlagRule.Severity.allCases.map(\.rawValue)).flatMap(FlagRule.Severity.init(rawValue:))
            let text = o.text("text")
            if let text { checkPlaceholders(text, o, "text") }
            guard let condition = program(o, "when", rule: id, kind: kind, forEach: forEach), let severity, let text else { return nil }
            return .flag(FlagRule(header: header, forEach: forEach, condition: condition, severity: severity, text: text))
        }
    }

    func action(_ o: JSONObjectView, header: RuleHeader) -> LoadedRule? {
        let id = header.id
        let ref = o.members["indicator"].flatMap { indicator($0, path: o.path("indicator"), rule: id) }
        let text = o.text("text")
        if let text { checkPlaceholders(text, o, "text") }
        var months: Fraction?, resource: String?, daysPerItem: Fraction?
        if let effort = o.object("effort", known: ["months", "resource", "daysPerItem"]) {
            months = effort.decimal("months")
            resource = effort.string("resource")
            if let m = months, !(Fraction.zero < m) {
                context.report(.effortNotPositive(m.formatted(decimals: 2)), line: effort.members["months"]?.line,
                               column: effort.members["months"]?.column, path: effort.path("months"))
                months = nil
            }
            daysPerItem = effort.decimal("daysPerItem", required: false)
            if let d = daysPerItem, !(Fraction.zero < d) {
                context.report(.daysPerItemNotPositive(d.formatted(decimals: 2)), line: effort.members["daysPerItem"]?.line,
                               column: effort.members["daysPerItem"]?.column, path: effort.path("daysPerItem"))
                return nil
            }
            // The work on an indicator scored from evidence is its items: ordering them by
            // index points per day needs the days.
            if daysPerItem == nil, let ref, !catalogs.catalog(ref.slot).indicators[ref.position].evidence.isEmpty {
                context.report(.daysPerItemRequired(indicator: catalogs.indicator(ref).id), line: effort.node.line, column: effort.node.column,
                               path: effort.path)
                return nil
            }
        }
        let owner = o.string("owner").flatMap { ownerValue($0, o) }
        let phase = o.string("phase")
        let modules = (o.array("modules", required: false) ?? []).compactMap { $0.node.stringValue }
        let servicesTo = o.int("servicesTo", required: false)
        if let stage = servicesTo, catalogs.stages.stage(stage) == nil {
            let range = catalogs.stages.stages.map(\.stage)
            context.report(.levelOutOfScale(found: String(stage), range: (range.min() ?? 0)...(range.max() ?? 0)), at: o.members["servicesTo"],
                           path: o.path("servicesTo"))
            return nil
        }
        let condition: RuleProgram?
        if o.has("when") {
            condition = program(o, "when", rule: id, kind: .action)
        } else if let ref {
            // The default: act when the indicator is below the period's target.
            let indicatorID = catalogs.indicator(ref).id
            condition = try? RuleProgram.build("gap(\"\(indicatorID)\") > 0", catalogs: catalogs,
                                               capabilities: RuleCapabilities.forKind("action", forEach: false)).get()
        } else {
            context.report(.missingKey("when"), at: o.node, path: o.path)
            condition = nil
        }
        guard let condition, let text, let months, let resource, let owner, let phase else { return nil }
        if o.members["indicator"] != nil, ref == nil { return nil }
        return .action(ActionRule(header: header, indicator: ref, condition: condition, text: text, effortMonths: months,
                                  resource: resource, owner: owner, phase: phase, modules: modules, servicesTo: servicesTo,
                                  daysPerItem: daysPerItem))
    }

    func ownerValue(_ text: String, _ o: JSONObjectView) -> ActionRule.Owner? {
        let node = o.members["owner"]
        func fail(_ m: RuleMessage) -> ActionRule.Owner? {
            context.report(m, line: node?.line, column: node?.column, path: o.path("owner"))
            return nil
        }
        if text == "responsible" { return .responsible }
        if text.hasPrefix("role:") {
            let role = String(text.dropFirst(5))
            return policy.roles[role] == nil ? fail(.unknownOwnerRole(role)) : .role(role)
        }
        if text.hasPrefix("opd:") {
            let opd = String(text.dropFirst(4))
            return workspace.opdIndex[opd] == nil ? fail(.unknownOwnerOPD(opd)) : .opd(opd)
        }
        return fail(.ownerShape(text))
    }

    func indicator(_ node: JSONNode, path: String, rule: String) -> IndicatorRef? {
        guard let id = node.stringValue else {
            context.report(.wrongType(found: ExpectedValue.kind(of: node), expected: .string), at: node, path: path)
            return nil
        }
        guard let ref = catalogs.resolve(id) else {
            context.report(.expression(rule: rule, key: "indicator", problem: .unknownIndicator(id, suggestion: catalogs.suggestion(for: id)), column: 1),
                           line: node.line, column: node.column, path: path)
            return nil
        }
        return ref
    }

    func checkPlaceholders(_ text: LocalizedText, _ o: JSONObjectView, _ key: String) {
        for side in [text.id, text.en] {
            var rest = Substring(side)
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                let name = String(rest[rest.index(after: open)..<close])
                if !RuleLoader.placeholders.contains(name) {
                    context.report(.unknownPlaceholder(name, known: RuleLoader.placeholders), line: o.members[key]?.line,
                                   column: o.members[key]?.column, path: o.path(key))
                    return
                }
                rest = rest[rest.index(after: close)...]
            }
        }
    }

    /// The compiled expression of `key`, or nil with a diagnostic pointing at the column of
    /// the problem in the file.
    func program(_ o: JSONObjectView, _ key: String, rule: String, kind: RuleKind, forEach: Bool = false) -> RuleProgram? {
        guard let text = o.string(key), let node = o.members[key] else { return nil }
        let capabilities = RuleCapabilities.forKind(kind.rawValue, forEach: forEach)
        switch RuleProgram.build(text, catalogs: catalogs, capabilities: capabilities) {
        case .success(let p):
            guard p.typed.type == .bool else {
                report(rule: rule, key: key, problem: .expectedType(expected: "true/false", found: p.typed.type.description), offset: 0, node: node, path: o.path(key))
                return nil
            }
            return p
        case .failure(let e):
            report(rule: rule, key: key, problem: e.problem, offset: e.offset, node: node, path: o.path(key))
            return nil
        }
    }

    func report(rule: String, key: String, problem: RuleProblem, offset: Int, node: JSONNode, path: String) {
        context.report(.expression(rule: rule, key: key, problem: problem, column: offset + 1), line: node.line,
                       column: sourceColumn(of: offset, in: node), path: path)
    }

    /// The file column of a character of a JSON string, counting the escapes before it.
    func sourceColumn(of offset: Int, in node: JSONNode) -> Int {
        guard node.line - 1 < lines.count else { return node.column }
        let raw = Array(lines[node.line - 1])
        var i = node.column  // index just after the opening quote (columns are 1-based)
        var decoded = 0
        while decoded < offset, i < raw.count {
            if raw[i] == "\\" { i += i + 1 < raw.count && raw[i + 1] == "u" ? 6 : 2 } else { i += 1 }
            decoded += 1
        }
        return i + 1
    }
}
