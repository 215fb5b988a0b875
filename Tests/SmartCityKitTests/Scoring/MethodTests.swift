import Testing
@testable import SmartCityKit

/// A second method is one more data file: the policy names it, and every result carries its
/// id, version and its own predicate bands.
@Suite struct MethodTests {
    static func policy(index: String) throws -> String {
        try FixtureWorkspace.original("policy.json").replacingOccurrences(of: "\"index\": \"mini-index\"", with: "\"index\": \"\(index)\"")
    }

    /// Under the second catalog (weights D1 20, D2 80) the same answers give
    /// (10×2 + 10×2 + 40×3 + 40×2) / 100 = 240/100 = 2.40, and the result names the method.
    @Test func policyPicksTheMethod() throws {
        let workspace = try FixtureWorkspace(["policy.json": try Self.policy(index: "mini-pemdi")])
        let report = try #require(Pipeline.score(workspace.locations, periodID: nil).report)
        #expect(report.city.index.catalogID == "mini-pemdi")
        #expect(report.city.index.catalogVersion == "test-2")
        #expect(report.city.index.value == Fraction(12, 5))
        let json = ScoresJSONRenderer.render(report)
        #expect(json.contains("\"method\": \"mini-pemdi\""))
        #expect(json.contains("\"version\": \"test-2\""))
    }

    /// 4.10 is Sangat Baik under the SPBE 2020 bands and Memuaskan under Pemdi-like bands:
    /// predicates always come from the result's own method.
    @Test func predicatesComeFromTheResultsOwnMethod() throws {
        let workspace = try FixtureWorkspace()
        let (inputsA, _) = Pipeline.loadInputs(workspace.locations)
        let spbeLike = try #require(inputsA?.catalogs.index)
        try FileSystem.writeAtomically(try Self.policy(index: "mini-pemdi"), to: workspace.path("policy.json"))
        let (inputsB, _) = Pipeline.loadInputs(workspace.locations)
        let pemdiLike = try #require(inputsB?.catalogs.index)
        let value = Fraction(decimal: "4.10")!
        #expect(spbeLike.predikat(for: value)?.key == "sangat-baik")
        #expect(pemdiLike.predikat(for: value)?.key == "memuaskan")
        #expect(spbeLike.predikat(for: Fraction(decimal: "2.55")!)?.key == "cukup")
        #expect(pemdiLike.predikat(for: Fraction(decimal: "2.55")!)?.key == "baik")
    }

    @Test func unknownMethodIsReportedAtThePolicy() throws {
        let workspace = try FixtureWorkspace(["policy.json": try Self.policy(index: "pemdi-2030")])
        let diagnostics = Pipeline.validate(workspace.locations).diagnostics
        let d = try #require(diagnostics.first { $0.code == "CAT030" })
        #expect(d.location?.file == workspace.path("policy.json"))
        #expect(d.message.text(.en).contains("pemdi-2030"))
    }

    @Test func periodCanBeChosenAndUnknownPeriodsAreNamed() throws {
        let workspace = try FixtureWorkspace()
        #expect(Pipeline.score(workspace.locations, periodID: "2020-03").report?.period.date.description == "2020-03-31")
        let (report, _, diagnostics) = Pipeline.score(workspace.locations, periodID: "2021-01")
        #expect(report == nil)
        #expect(diagnostics.first?.code == "WS032")
        #expect(diagnostics.first?.message.text(.en).contains("2020-03") == true)
    }
}
