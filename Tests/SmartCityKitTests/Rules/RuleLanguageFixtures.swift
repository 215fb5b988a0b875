@testable import SmartCityKit

/// Random assessments and random well-typed expressions over the `mini` fixture catalogs
/// (I-01…I-04, G-01, E-01; domains 1–2; dimensions government, economy).
struct RuleLanguageFixtures {
    let catalogs: CatalogSet
    var random: SeededRandom

    init(seed: UInt64) throws {
        let (inputs, _) = Pipeline.loadInputs(InputLocations(workspace: TestPaths.fixture("mini")))
        guard let inputs else { throw FixtureError() }
        catalogs = inputs.catalogs
        random = SeededRandom(seed: seed)
    }

    struct FixtureError: Error {}

    var refs: [IndicatorRef] {
        CatalogSet.Slot.allCases.flatMap { slot in catalogs.catalog(slot).indicators.indices.map { IndicatorRef(slot: slot, position: $0) } }
    }

    mutating func maybe(_ percent: Int, _ f: Fraction) -> Fraction? { random.chance(percent) ? f : nil }

    mutating func fraction() -> Fraction { Fraction(Int64(random.int(in: 100...500)), 100) }

    /// A level or value: mostly whole levels (SPBE 2020), sometimes a band value with two
    /// decimals (Pemdi 2026), so the rule language is exercised on both scales.
    mutating func level() -> Fraction { random.chance(30) ? fraction() : Fraction(random.int(in: 1...5)) }

    /// A random OPD context: answers (some missing, some TB, some verified), services, scores.
    mutating func context() -> RuleContext {
        var answers: [Answer] = []
        var levels: [CountedLevel] = []
        for ref in refs {
            switch random.int(in: 0...5) {
            case 0: continue
            case 1:
                answers.append(Answer(indicator: ref, selfAssessment: .notApplicable, verified: nil, evidence: "", note: "r", file: "f", line: 1))
            default:
                let selfLevel = level()
                let verified: Fraction? = random.chance(40) ? level() : nil
                let evidence = random.chance(50) ? "" : "DOC-\(random.int(in: 1...9))"
                answers.append(Answer(indicator: ref, selfAssessment: .level(selfLevel), verified: verified, evidence: evidence, note: "", file: "f", line: 1))
                levels.append(CountedLevel(indicator: ref, level: verified ?? selfLevel, source: verified == nil ? .selfAssessed : .verified))
            }
        }
        let services = (0..<random.int(in: 0...5)).map { i in
            ServiceRecord(name: "s\(i)", stage: random.int(in: 0...4), usersPerYear: random.chance(50) ? random.int(in: 0...1000) : nil, note: "", file: "f", line: 1)
        }
        func score(_ c: IndicatorCatalog, _ r: inout RuleLanguageFixtures) -> CatalogScore {
            var groups: [String: Fraction] = [:]
            for g in c.allGroups where r.random.chance(70) { groups[g.id] = r.fraction() }
            return CatalogScore(catalogID: c.id, catalogVersion: c.version, value: r.maybe(80, r.fraction()), groups: groups,
                                coveredWeight: Fraction(100), blockedBy: [])
        }
        let index = score(catalogs.index, &self), dimensions = score(catalogs.dimensions, &self)
        let readiness = Readiness(countPerStage: [0, 0, 0, 0, 0], serviceCount: services.count, transactionShare: nil,
                                  daring: false, integrated: false)
        let opdScore = OPDScore(opd: 0, assessed: true, index: index, dimensions: dimensions, readiness: readiness, levels: levels,
                                differences: [], notApplicable: [], missing: [], answers: answers, services: services)
        let staff = OPD.Staff(leaders: random.chance(70) ? random.int(in: 1...5) : nil, admins: random.int(in: 0...9), operators: nil, total: 30)
        let opd = OPD(id: ["dinkes", "pasar", "kominfo"][random.int(in: 0...2)], name: "X", kind: ["dinas", "upt"][random.int(in: 0...1)],
                      tags: random.chance(50) ? ["economy", "upt"] : ["dinas"], head: "", staff: staff, line: 2)
        var targets = CatalogSet.Slot.allCases.map { Array(repeating: Fraction?.none, count: catalogs.catalog($0).indicators.count) }
        for ref in refs where random.chance(70) { targets[ref.slot.rawValue][ref.position] = level() }
        let cityLevels = CatalogSet.Slot.allCases.map { slot in
            catalogs.catalog(slot).indicators.map { _ in CityLevel(level: maybe(80, Fraction(random.int(in: 1...5))), basis: .floor) }
        }
        let city = CityScore(levels: cityLevels, index: score(catalogs.index, &self), nestedIndex: nil, dimensions: score(catalogs.dimensions, &self),
                             opdCount: 3, assessedCount: 3, daringCount: 1, integratedCount: 0, servicesPerStage: [], targets: [])
        let period = RulePeriodData(catalogs: catalogs, targets: targets, city: city)
        return RuleContext(opd: opd, roles: random.chance(50) ? ["kominfo"] : [], score: opdScore, period: period)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[random.int(in: 0...(items.count - 1))] }

    mutating func indicatorArgument(_ allowIt: Bool) -> String {
        allowIt && random.chance(30) ? "it" : "\"" + pick(["I-01", "I-02", "I-03", "I-04", "G-01", "E-01", "i-3"]) + "\""
    }

    /// A random expression of type bool, number or text (source text).
    mutating func expression(_ type: String, depth: Int, forEach: Bool = true, inPredicate: Bool = false) -> String {
        let leaf = depth <= 0
        switch type {
        case "bool":
            switch random.int(in: 0...(leaf ? 3 : 9)) {
            case 0: return pick(["true", "false"])
            case 1: return "answered(\(indicatorArgument(forEach)))"
            case 2: return "not_applicable(\(indicatorArgument(forEach)))"
            case 3: return "\"" + pick(["economy", "dinas", "x"]) + "\" in opd.tags"
            case 4, 5:
                let op = pick(["<", "<=", ">", ">=", "==", "!="])
                return expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + " \(op) " + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate)
            case 6:
                let op = pick(["and", "or"])
                return "(" + expression("bool", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + " \(op) " + expression("bool", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ")"
            case 7: return "not (" + expression("bool", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ")"
            case 8: return pick(["level", "self", "verified", "target"]) + "(\(indicatorArgument(forEach))) " + pick(["==", "!="]) + " missing"
            default: return expression("text", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + " " + pick(["==", "!="]) + " " + expression("text", depth: depth - 1, forEach: forEach, inPredicate: inPredicate)
            }
        case "text":
            switch random.int(in: 0...(leaf ? 2 : 4)) {
            case 0: return "\"" + pick(["", "DOC-1", "dinas", "pasar"]) + "\""
            case 1: return pick(["opd.kind", "opd.id"])
            case 2: return "evidence(\(indicatorArgument(forEach)))"
            case 3: return "coalesce(evidence(\(indicatorArgument(forEach))), \"none\")"
            default: return "\"DOC-2\""
            }
        default:
            if inPredicate, random.chance(40) { return pick(["stage", "users", "stage + 1"]) }
            switch random.int(in: 0...(leaf ? 5 : 13)) {
            case 0: return String(random.int(in: 0...6))
            case 1: return pick(["2.5", "0.25", "100"])
            case 2: return pick(["level", "self", "verified", "target", "gap", "weight"]) + "(\(indicatorArgument(forEach)))"
            case 3: return pick(["index()", "domain(1)", "domain(2)", "dimension(\"government\")", "dimension(\"economy\")"])
            case 4: return pick(["city.index()", "city.domain(2)", "city.dimension(\"economy\")", "city.level(\(indicatorArgument(forEach)))"])
            case 5: return pick(["opd.staff.leader", "opd.staff.admin", "opd.staff.operator"] + (inPredicate ? [] : ["services.count()"]))
            case 6, 7:
                let op = pick(["+", "-", "*", "/"])
                return "(" + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + " \(op) " + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ")"
            case 8: return "-" + expression("number", depth: 0, forEach: forEach, inPredicate: inPredicate)
            case 9: return pick(["min", "max"]) + "(" + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ", " + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ")"
            case 10: return "coalesce(" + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ", " + String(random.int(in: 1...3)) + ")"
            case 11 where !inPredicate: return "services." + pick(["share", "count"]) + "(" + expression("bool", depth: depth - 1, forEach: forEach, inPredicate: true) + ")"
            case 12: return "(" + expression("number", depth: depth - 1, forEach: forEach, inPredicate: inPredicate) + ")"
            default: return String(random.int(in: 1...5))
            }
        }
    }
}
