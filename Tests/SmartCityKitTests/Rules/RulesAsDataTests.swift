import Foundation
import Testing
@testable import SmartCityKit

/// Policy lives in data: a rule file in the workspace's `rules/` folder replaces the shipped
/// rule with the same id, and the output changes with no code change.
@Suite struct RulesAsDataTests {
    /// A copy of the Malang example whose `workspace.json` points at the repository's
    /// catalogs and policy by absolute path, plus the given files.
    static func malang(_ extra: [String: String], name: String = #function) throws -> String {
        let root = TestPaths.scratch(name) + "/malang"
        try FileManager.default.copyItem(atPath: TestPaths.repo("examples/malang"), toPath: root)
        try FileSystem.writeAtomically("{\"format\": 1, \"policy\": \"\(TestPaths.repo("roadmaps/malang.json"))\", \"indicators\": \"\(TestPaths.repo("indicators"))\"}\n",
                                       to: root + "/workspace.json")
        for (path, text) in extra { try FileSystem.writeAtomically(text, to: root + "/" + path) }
        return root
    }

    static func rules(_ rules: String, catalogs: String) -> String {
        """
        {"format": 1, "id": "kota-override", "version": "1", "title": {"id": "Aturan kota", "en": "City rules"},
         "source": {"citation": "test"}, "catalogs": [\(catalogs)], "rules": [\(rules)]}
        """
    }

    static func score(_ root: String) throws -> ScoreReport {
        let (report, _, diagnostics) = Pipeline.score(InputLocations(workspace: root), periodID: "2020-03")
        #expect(!diagnostics.hasErrors, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        return try #require(report)
    }

    @Test func loweringTheDaringThresholdRaisesTheCount() throws {
        let base = try Self.score(try Self.malang([:], name: "base"))
        let override = Self.rules(#"{"id": "daring", "kind": "readiness", "status": "daring", "when": "services.share(stage >= 3) >= 40", "text": {"id": "sedikitnya 40 %", "en": "at least 40 %"}}"#,
                                  catalogs: "\"service-stages\"")
        let changed = try Self.score(try Self.malang(["rules/readiness.json": override]))
        #expect(base.city.daringCount == 23)
        // 40 % instead of 60 %: every OPD with a share in [40, 60) becomes daring too.
        let expected = base.scores.filter { ($0.readiness.transactionShare ?? .zero) >= Fraction(40) }.count
        #expect(changed.city.daringCount == expected)
        #expect(changed.city.daringCount > base.city.daringCount)
        #expect(ScoreSummaryRenderer.daringLine(changed, language: .en).contains("at least 40 %"))
    }

    @Test func anApplicabilityRuleChangesWhoAnswers() throws {
        // Street lighting for the housing office instead of the transport office.
        let override = Self.rules(#"{"id": "applies-street-lighting", "kind": "applies", "indicators": ["SC-ENV-05"], "when": "opd.id == \"disperkim\""}"#,
                                  catalogs: "\"smart-city\"")
        let root = try Self.malang(["rules/applies.json": override])
        let diagnostics = Pipeline.validate(InputLocations(workspace: root)).diagnostics
        // dishub now answers an indicator outside its scope; disperkim misses one.
        #expect(diagnostics.contains { $0.code == "WS016" && $0.message.text(.en).contains("dishub") })
        #expect(diagnostics.contains { $0.code == "WS017" && $0.message.text(.en).contains("disperkim") })
    }

    @Test func anActionTextChangesTheReport() throws {
        let override = Self.rules(#"{"id": "act-spbe-23", "kind": "action", "indicator": "SPBE-23", "text": {"id": "Rapikan data {opd} ke tingkat {target}.", "en": "Tidy the data of {opd} to level {target}."}, "effort": {"months": 1, "resource": "opd"}, "owner": "responsible", "phase": "manajemen"}"#,
                                  catalogs: "\"spbe-2020\"")
        let report = try Self.score(try Self.malang(["rules/actions.json": override]))
        let dinkes = try #require(report.opds.firstIndex { $0.id == "dinkes" })
        let finding = try #require(report.findings[dinkes].first { $0.rule == "act-spbe-23" })
        // In 2020-03 the next target is level 4 (by 2022-12-31; the 2019 target of 3 is past).
        #expect(FindingText.text(finding, report: report, language: .en) == "Tidy the data of Dinas Kesehatan to level 4.")
        #expect(ScoresCSVRenderer.actions(report, language: .id, writer: CSVWriter()).contains("Rapikan data Dinas Kesehatan ke tingkat 4."))
        #expect(ScoresJSONRenderer.render(report).contains("Rapikan data {opd} ke tingkat {target}."))
    }
}
