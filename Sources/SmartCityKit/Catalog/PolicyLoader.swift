/// Reads and validates a roadmap policy file.
public enum PolicyLoader {
    public static let format = 1

    public static func load(bytes: [UInt8], file: String) -> (policy: Policy?, diagnostics: [Diagnostic]) {
        JSONContext.load(bytes: bytes, file: file) { read($0, context: $1) }
    }

    static func read(_ root: JSONNode, context: JSONContext) -> Policy? {
        let known = ["format", "city", "start", "methods", "roles", "missingAnswer", "readiness", "monthsPerOPD", "targets", "levelTargets", "notes", "roadmap", "evidenceOwners", "evaluations"]
        guard let top = context.object(root, path: "", known: known) else { return nil }
        top.checkFormat(PolicyLoader.format, required: true)
        _ = top.texts("notes", required: false)
        var city: Policy.City?
        if let c = top.object("city", known: ["id", "name"]), let id = c.id("id"), let name = c.text("name") {
            city = Policy.City(id: id, name: name)
        }
        let start = top.date("start", required: false)
        var methods: Policy.Methods?
        if let m = top.object("methods", known: ["index", "dimensions", "stages"]),
           let index = m.string("index"), let dimensions = m.string("dimensions"), let stages = m.string("stages") {
            methods = Policy.Methods(index: index, dimensions: dimensions, stages: stages)
        }
        var roles: [String: String] = [:]
        var roleLines: [String: Int] = [:]
        // Optional: the OPD list may bind the roles instead (its `peran` column).
        if let node = top.node("roles", required: false) {
            if let members = node.members {
                for member in members {
                    guard let opd = member.value.stringValue, !opd.trimmingSpaces().isEmpty else {
                        context.report(.wrongType(found: ExpectedValue.kind(of: member.value), expected: .string),
                                       at: member.value, path: "roles." + member.key)
                        continue
                    }
                    roles[member.key] = opd.trimmingSpaces()
                    roleLines[member.key] = member.line
                }
            } else {
                context.report(.wrongType(found: ExpectedValue.kind(of: node), expected: .object), at: node, path: "roles")
            }
        }
        let missing = top.word("missingAnswer", oneOf: Policy.MissingAnswerRule.allCases.map(\.rawValue))
            .flatMap(Policy.MissingAnswerRule.init(rawValue:))
        var daring: Policy.ReadinessThreshold?
        var integrated: Policy.ReadinessThreshold?
        if let r = top.object("readiness", known: ["daring", "integrated"], required: false) {
            daring = readiness(r, "daring")
            integrated = readiness(r, "integrated")
        }
        let months = top.int("monthsPerOPD")
        if let months, months < 1 {
            context.report(.thresholdOutOfRange(found: Fraction(months), range: "1–120"), at: top.members["monthsPerOPD"], path: "monthsPerOPD")
        }
        let targets = readTargets(top, context: context)
        let levelTargets = readLevelTargets(top, context: context)
        let roadmap = top.object("roadmap", known: RoadmapPolicyReader.known, required: false)
            .flatMap { RoadmapPolicyReader.read($0) }
        guard let city, let methods, let missing, let months else { return nil }
        var policy = Policy(city: city, start: start, methods: methods, roles: roles, missingAnswer: missing,
                            daring: daring, integrated: integrated, monthsPerOPD: months, targets: targets, levelTargets: levelTargets,
                            file: context.file, roleLines: roleLines)
        policy.roadmap = roadmap
        policy.evaluations = EvaluationCalendarReader.read(top, context: context)
        // Who produces each indicator's evidence items, where the city names another unit
        // than the role binding: indicator (any code the catalog accepts) → OPD id.
        if let node = top.node("evidenceOwners", required: false) {
            for member in node.members ?? [] {
                guard let opd = member.value.stringValue, !opd.trimmingSpaces().isEmpty else {
                    context.report(.wrongType(found: ExpectedValue.kind(of: member.value), expected: .string), at: member.value,
                                   path: "evidenceOwners." + member.key)
                    continue
                }
                policy.evidenceOwners.append(Policy.EvidenceOwner(indicator: member.key, opd: opd.trimmingSpaces(), line: member.line,
                                                                  column: member.column))
            }
        }
        return policy
    }

    static func readiness(_ r: JSONObjectView, _ key: String) -> Policy.ReadinessThreshold? {
        guard let o = r.object(key, known: ["minimumStage", "minimumSharePercent"]) else { return nil }
        let stage = o.int("minimumStage"), share = o.decimal("minimumSharePercent")
        guard let stage, let share else { return nil }
        if share < .zero || Fraction(100) < share {
            o.context.report(.thresholdOutOfRange(found: share, range: "0–100"), at: o.members["minimumSharePercent"], path: o.path("minimumSharePercent"))
        }
        return Policy.ReadinessThreshold(minimumStage: stage, minimumSharePercent: share)
    }

    static func readTargets(_ top: JSONObjectView, context: JSONContext) -> [Policy.Target] {
        var targets: [Policy.Target] = []
        var seen: [String: Int] = [:]
        for (node, path) in top.array("targets", required: false) ?? [] {
            guard let o = context.object(node, path: path, known: ["id", "metric", "count", "minimum", "dimension", "by", "name", "method", "weight"]) else { continue }
            let id = o.id("id"), by = o.date("by"), name = o.text("name")
            let metric = o.word("metric", oneOf: Policy.Target.Metric.allCases.map(\.rawValue)).flatMap(Policy.Target.Metric.init(rawValue:))
            let dimension = o.string("dimension", required: false)
            var threshold: Policy.Target.Threshold?
            switch metric {
            case .opdDaring?, .opdIntegrated?:
                if let n = o.node("count") {
                    if n.stringValue == "all" {
                        threshold = .all
                    } else if let literal = n.numberLiteral, let count = Int(literal), count >= 0 {
                        if Policy.Target.countRange.contains(count) {
                            threshold = .count(count)
                        } else {
                            context.report(.thresholdOutOfRange(found: Fraction(count), range: "\(Policy.Target.countRange.lowerBound)–\(Policy.Target.countRange.upperBound)"),
                                           at: n, path: o.path("count"))
                        }
                    } else {
                        context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .oneOf(["all", "0, 1, 2, …"])), at: n, path: o.path("count"))
                    }
                }
            case .index?, .dimensionScore?:
                if let minimum = o.decimal("minimum") { threshold = .atLeast(minimum) }
            case nil: break
            }
            if let id {
                if let first = seen[id] { context.report(.duplicateTarget(id, firstLine: first), at: o.members["id"], path: o.path("id")) }
                seen[id] = node.line
            }
            guard let id, let by, let name, let metric, let threshold else { continue }
            var target = Policy.Target(id: id, metric: metric, threshold: threshold, dimension: dimension, by: by, name: name)
            target.method = o.string("method", required: false)
            target.weight = o.int("weight", in: Policy.milestoneWeights, required: false) ?? 1
            targets.append(target)
        }
        return targets
    }

    /// `levelTargets`: the level each indicator should reach by a date, for a whole catalog
    /// or for named indicators.
    static func readLevelTargets(_ top: JSONObjectView, context: JSONContext) -> [Policy.LevelTarget] {
        var out: [Policy.LevelTarget] = []
        for (node, path) in top.array("levelTargets", required: false) ?? [] {
            guard let o = context.object(node, path: path, known: ["by", "catalog", "indicators", "level", "weight"]) else { continue }
            let by = o.date("by"), level = o.decimal("level")
            let catalog = o.string("catalog", required: false)
            let weight = o.int("weight", in: Policy.milestoneWeights, required: false) ?? 1
            let indicators = (o.array("indicators", required: false) ?? []).compactMap { $0.node.stringValue }
            if catalog == nil, indicators.isEmpty { context.report(.missingKey("catalog\" or \"indicators"), at: node, path: path) }
            // Whether the value lies on the covered catalog's scale is checked with the catalogs
            // (PolicyBinding); the policy alone does not know them.
            guard let by, let level else { continue }
            let at = o.members["level"] ?? node
            out.append(Policy.LevelTarget(by: by, catalog: catalog, indicators: indicators, level: level, line: at.line, column: at.column, weight: weight))
        }
        return out
    }
}
