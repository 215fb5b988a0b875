import Testing
@testable import SmartCityKit

/// The smart-city and service-stage catalogs hold what the users asked for.
@Suite struct ShippedCatalogTests {
    static func load(_ name: String) throws -> CatalogLoader.Loaded {
        let path = TestPaths.repo("indicators/" + name)
        let (loaded, diagnostics) = CatalogLoader.load(bytes: try FileSystem.readBytes(path), file: path)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        return try #require(loaded)
    }

    @Test func smartCityHasSixDimensionsOfFourToEightIndicators() throws {
        guard case .indicators(let c) = try Self.load("smart-city.json") else { Issue.record("wrong kind"); return }
        #expect(c.kind == .dimensions)
        #expect(c.groups.map(\.id) == ["government", "people", "branding", "economy", "living", "environment"])
        for group in c.groups {
            #expect((4...8).contains(group.indicatorPositions.count), "\(group.id)")
            #expect(group.elements.count == 3, "\(group.id)")
            #expect(group.indicatorPositions.allSatisfy { c.indicators[$0].element != nil })
        }
        #expect(c.groups.reduce(Fraction.zero) { $0 + $1.weight } == Fraction(100))
        #expect(c.indicators.allSatisfy { $0.criteria.count == 5 })
        // Every OPD answers the data-management indicators; thematic ones go by tag or owner.
        #expect(c.indicators.contains { $0.answeredBy == .all && $0.name.en.lowercased().contains("data") })
        #expect(c.indicators.contains { if case .tags = $0.answeredBy { return true } else { return false } })
        #expect(!c.notes.isEmpty && !c.source.citation.isEmpty)
    }

    @Test func serviceStagesRunFromOfflineToIntegrated() throws {
        guard case .stages(let c) = try Self.load("service-stages.json") else { Issue.record("wrong kind"); return }
        #expect(c.stages.map(\.stage) == [0, 1, 2, 3, 4])
        #expect(c.stages.map(\.key) == ["offline", "information", "interaction", "transaction", "integrated"])
        #expect(c.stages.allSatisfy { !($0.name.id.isEmpty || $0.name.en.isEmpty) })
    }

    /// Every shipped catalog is valid, and the Malang policy binds every role they use.
    @Test func malangExampleValidatesWithoutFindings() {
        let result = Pipeline.validate(InputLocations(workspace: TestPaths.repo("examples/malang")))
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(result.diagnostics))")
        #expect(result.opdCount == 45)
        #expect(result.methods.first == "spbe-2020 PermenPANRB 59/2020")
    }
}
