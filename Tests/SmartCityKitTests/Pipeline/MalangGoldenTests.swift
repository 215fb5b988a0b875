import Testing
@testable import SmartCityKit

/// The shipped Malang example, end to end, against reviewed golden outputs.
@Suite struct MalangGoldenTests {
    let report: ScoreReport

    init() throws {
        let (report, _, diagnostics) = Pipeline.score(InputLocations(workspace: TestPaths.repo("examples/malang")), periodID: "2020-03")
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        self.report = try #require(report)
    }

    @Test func exampleIsCompleteAndRealistic() {
        #expect(report.opds.count == 45)
        #expect(report.city.assessedCount == 45)
        // A few OPDs online-ready, most not; some verified levels below self levels.
        #expect((5...30).contains(report.city.daringCount))
        #expect(report.period.id == "2020-03")
        #expect(report.scores.flatMap(\.differences).contains { ($0.difference ?? 0) < 0 })
        #expect(report.city.index.value != nil && report.city.nestedIndex == report.city.index.value)
    }

    @Test(arguments: Language.allCases)
    func summary(_ language: Language) {
        Golden.check(ScoreSummaryRenderer.render(report, language: language), against: "malang-summary.\(language.rawValue).txt")
    }

    @Test func opdTable() {
        Golden.check(OPDSummaryRows.table(report, language: .id), against: "malang-table.id.txt")
    }

    @Test func opdSummaryCSV() {
        Golden.check(ScoresCSVRenderer.summary(report, language: .en, writer: CSVWriter(separator: ";", bom: true), decimalSeparator: ","),
                     against: "malang-opd-summary.en.csv")
    }

    @Test func scoresJSON() {
        Golden.check(ScoresJSONRenderer.render(report), against: "malang-scores.json")
    }
}
