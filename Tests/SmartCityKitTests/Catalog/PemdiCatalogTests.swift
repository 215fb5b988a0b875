import Testing
@testable import SmartCityKit

/// The shipped Pemdi 2026 catalog holds the reported structure of PermenPANRB 8/2026
/// (docs: /work/shared/reference/pemdi.md): 7 aspects, 20 indicators, integer weights summing
/// to 100, and predicate bands of its own — never those of SPBE 2020.
@Suite struct PemdiCatalogTests {
    static func load() throws -> IndicatorCatalog {
        let path = TestPaths.repo("indicators/pemdi-2026.json")
        let (loaded, diagnostics) = CatalogLoader.load(bytes: try FileSystem.readBytes(path), file: path)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        guard case .indicators(let catalog)? = loaded else { throw CatalogMissing() }
        return catalog
    }

    struct CatalogMissing: Error {}

    let catalog: IndicatorCatalog

    init() throws { catalog = try Self.load() }

    func f(_ s: String) -> Fraction { Fraction(decimal: s)! }

    /// Levels by indicator number (1-based), for readability of the fixtures.
    func levels(_ level: (Int) -> Int) -> [Fraction?] { (1...20).map { Fraction(level($0)) } }

    /// The reported weights of indicators 1–20, in percent of the index.
    static let reportedWeights = [5, 5, 5, 5, 5, 3, 3, 4, 4, 4, 3, 4, 5, 5, 4, 4, 4, 3, 10, 15]

    @Test func hasTheReportedTree() {
        let c = catalog
        #expect(c.id == "pemdi-2026")
        #expect(c.kind == .index)
        #expect(c.version == "PermenPANRB 8/2026")
        #expect(c.hierarchy.map(\.key) == ["aspect"])
        #expect(c.groups.count == 7)
        #expect(c.groups.map(\.id) == ["A1", "A2", "A3", "A4", "A5", "A6", "A7"])
        #expect(c.groups.allSatisfy { $0.children.isEmpty })
        #expect(c.groups.map(\.weight) == [10, 10, 15, 15, 10, 15, 25].map { Fraction($0) })
        #expect(c.groups.map(\.allIndicatorPositions.count) == [2, 2, 4, 4, 2, 4, 2])
        #expect(c.indicators.count == 20)
        #expect(c.indicators.map(\.id) == (1...20).map { $0 < 10 ? "PEMDI-0\($0)" : "PEMDI-\($0)" })
        #expect(c.indicators.map(\.number) == (1...20).map { Optional($0) })
        #expect(c.groups.map(\.name.id) == [
            "Tata Kelola dan Manajemen", "Penyelenggara", "Data", "Keamanan Pemdi", "Teknologi Pemdi",
            "Keterpaduan Layanan Digital Pemerintah", "Kepuasan Pengguna Layanan Digital Pemerintah",
        ])
    }

    @Test func weightsAreTheReportedOnes() {
        let c = catalog
        #expect(c.indicators.map(\.weight) == Self.reportedWeights.map { Fraction($0) })
        #expect(c.indicators.reduce(Fraction.zero) { $0 + $1.weight } == Fraction(100))
        #expect(c.groups.reduce(Fraction.zero) { $0 + $1.weight } == Fraction(100))
        for group in c.groups {
            let sum = group.indicatorPositions.reduce(Fraction.zero) { $0 + c.indicators[$1].weight }
            #expect(sum == group.weight, "\(group.id)")
        }
    }

    /// The user-satisfaction aspect (indicators 19–20) carries a quarter of the index.
    @Test func userSatisfactionIsAQuarterOfTheIndex() throws {
        let c = catalog
        let a7 = try #require(c.groups.last)
        #expect(a7.weight == Fraction(25))
        #expect(a7.indicatorPositions.map { c.indicators[$0].id } == ["PEMDI-19", "PEMDI-20"])
        #expect(c.indicators[18].weight == Fraction(10))
        #expect(c.indicators[19].weight == Fraction(15))
        // Raising both from 1 to 5 raises the index by 25 × 4 / 100 = 1.
        let low = try #require(IndexCalculator.flat(levels { $0 >= 19 ? 1 : 3 }, catalog: c))
        let high = try #require(IndexCalculator.flat(levels { $0 >= 19 ? 5 : 3 }, catalog: c))
        #expect(low == f("2.5"))
        #expect(high == f("3.5"))
        #expect(high - low == Fraction(1))
    }

    @Test func everyIndicatorHasFiveBilingualCriteria() throws {
        let c = catalog
        #expect(c.levels == 1...5)
        #expect(c.scales.map(\.key) == ["maturity"])
        let scale = try #require(c.scale("maturity"))
        #expect(scale.levels.map(\.level) == [1, 2, 3, 4, 5])
        #expect(c.indicators.allSatisfy { $0.scale == "maturity" })
        #expect(c.indicators.allSatisfy { $0.criteria.count == 5 && $0.criteria.allSatisfy { !$0.id.isEmpty && !$0.en.isEmpty } })
        // Criteria differ between levels (no copy-paste across a ladder).
        #expect(c.indicators.allSatisfy { Set($0.criteria.map(\.en)).count == 5 })
    }

    /// Who answers inside the city is our design; pin the judgement calls so a change is deliberate.
    @Test func cityLevelRules() {
        let c = catalog
        func rule(_ n: Int) -> (Applicability, CityLevelRule) { (c.indicators[n - 1].answeredBy, c.indicators[n - 1].cityLevel) }
        let owners: [Int: String] = [1: "kominfo", 2: "kominfo", 3: "kepegawaian", 6: "perencanaan", 7: "kominfo", 9: "pengawasan",
                                     10: "kominfo", 11: "kominfo", 12: "kominfo", 13: "kominfo", 14: "kominfo", 16: "kominfo",
                                     17: "kominfo", 18: "kominfo", 19: "pengaduan"]
        for (n, role) in owners {
            #expect(rule(n).0 == .role(role), "PEMDI-\(n)")
            #expect(rule(n).1 == .owner, "PEMDI-\(n)")
        }
        for n in [4, 5, 15] {
            #expect(rule(n).0 == .all, "PEMDI-\(n)")
            #expect(rule(n).1 == .mean, "PEMDI-\(n)")
        }
        #expect(rule(8).0 == .tags(["layanan-publik"]))
        #expect(rule(8).1 == .min)
        #expect(rule(20).0 == .tags(["layanan-publik"]))
        #expect(rule(20).1 == .mean)
        #expect(c.cityMean == .roundHalfUp)
    }

    /// Every role the catalog uses is one the Malang policy already binds.
    @Test func malangPolicyBindsEveryRole() throws {
        let path = TestPaths.repo("roadmaps/malang.json")
        let (policy, diagnostics) = PolicyLoader.load(bytes: try FileSystem.readBytes(path), file: path)
        let bound = try #require(policy, "\(DiagnosticRenderer(language: .en).render(diagnostics))").roles
        var used = Set<String>()
        for indicator in catalog.indicators { if case .role(let r) = indicator.answeredBy { used.insert(r) } }
        #expect(used == Set(catalog.roles.map(\.key)))
        for role in used { #expect(bound[role] != nil, "\(role)") }
    }

    @Test func predicateBandsAndRounding() {
        let c = catalog
        #expect(c.predicates.map(\.key) == ["memuaskan", "sangat-baik", "baik", "cukup", "kurang"])
        #expect(c.predicates.map(\.name.id) == ["Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"])
        #expect(c.predicates.map(\.minimum) == ["4", "3.5", "2.5", "1.5", "1"].map { f($0) })
        #expect(c.decimals == 2)
        #expect(c.notes.count >= 5)
        #expect(c.source.citation.contains("8 Tahun 2026"))
        #expect(c.source.citation.contains("as reported"))
        #expect(c.source.date == "2026-06-01")
    }

    /// Each band's lower bound is inclusive; the value just below it falls in the band below.
    @Test(arguments: [
        ("5", "memuaskan"), ("4", "memuaskan"), ("4.10", "memuaskan"), ("3.9999", "sangat-baik"), ("3.5", "sangat-baik"),
        ("3.4999", "baik"), ("2.5", "baik"), ("2.4999", "cukup"), ("1.5", "cukup"), ("1.4999", "kurang"), ("1", "kurang"),
    ])
    func predicateBoundaries(value: String, expected: String) {
        #expect(catalog.predikat(for: f(value))?.key == expected)
    }

    /// The same value gets each method's own predicate: 4.10 is Memuaskan under Pemdi 2026 and
    /// Sangat Baik under SPBE 2020; 2.55 is Baik under Pemdi and Cukup under SPBE.
    @Test(arguments: [
        ("4.10", "memuaskan", "sangat-baik"), ("2.55", "baik", "cukup"), ("4.2", "memuaskan", "memuaskan"),
        ("3.5", "sangat-baik", "sangat-baik"), ("1.6", "cukup", "kurang"),
    ])
    func predicatesDifferFromSPBE2020(value: String, pemdi: String, spbe: String) throws {
        let spbeCatalog = try SPBECatalogTests.load()
        #expect(catalog.predikat(for: f(value))?.key == pemdi)
        #expect(spbeCatalog.predikat(for: f(value))?.key == spbe)
    }

    /// A1 at 2; A2 at 3; A3: 4, 1, 1, 2; A4 at 3; A5 at 4; A6 at 2; A7: 1, 5.
    ///   Σ wᵢLᵢ = (5×2 + 5×2) + (5×3 + 5×3) + (5×4 + 3×1 + 3×1 + 4×2) + 15×3 + 10×4 + 15×2 + (10×1 + 15×5)
    ///          = 20 + 30 + 34 + 45 + 40 + 30 + 85 = 284, so the index is exactly 2.84: Baik under
    /// Pemdi (2.50 ≤ 2.84 < 3.50). Aspects: A3 = 34/15 = 2.2666… → 2.27; A7 = 85/25 = 3.4.
    @Test func handComputedFixture() throws {
        let byNumber = [2, 2, 3, 3, 4, 1, 1, 2, 3, 3, 3, 3, 4, 4, 2, 2, 2, 2, 1, 5]
        let l = levels { byNumber[$0 - 1] }
        let index = try #require(IndexCalculator.flat(l, catalog: catalog))
        #expect(index == f("2.84"))
        #expect(index.formatted(decimals: 2) == "2.84")
        #expect(catalog.predikat(for: index)?.key == "baik")
        #expect(IndexCalculator.nested(l, catalog: catalog) == index)
        let groups = IndexCalculator.groupValues(l, catalog: catalog)
        #expect(groups["A1"] == Fraction(2))
        #expect(groups["A2"] == Fraction(3))
        #expect(groups["A3"] == Fraction(34, 15))
        #expect(groups["A3"]?.formatted(decimals: 2) == "2.27")
        #expect(groups["A4"] == Fraction(3))
        #expect(groups["A5"] == Fraction(4))
        #expect(groups["A6"] == Fraction(2))
        #expect(groups["A7"] == f("3.4"))
        #expect(IndexCalculator.combine(groupValues: groups, catalog: catalog) == index)
    }

    /// All at 4 except PEMDI-06 at 2 and PEMDI-20 at 5: 400 − 2×3 + 1×15 = 409, so 4.09 —
    /// Memuaskan under Pemdi, while the same number would be Sangat Baik under SPBE 2020.
    @Test func handComputedMemuaskan() throws {
        let l = levels { $0 == 6 ? 2 : $0 == 20 ? 5 : 4 }
        let index = try #require(IndexCalculator.flat(l, catalog: catalog))
        #expect(index == f("4.09"))
        #expect(catalog.predikat(for: index)?.key == "memuaskan")
        #expect(try SPBECatalogTests.load().predikat(for: index)?.key == "sangat-baik")
    }

    /// With integer weights, the index of whole levels is always a multiple of 0.01, lies in
    /// 1…5, and the nested aspect computation equals the flat sum.
    @Test func wholeLevelsGiveTwoDecimalIndices() throws {
        var random = SeededRandom(seed: 2026)
        for _ in 0..<300 {
            let l = levels { _ in random.int(in: 1...5) }
            let flat = try #require(IndexCalculator.flat(l, catalog: catalog))
            #expect(IndexCalculator.nested(l, catalog: catalog) == flat)
            #expect((flat * Fraction(100)).denominator == 1)
            #expect(Fraction(1) <= flat && flat <= Fraction(5))
        }
        #expect(IndexCalculator.flat(levels { _ in 1 }, catalog: catalog) == Fraction(1))
        #expect(IndexCalculator.flat(levels { _ in 5 }, catalog: catalog) == Fraction(5))
    }
}
