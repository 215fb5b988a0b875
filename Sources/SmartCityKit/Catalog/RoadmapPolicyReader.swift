/// Reads the `roadmap` part of a policy file (`RoadmapPolicy`).
enum RoadmapPolicyReader {
    static let known = ["start", "unit", "resources", "budget", "phases", "search", "notes"]

    static func read(_ o: JSONObjectView) -> RoadmapPolicy? {
        let context = o.context
        _ = o.texts("notes", required: false)
        let start = o.date("start", required: false)
        let unit = (o.word("unit", oneOf: RoadmapPolicy.TimeUnit.allCases.map(\.rawValue), required: false)).flatMap(RoadmapPolicy.TimeUnit.init(rawValue:)) ?? .month
        var resources: [RoadmapPolicy.Resource] = []
        var seen: [String: Int] = [:]
        for (node, path) in o.array("resources") ?? [] {
            guard let r = context.object(node, path: path, known: ["id", "name", "capacity", "perOPD"]) else { continue }
            let id = r.string("id"), name = r.text("name"), capacity = r.int("capacity", in: RoadmapPolicy.capacityRange)
            let perOPD = r.bool("perOPD", required: false) ?? false
            guard isFirst(id, in: r, line: node.line, seen: &seen) else { continue }
            guard let id, let name, let capacity else { continue }
            resources.append(RoadmapPolicy.Resource(id: id, name: name, capacity: capacity, perOPD: perOPD, line: node.line))
        }
        var budgets: [RoadmapPolicy.Budget] = []
        for (node, path) in o.array("budget", required: false) ?? [] {
            guard let b = context.object(node, path: path, known: ["year", "amount"]) else { continue }
            let year = b.int("year"), amount = b.int("amount")
            if let amount, amount < 0 {
                context.report(.thresholdOutOfRange(found: Fraction(amount), range: "≥ 0"), at: b.members["amount"], path: b.path("amount"))
                continue
            }
            guard let year, let amount else { continue }
            budgets.append(RoadmapPolicy.Budget(year: year, amount: amount))
        }
        var phases: [RoadmapPolicy.Phase] = []
        var phaseIDs: [String: Int] = [:]
        for (node, path) in o.array("phases") ?? [] {
            guard let p = context.object(node, path: path, known: ["id", "name", "start", "end", "goals"]) else { continue }
            let id = p.string("id"), name = p.text("name"), from = p.date("start"), to = p.date("end")
            if let from, let to, to < from {
                context.report(.endBeforeStart(start: from.description, end: to.description), at: p.members["end"], path: p.path("end"))
                continue
            }
            guard isFirst(id, in: p, line: node.line, seen: &phaseIDs) else { continue }
            var goals: [RoadmapPolicy.Goal] = []
            for (goalNode, goalPath) in p.array("goals", required: false) ?? [] {
                guard let g = context.object(goalNode, path: goalPath, known: ["when", "text", "method"]) else { continue }
                let condition = g.string("when"), text = g.text("text"), method = g.string("method", required: false)
                guard let condition, let text, let at = g.members["when"] else { continue }
                // The expression starts one column after the opening quote.
                goals.append(RoadmapPolicy.Goal(condition: condition, text: text, line: at.line, column: at.column + 1, method: method))
            }
            guard let id, let name, let from, let to else { continue }
            phases.append(RoadmapPolicy.Phase(id: id, name: name, start: from, end: to, goals: goals))
        }
        var seed: UInt64 = 1
        var schedules = 5000
        if let s = o.object("search", known: ["seed", "schedules"], required: false) {
            if let value = s.int("seed", required: false), value >= 0 { seed = UInt64(value) }
            if let value = s.int("schedules", required: false) {
                if value < 1 {
                    context.report(.thresholdOutOfRange(found: Fraction(value), range: "1–1000000"), at: s.members["schedules"], path: s.path("schedules"))
                } else {
                    schedules = value
                }
            }
        }
        return RoadmapPolicy(start: start, unit: unit, resources: resources, budgets: budgets, phases: phases.sorted { ($0.start, $0.id) < ($1.start, $1.id) },
                             seed: seed, schedules: schedules)
    }

    /// False, with a finding, when `id` was already used (its first line is in `seen`).
    static func isFirst(_ id: String?, in o: JSONObjectView, line: Int, seen: inout [String: Int]) -> Bool {
        guard let id else { return true }
        if let first = seen[id] {
            o.context.report(.duplicateID(id, firstLine: first), at: o.members["id"], path: o.path("id"))
            return false
        }
        seen[id] = line
        return true
    }
}
