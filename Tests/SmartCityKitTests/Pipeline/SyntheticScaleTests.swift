import Testing
@testable import SmartCityKit

/// Property tests of the engine on synthetic workspaces: for any seed, scoring terminates
/// without overflow, the nested and flat index agree, and every value stays in range.
@Suite struct SyntheticScaleTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomWorkspacesScoreConsistently(seed: UInt64) throws {
        let root = TestPaths.scratch("synthetic\(seed)")
        let result = Pipeline.generate(indicators: TestPaths.repo("indicators"), opdCount: 1500, seed: seed, out: root)
        #expect(!result.diagnostics.hasErrors && result.writeFailure == nil)
        let (report, _, diagnostics) = Pipeline.score(InputLocations(workspace: root), periodID: nil)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        let r = try #require(report)
        #expect(r.city.index.value == r.city.nestedIndex)
        let range = Fraction(1)...Fraction(5)
        #expect(r.city.index.value.map(range.contains) == true)
        #expect(r.city.dimensions.groups.values.allSatisfy(range.contains))
        for score in r.scores {
            #expect(score.index.value.map(range.contains) ?? true)
            #expect(score.dimensions.value.map(range.contains) ?? true)
            #expect(score.readiness.countPerStage.reduce(0, +) == score.readiness.serviceCount)
        }
        #expect(r.city.daringCount == r.scores.filter(\.readiness.daring).count)
        // City means over different numbers of answering OPDs stay on the 4-decimal grid.
        for level in r.city.levels[CatalogSet.Slot.dimensions.rawValue] {
            #expect(10_000 % (level.level?.denominator ?? 1) == 0)
        }
    }

    @Test func catalogNumbersWithMoreThanFourDecimalsAreRefused() throws {
        let workspace = try FixtureWorkspace(["indicators/mini-index.json": try FixtureWorkspace.original("indicators/mini-index.json")
            .replacingOccurrences(of: "\"min\": 3.5", with: "\"min\": 3.50001")])
        let d = try #require(Pipeline.validate(workspace.locations).diagnostics.first { $0.code == "CAT006" })
        #expect(d.location?.context == .jsonPath("predicates[1].min"))
    }
}
