/// Reads and validates the Bimtek module catalog (`indicators/training.json`).
///
/// Same conventions as the indicator catalogs: `format`, `id`, `kind` (`"training"`),
/// `version`, bilingual `title`, `source.citation`, `notes`, then `modules`. Every problem is
/// a diagnostic with file, line, column and JSON path, and all problems of the file are
/// reported together: unique ids, whole positive days and class sizes, costs ≥ 0, an audience
/// of `leader`/`admin`/`operator`/`all`, prerequisites that exist and form no cycle.
///
/// Cost: one pass over the document, plus a depth-first search over the prerequisites
/// (linear in modules and prerequisite links).
public enum TrainingCatalogLoader {
    /// The catalog format this version reads.
    public static let format = 1
    /// The value of the catalog's `kind`.
    public static let kind = "training"
    /// Bounds that keep costs far from overflow and flag typos (a class of 300 days).
    static let dayRange = 1...60
    static let capacityRange = 1...1_000
    static let participantRange = 1...100_000
    static let costLimit = 1_000_000_000_000

    static let topKeys = ["format", "id", "kind", "version", "title", "source", "notes", "modules"]
    static let moduleKeys = ["id", "title", "audience", "days", "classCapacity", "costPerParticipantDay", "costPerClass",
                             "participantsPerOPD", "prerequisites", "addresses"]

    /// Parses and validates a training catalog; nil when it has any error (all are reported).
    public static func load(bytes: [UInt8], file: String) -> (catalog: TrainingCatalog?, diagnostics: [Diagnostic]) {
        JSONContext.load(bytes: bytes, file: file) { read($0, context: $1) }
    }

    static func read(_ root: JSONNode, context: JSONContext) -> TrainingCatalog? {
        guard let top = context.object(root, path: "", known: topKeys) else { return nil }
        top.checkFormat(TrainingCatalogLoader.format, required: true)
        let id = top.string("id")
        _ = top.word("kind", oneOf: [kind])
        let version = top.string("version")
        let title = top.text("title")
        let source = CatalogLoader.readSource(top)
        let notes = top.texts("notes", required: false)
        let modules = readModules(top)
        guard let id, let version, let title, let source, let modules else { return nil }
        return TrainingCatalog(id: id, version: version, title: title, source: source, notes: notes, modules: modules, file: context.file)
    }

    /// The modules, with ids, numbers and prerequisites checked; nil when `modules` is absent
    /// or not an array.
    static func readModules(_ top: JSONObjectView) -> [TrainingModule]? {
        let context = top.context
        guard let elements = top.array("modules") else { return nil }
        var modules: [TrainingModule] = []
        var paths: [String] = []
        var prerequisiteNodes: [JSONNode?] = []
        var seen: [String: Int] = [:]
        for (node, path) in elements {
            guard let o = context.object(node, path: path, known: moduleKeys) else { continue }
            let id = o.string("id"), title = o.text("title")
            let audience = o.word("audience", oneOf: TrainingAudience.allCases.map(\.rawValue)).flatMap(TrainingAudience.init(rawValue:))
            let days = bounded(o, "days", dayRange)
            let capacity = bounded(o, "classCapacity", capacityRange)
            let perDay = bounded(o, "costPerParticipantDay", 0...costLimit)
            let perClass = bounded(o, "costPerClass", 0...costLimit)
            let rule = participantRule(o)
            let prerequisites = strings(o, "prerequisites")
            let addresses = strings(o, "addresses")
            if let id {
                if let first = seen[id] {
                    context.report(.duplicateID(id, firstLine: first), at: o.members["id"], path: o.path("id"))
                    continue
                }
                seen[id] = node.line
            }
            guard let id, let title, let audience, let days, let capacity, let perDay, let perClass, let rule,
                  let prerequisites, let addresses else { continue }
            var unique: [String] = []
            for p in prerequisites where !unique.contains(p) { unique.append(p) }
            modules.append(TrainingModule(
                id: id, title: title, audience: audience, days: days, classCapacity: capacity,
                costPerParticipantDay: perDay, costPerClass: perClass, participantsPerOPD: rule,
                prerequisites: unique, addresses: addresses, line: node.line))
            paths.append(path)
            prerequisiteNodes.append(o.members["prerequisites"])
        }
        checkPrerequisites(modules, paths: paths, nodes: prerequisiteNodes, allIDs: Array(seen.keys), context: context)
        return modules
    }

    /// A whole number in `range`, or nil with a diagnostic.
    static func bounded(_ o: JSONObjectView, _ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let value = o.int(key) else { return nil }
        guard range.contains(value) else {
            o.context.report(.thresholdOutOfRange(found: Fraction(value), range: "\(range.lowerBound)–\(range.upperBound)"), at: o.members[key], path: o.path(key))
            return nil
        }
        return value
    }

    /// `participantsPerOPD`: `"all"` or a whole number ≥ 1.
    static func participantRule(_ o: JSONObjectView) -> TrainingModule.ParticipantRule? {
        guard let n = o.node("participantsPerOPD") else { return nil }
        if n.stringValue == "all" { return .all }
        if let literal = n.numberLiteral, let count = Int(literal) {
            guard participantRange.contains(count) else {
                o.context.report(.thresholdOutOfRange(found: Fraction(count), range: "1–\(participantRange.upperBound)"),
                                 at: n, path: o.path("participantsPerOPD"))
                return nil
            }
            return .upTo(count)
        }
        o.context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .oneOf(["all", "1, 2, …"])), at: n, path: o.path("participantsPerOPD"))
        return nil
    }

    /// An array of non-empty strings (empty when absent); nil with diagnostics when malformed.
    static func strings(_ o: JSONObjectView, _ key: String) -> [String]? {
        guard let elements = o.array(key, required: false) else { return o.has(key) ? nil : [] }
        var out: [String] = []
        var valid = true
        for (node, path) in elements {
            guard let s = node.stringValue else {
                o.context.report(.wrongType(found: ExpectedValue.kind(of: node), expected: .string), at: node, path: path)
                valid = false
                continue
            }
            guard !s.trimmingSpaces().isEmpty else {
                o.context.report(.emptyValue, at: node, path: path)
                valid = false
                continue
            }
            out.append(s)
        }
        return valid ? out : nil
    }

    /// Reports prerequisites naming no module, and every cycle once, naming its modules.
    ///
    /// Iterative depth-first search in file order (Tarjan's colouring): a link back to a
    /// module still on the path closes a cycle, which is the path from that module on.
    static func checkPrerequisites(_ modules: [TrainingModule], paths: [String], nodes: [JSONNode?], allIDs: [String],
                                   context: JSONContext) {
        var position: [String: Int] = [:]
        for (i, m) in modules.enumerated() { position[m.id] = i }
        var links: [[Int]] = Array(repeating: [], count: modules.count)
        for (i, m) in modules.enumerated() {
            for (k, p) in m.prerequisites.enumerated() {
                if let j = position[p] {
                    links[i].append(j)
                } else if !allIDs.contains(p) {
                    // A module that failed to load is reported already; only unknown names here.
                    let at = nodes[i]?.elements?.first { $0.stringValue == p } ?? nodes[i]
                    context.report(.unknownPrerequisite(module: m.id, prerequisite: p, suggestion: Suggestion.closest(to: p, in: allIDs.sorted())),
                                   at: at, path: "\(paths[i]).prerequisites[\(k)]")
                }
            }
        }
        enum Colour { case white, grey, black }
        var colour = Array(repeating: Colour.white, count: modules.count)
        for root in modules.indices where colour[root] == .white {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            colour[root] = .grey
            while let top = stack.last {
                if top.next < links[top.node].count {
                    stack[stack.count - 1].next += 1
                    let j = links[top.node][top.next]
                    switch colour[j] {
                    case .white:
                        colour[j] = .grey
                        stack.append((j, 0))
                    case .grey:
                        let from = stack.firstIndex { $0.node == j } ?? 0
                        let cycle = stack[from...].map(\.node)
                        let first = cycle.min() ?? j
                        let start = cycle.firstIndex(of: first) ?? 0
                        let ordered = Array(cycle[start...] + cycle[..<start])
                        context.report(.prerequisiteCycle(modules: ordered.map { modules[$0].id }),
                                       at: nodes[first], path: "\(paths[first]).prerequisites")
                    case .black:
                        break
                    }
                } else {
                    colour[top.node] = .black
                    stack.removeLast()
                }
            }
        }
    }
}
