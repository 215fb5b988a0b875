import Testing
@testable import SmartCityKit

/// The `mini` fixture scored end to end, against values worked out by hand.
///
/// Catalog: I-01 (w 20, owner kominfo), I-02 (w 20, every OPD, mean), I-03 (w 30, every
/// OPD, mean), I-04 (w 30, tag layanan-publik, minimum); D1 = I-01 + I-02, D2 = I-03 + I-04.
/// Answers (effective level = verified if given, else self):
///   kominfo: I-01 self 3 verified 2 → 2; I-02 4; I-03 2
///   dinkes:  I-02 2; I-03 3 (verified 3); I-04 self 4 verified 2 → 2
///   pasar:   I-02 1; I-03 TB "bukan urusan UPT"; I-04 3
@Suite struct FixtureScoreTests {
    let report: ScoreReport

    init() throws {
        let (report, _, diagnostics) = Pipeline.score(InputLocations(workspace: TestPaths.fixture("mini")), periodID: nil)
        #expect(diagnostics.isEmpty)
        self.report = try #require(report)
    }

    func f(_ s: String) -> Fraction { Fraction(decimal: s)! }

    /// kominfo: (20×2 + 20×4 + 30×2) / 70 = 180/70 = 18/7 = 2.5714… → 2.57 Cukup.
    /// dinkes: (20×2 + 30×3 + 30×2) / 80 = 190/80 = 2.375 → 2.38 (half-up) Cukup.
    /// pasar: I-03 is left out, not counted as 0 or 1: (20×1 + 30×3) / 50 = 2.2 → 2.20.
    @Test func opdIndicesAreWeightedMeansOverAnsweredIndicators() {
        let index = report.catalogs.index
        #expect(report.scores.map(\.index.value) == [Fraction(18, 7), f("2.375"), f("2.2")])
        #expect(report.scores.map { $0.index.published(index) } == ["2.57", "2.38", "2.20"])
        #expect(report.scores.map(\.index.coveredWeight) == [Fraction(70), Fraction(80), Fraction(50)])
        #expect(report.scores[2].notApplicable.map(\.note) == ["bukan urusan UPT"])
        #expect(report.scores[0].levels.first?.source == .verified)
    }

    /// City levels: I-01 owner kominfo = 2; I-02 mean(4, 2, 1) = 7/3 → 2 (whole levels,
    /// half-up); I-03 mean(2, 3) = 2.5 → 3 (pasar's TB is not a level); I-04 min(2, 3) = 2.
    /// Index = (20×2 + 20×2 + 30×3 + 30×2) / 100 = 230/100 = 2.30 Cukup;
    /// D1 = 80/40 = 2, D2 = 150/60 = 2.5; nested computation agrees.
    @Test func cityIndexFromOwnerMeanAndMinimumRules() {
        let levels = report.city.levels[CatalogSet.Slot.index.rawValue]
        #expect(levels.map(\.level) == [Fraction(2), Fraction(2), Fraction(3), Fraction(2)])
        #expect(levels[0].basis == .owner(opd: 0))
        #expect(levels[1].basis == .mean(exact: Fraction(7, 3), count: 3))
        #expect(levels[2].basis == .mean(exact: f("2.5"), count: 2))
        #expect(levels[3].basis == .minimum(count: 2))
        #expect(report.city.index.value == f("2.3"))
        #expect(report.city.nestedIndex == f("2.3"))
        #expect(report.city.index.groups["D1"] == Fraction(2))
        #expect(report.city.index.groups["D2"] == f("2.5"))
        #expect(report.city.index.predikat(report.catalogs.index)?.key == "cukup")
    }

    /// Dimensions keep exact means: government = mean(3, 2, 1) = 2; economy = pasar's 2.
    /// pasar's own smart-city score: (50×1 + 50×2) / 100 = 1.5.
    @Test func dimensionScores() {
        #expect(report.city.dimensions.groups["government"] == Fraction(2))
        #expect(report.city.dimensions.groups["economy"] == Fraction(2))
        #expect(report.scores.map(\.dimensions.value) == [Fraction(3), Fraction(2), f("1.5")])
    }

    /// kominfo 2 of 2 services at stage ≥ 3 (100 %, daring) and 1 of 2 at stage 4 (50 %,
    /// integrated); dinkes 1 of 3 (33.3 %, not daring); pasar 1 of 2 (50 % ≥ 50 %, daring).
    @Test func readinessAgainstThePolicy() {
        #expect(report.scores.map(\.readiness.daring) == [true, false, true])
        #expect(report.scores.map(\.readiness.integrated) == [true, false, false])
        #expect(report.scores[1].readiness.transactionShare == Fraction(100, 3))
        #expect(report.city.daringCount == 2)
        #expect(report.city.servicesPerStage == [1, 1, 1, 3, 1])
        let target = report.city.targets[0]
        #expect(target.actual == Fraction(2) && target.required == Fraction(3) && !target.met)
        #expect(target.monthsLeft == 9)
        #expect(ScoreSummaryRenderer.daringLine(report, language: .en).hasPrefix("2 of 3 OPD daring"))
    }

    /// Self vs verified: kominfo I-01 3 → 2 (−1), dinkes I-04 4 → 2 (−2); dinkes I-03 agrees.
    @Test func selfVersusVerified() {
        let differences = report.scores.flatMap(\.differences)
        #expect(differences.map { report.catalogs.indicator($0.indicator).id } == ["I-01", "I-04"])
        #expect(differences.map(\.difference) == [-1, -2])
    }

    /// The same inputs give byte-identical exports, whatever the thread scheduling.
    @Test func exportsAreDeterministic() throws {
        let again = try #require(Pipeline.score(InputLocations(workspace: TestPaths.fixture("mini")), periodID: nil).report)
        #expect(ScoresJSONRenderer.render(report) == ScoresJSONRenderer.render(again))
        let writer = CSVWriter(separator: ";", bom: true)
        #expect(ScoresCSVRenderer.detail(report, language: .id, writer: writer, decimalSeparator: ",")
                == ScoresCSVRenderer.detail(again, language: .id, writer: writer, decimalSeparator: ","))
    }
}
