import Testing
@testable import SmartCityKit

/// The shipped SPBE 2020 catalog holds the structure of PermenPANRB 59/2020.
@Suite struct SPBECatalogTests {
    static func load() throws -> IndicatorCatalog {
        let path = TestPaths.repo("indicators/spbe-2020.json")
        let (loaded, diagnostics) = CatalogLoader.load(bytes: try FileSystem.readBytes(path), file: path)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        guard case .indicators(let catalog)? = loaded else { throw CatalogMissing() }
        return catalog
    }

    struct CatalogMissing: Error {}

    @Test func hasTheRegulationsTree() throws {
        let c = try Self.load()
        #expect(c.id == "spbe-2020")
        #expect(c.kind == .index)
        #expect(c.indicators.count == 47)
        #expect(c.groups.map(\.id) == ["D1", "D2", "D3", "D4"])
        #expect(c.groups.map(\.weight) == [Fraction(13), Fraction(25), Fraction(33, 2), Fraction(91, 2)])
        let aspects = c.groups.flatMap(\.children)
        #expect(aspects.count == 8)
        #expect(aspects.map(\.weight) == ["13", "10", "10", "5", "12", "4.5", "27.5", "18"].map { Fraction(decimal: $0)! })
        #expect(aspects.map(\.allIndicatorPositions.count) == [10, 4, 4, 2, 8, 3, 10, 6])
        #expect(c.indicators.map(\.id) == (1...47).map { $0 < 10 ? "SPBE-0\($0)" : "SPBE-\($0)" })
        #expect(c.indicators.map(\.number) == (1...47).map { Optional($0) })
    }

    @Test func weightsAreTheRegulations() throws {
        let c = try Self.load()
        func w(_ n: Int) -> Fraction { c.indicators[n - 1].weight }
        for n in 1...10 { #expect(w(n) == Fraction(13, 10)) }
        for n in 11...20 { #expect(w(n) == Fraction(5, 2)) }
        for n in 21...31 { #expect(w(n) == Fraction(3, 2)) }
        for n in 32...41 { #expect(w(n) == Fraction(11, 4)) }
        for n in 42...47 { #expect(w(n) == Fraction(3)) }
        #expect(c.indicators.reduce(Fraction.zero) { $0 + $1.weight } == Fraction(100))
    }

    @Test func twoLevelScales() throws {
        let c = try Self.load()
        #expect(c.levels == 1...5)
        #expect(c.indicators[0..<31].allSatisfy { $0.scale == "process" })
        #expect(c.indicators[31...].allSatisfy { $0.scale == "service" })
        let process = try #require(c.scale("process"))
        let service = try #require(c.scale("service"))
        #expect(process.levels.map(\.name.id) == ["Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"])
        #expect(service.levels.map(\.name.id) == ["Informasi", "Interaksi", "Transaksi", "Kolaborasi", "Optimum"])
        #expect(c.indicators.allSatisfy { $0.criteria.count == 5 && $0.criteria.allSatisfy { !$0.id.isEmpty && !$0.en.isEmpty } })
    }

    @Test func predicateBandsAndRounding() throws {
        let c = try Self.load()
        #expect(c.predicates.map(\.key) == ["memuaskan", "sangat-baik", "baik", "cukup", "kurang"])
        #expect(c.predicates.map(\.minimum) == ["4.2", "3.5", "2.6", "1.8", "1"].map { Fraction(decimal: $0)! })
        #expect(c.decimals == 2)
        #expect(!c.notes.isEmpty)
        #expect(c.source.citation.contains("59"))
    }
}
