import Foundation
import Testing
@testable import SmartCityKit

/// A hand-made Indeks Pemdi 2026 evaluation over all 20 indicators (Fixtures/pemdi-worked:
/// an evidence register, two assessor values, four external indices) in the Malang
/// workspace's 2026-06 period, whose values were computed by hand:
///
/// | ind. | items accepted per level (of)         | value            |
/// |------|---------------------------------------|------------------|
/// | I1   | 1/1, 4/4, 2/4                         | 2.5 + 1 × 2/4 = 3 |
/// | I2   | 1/2                                   | 1 + 0.5 × 1/2 = 1.25 |
/// | I3   | 5/5, 5/5, 5/5, 1/4                    | 3.5 + 0.5 × 1/4 = 3.625 |
/// | I4   | 3/3, 1/2 → 2.00; assessor 2,10        | 2.10 |
/// | I5   | SDI 25                                | 2.00 |
/// | I6   | SJIG 3.2 (identity on the bands)      | 3.20 |
/// | I7   | no IPS value                          | 1.00 (warning) |
/// | I8   | 7/7, 3/7                              | 1.5 + 3/7 = 27/14 |
/// | I9   | 2/2, 1/1, 0/1                         | 2.50 |
/// | I10  | 1/1, 1/2                              | 2.00 |
/// | I11  | 0/1                                   | 1.00 |
/// | I12  | 2/2, 3/3, 1/1, 1/1, 0/1               | 4.00 |
/// | I13  | 1/3                                   | 7/6 |
/// | I14  | 0/4 (a level-2 item accepted: ignored) | 1.00 |
/// | I15  | 2/2, 3/3, 1/2                         | 3.00 |
/// | I16  | 3/3, 2/2, 1/1, 2/2, 1/2               | 4.50 |
/// | I17  | 1/2 → 1.25; assessor 1,30             | 1.30 |
/// | I18  | SDI interoperability 68.75            | 3.75 |
/// | I19  | 2/2, 1/1, 0/1                         | 2.50 |
/// | I20  | 4/4, 2/3                              | 1.5 + 2/3 = 13/6 |
///
/// Aspects (Σ w·v ÷ Σ w): A1 17/8 = 2.125 → 2.13; A2 229/80 = 2.8625 → 2.86; A3 1061/525 =
/// 2.0210 → 2.02; A4 37/15 → 2.47; A5 13/12 → 1.08; A6 929/300 = 3.0967 → 3.10; A7 23/10.
/// Index Σ w·v ÷ 100 = 194857/84000 = 2.31973 → 2.32, Cukup.
@Suite struct PemdiWorkedExampleTests {
    static func report() throws -> (ScoreReport, [Diagnostic]) {
        let (report, _, diagnostics) = Pipeline.score(try PemdiWorkspace.make(), periodID: "2026-06")
        return (try #require(report, "\(DiagnosticRenderer(language: .en).render(diagnostics))"), diagnostics)
    }

    static let values: [Fraction] = [Fraction(3), Fraction(5, 4), Fraction(29, 8), Fraction(21, 10), Fraction(2), Fraction(16, 5), Fraction(1),
                                     Fraction(27, 14), Fraction(5, 2), Fraction(2), Fraction(1), Fraction(4), Fraction(7, 6), Fraction(1),
                                     Fraction(3), Fraction(9, 2), Fraction(13, 10), Fraction(15, 4), Fraction(5, 2), Fraction(13, 6)]

    @Test func twentyValuesSevenAspectsAndTheIndexComeOutExactly() throws {
        let (report, _) = try Self.report()
        let city = report.city
        #expect(city.levels[CatalogSet.Slot.index.rawValue].map(\.level) == Self.values)
        let aspects = ["A1": Fraction(17, 8), "A2": Fraction(229, 80), "A3": Fraction(1061, 525), "A4": Fraction(37, 15),
                       "A5": Fraction(13, 12), "A6": Fraction(929, 300), "A7": Fraction(23, 10)]
        for (id, value) in aspects { #expect(city.index.groups[id] == value, "\(id)") }
        #expect(["A1", "A2", "A3", "A4", "A5", "A6", "A7"].map { city.index.groups[$0]!.formatted(decimals: 2) }
                == ["2.13", "2.86", "2.02", "2.47", "1.08", "3.10", "2.30"])
        #expect(city.index.value == Fraction(194857, 84000))
        #expect(city.index.published(report.catalogs.index) == "2.32")
        #expect(city.index.predikat(report.catalogs.index)?.key == "cukup")
        // The regulation's nested computation agrees.
        #expect(city.nestedIndex == city.index.value)
    }

    @Test func threeValuesSideBySideAndWhatNeverCounts() throws {
        let (report, _) = try Self.report()
        let values = try #require(report.city.values)
        // I4: the rule gives 2.00, the assessor 2.10 with the reason.
        #expect(values.value(3).supported == Fraction(2))
        #expect(values.value(3).assessor?.value == Fraction(21, 10))
        #expect(values.value(3).value == Fraction(21, 10))
        // I1: an uploaded level-4 item does not count, as level 3 is not complete.
        #expect(values.value(0).ignored == ["I1-L4-01"])
        #expect(values.value(0).supported == Fraction(3))
        // I10: the second level-2 item is uploaded, not yet accepted: the unit claims 2.50.
        #expect(values.value(9).supported == Fraction(2))
        #expect(values.value(9).claimed == Fraction(5, 2))
        // I14: nothing accepted at level 1, so the accepted level-2 item is ignored.
        #expect(values.value(13).value == Fraction(1))
        #expect(values.value(13).ignored == ["I14-L2-01"])
        #expect(values.value(13).counts.map(\.accepted) == [0, 1, 0, 0, 0])
        // I5 from the SDI index.
        #expect(values.value(4).source == .externalIndex(key: "sdi", value: Fraction(25)))
    }

    @Test func theNextItemsToProduceWithTheValueAndIndexPointsEachAdds() throws {
        let (report, _) = try Self.report()
        let i2 = try #require(report.city.values).value(1)
        // I2 (weight 5): level 1 has 1 of 2 (1.25). The second item completes it (+0.25, 5 × 0.25 ÷ 100
        // = 0.0125 index points), then level 2's single item fills its whole band (+1.00, +0.05).
        #expect(i2.next.map(\.code) == ["I2-L1-02", "I2-L2-01"])
        #expect(i2.next.map(\.gain) == [Fraction(1, 4), Fraction(1)])
        #expect(i2.next.map(\.points) == [Fraction(1, 80), Fraction(1, 20)])
        // What its accepted item holds: weight × half the level-1 band ÷ 2 items ÷ 100.
        #expect(i2.items.map(\.points) == [Fraction(1, 80)] + Array(repeating: .zero, count: 5))
        #expect(i2.items.first?.status == .diterima && i2.items.last?.status == .belum)
        // The owner from the register, else the unit the policy binds to the indicator's role.
        #expect(i2.items.first.flatMap(\.owner).map { report.opds[$0].id } == "diskominfo")
        // Held points add up to the value above the floor: I16 at 4.50 holds 4 × 3.50 ÷ 100.
        let i16 = try #require(report.city.values).value(15)
        #expect(i16.items.reduce(Fraction.zero) { $0 + $1.points } == Fraction(4) * Fraction(7, 2) / Fraction(100))
    }

    /// The rule language reads the values exactly, with fractional thresholds and the
    /// official codes.
    @Test(arguments: [("city.level(\"I13\") == 7 / 6", true), ("city.level(\"1.1\") >= 3", true), ("city.level(\"I8\") > 1.9285", true),
                      ("city.level(\"I8\") > 1.9286", false), ("city.level(\"PEMDI-04\") == 2.1", true), ("city.index() >= 2.32", false),
                      ("city.index() > 2.3197", true)])
    func rulesReadTheValuesExactly(text: String, expected: Bool) throws {
        let (report, _) = try Self.report()
        let program = try RuleProgram.build(text, catalogs: report.catalogs, capabilities: RuleCapabilities.forKind("flag", forEach: false)).get()
        let period = RulePeriodData(catalogs: report.catalogs, targets: report.policy.targetLevels(for: report.period.date, catalogs: report.catalogs),
                                    city: report.city)
        let ctx = RuleContext(opd: report.opds[0], roles: [], score: report.scores[0], period: period)
        #expect(try program.evaluate(ctx) == .bool(expected))
        #expect(try RuleInterpreter.evaluate(program.typed, ctx, RuleCursor()) == .bool(expected))
    }

    @Test func aMissingIndexWarnsAndNamesTheAgency() throws {
        let (_, diagnostics) = try Self.report()
        let evidence = diagnostics.filter { $0.code.hasPrefix("EV") }
        #expect(evidence.map(\.code) == ["EV034"])
        #expect(evidence.first?.severity == .warning)
        #expect(evidence.first?.message.text(.en).contains("ask BPS") == true)
        #expect(evidence.first?.message.text(.en).contains("PEMDI-07") == true)
    }
}

/// The roadmap of a period scored from evidence starts from its values and never projects
/// them lower.
@Suite struct EvidenceProjectionTests {
    @Test func projectionsStartFromTheValuesAndOnlyRise() throws {
        let (roadmap, diagnostics) = Pipeline.roadmap(InputLocations(workspace: TestPaths.repo("examples/malang")), periodID: "2026-06",
                                                      options: RoadmapOptions(schedules: 100))
        let plan = try #require(roadmap, "\(diagnostics.map(\.code))")
        let now = try #require(plan.projections.first)
        #expect(now.point == .now)
        #expect(now.city.index.value?.formatted(decimals: 2) == "2.45")
        for projection in plan.projections.dropFirst() {
            let before = try #require(now.city.values), after = try #require(projection.city.values)
            for (a, b) in zip(before.values, after.values) { #expect(a.value <= b.value, "\(projection.point) \(a.position)") }
            for (id, value) in now.city.index.groups { #expect(value <= projection.city.index.groups[id]!, "\(projection.point) \(id)") }
        }
        // A raised indicator lands on the top of a band (every item up to its level accepted).
        let last = try #require(plan.projections.last?.city.values)
        let catalog = try PemdiCatalogTests.load()
        for (a, b) in zip(now.city.values!.values, last.values) where a.value < b.value {
            #expect(catalog.valueBands.contains { $0.top == b.value })
        }
    }
}
