import Testing
@testable import SmartCityKit

/// The SPBE index computed by the official method on the shipped catalog, against values
/// worked out by hand.
@Suite struct SPBEIndexTests {
    let catalog: IndicatorCatalog

    init() throws { catalog = try SPBECatalogTests.load() }

    /// Levels by indicator number (1-based), for readability of the fixtures.
    func levels(_ level: (Int) -> Int) -> [Fraction?] { (1...47).map { Fraction(level($0)) } }

    func f(_ s: String) -> Fraction { Fraction(decimal: s)! }

    /// Indicators 1–10 at 3, 11–20 at 2, 21–31 at 1, 32–41 at 4, 42–47 at 5:
    ///   Σ wᵢLᵢ = 10×1.3×3 + 10×2.5×2 + 11×1.5×1 + 10×2.75×4 + 6×3×5
    ///          = 39 + 50 + 16.5 + 110 + 90 = 305.5, so the index is 3.055,
    /// published 3.06 (a real tie, rounded half-up) and Baik (2.6 ≤ 3.055 < 3.5).
    /// Domains: D1 = 39/13 = 3; D2 = 50/25 = 2; D3 = 16.5/16.5 = 1; D4 = 200/45.5 = 4.3956… → 4.40.
    @Test func handComputedFixture() throws {
        let l = levels { n in n <= 10 ? 3 : n <= 20 ? 2 : n <= 31 ? 1 : n <= 41 ? 4 : 5 }
        let index = try #require(IndexCalculator.flat(l, catalog: catalog))
        #expect(index == f("3.055"))
        #expect(index.formatted(decimals: 2) == "3.06")
        #expect(catalog.predikat(for: index)?.key == "baik")
        let groups = IndexCalculator.groupValues(l, catalog: catalog)
        #expect(groups["D1"] == Fraction(3))
        #expect(groups["D2"] == Fraction(2))
        #expect(groups["D3"] == Fraction(1))
        #expect(groups["D4"] == Fraction(400, 91))
        #expect(groups["D4"]?.formatted(decimals: 2) == "4.40")
        #expect(groups["A7"] == Fraction(4))
        #expect(groups["A8"] == Fraction(5))
    }

    /// The regulation's aspect → domain → index nesting equals the flat weighted sum, for
    /// any levels (property test over seeded random level vectors).
    @Test func nestedEqualsFlat() throws {
        var random = SeededRandom(seed: 2020)
        for _ in 0..<500 {
            let l = levels { _ in random.int(in: 1...5) }
            let flat = try #require(IndexCalculator.flat(l, catalog: catalog))
            let nested = try #require(IndexCalculator.nested(l, catalog: catalog))
            #expect(flat == nested)
            // The exact index is always a multiple of 0.0005 (2000 × index is a whole number).
            #expect((flat * Fraction(2000)).denominator == 1)
            #expect(Fraction(1) <= flat && flat <= Fraction(5))
        }
    }

    /// Raising any one level never lowers the index (monotonicity), and raises it by exactly
    /// weight / 100.
    @Test func raisingALevelRaisesTheIndexByItsWeight() throws {
        var random = SeededRandom(seed: 59)
        for _ in 0..<200 {
            var l = levels { _ in random.int(in: 1...4) }
            let before = try #require(IndexCalculator.flat(l, catalog: catalog))
            let i = random.int(in: 0...46)
            l[i] = l[i]! + Fraction(1)
            let after = try #require(IndexCalculator.flat(l, catalog: catalog))
            #expect(after - before == catalog.indicators[i].weight / Fraction(100))
        }
    }

    /// All at 3, then +1 on SPBE-01, 02 (2×26), 11–20 (10×50), 21 (30), 32 (55), 42–47 (6×60),
    /// in units of 1/2000: 6000 + 52 + 500 + 30 + 55 + 360 = 6997, so the index is exactly
    /// 3.4985: published 3.50 yet Baik, because the predicate comes from the unrounded value.
    @Test func exactValueThatRoundsIntoTheNextBandStaysInItsOwn() throws {
        let raised: Set<Int> = Set([1, 2, 21, 32] + Array(11...20) + Array(42...47))
        let l = levels { raised.contains($0) ? 4 : 3 }
        let index = try #require(IndexCalculator.flat(l, catalog: catalog))
        #expect(index == f("3.4985"))
        #expect(index.formatted(decimals: 2) == "3.50")
        #expect(catalog.predikat(for: index)?.key == "baik")
        let score = CatalogScore(catalogID: catalog.id, catalogVersion: catalog.version, value: index, groups: [:],
                                 coveredWeight: Fraction(100), blockedBy: [])
        #expect(score.roundingCrossesBand(catalog))
        #expect(score.published(catalog) == "3.50")
    }

    @Test(arguments: [
        ("5", "memuaskan"), ("4.2", "memuaskan"), ("4.1995", "sangat-baik"), ("3.5", "sangat-baik"), ("3.4995", "baik"),
        ("3.4985", "baik"), ("2.6", "baik"), ("2.5995", "cukup"), ("2.596", "cukup"), ("1.8", "cukup"), ("1.7995", "kurang"),
        ("1.7975", "kurang"), ("1", "kurang"),
    ])
    func predicateBoundaries(value: String, expected: String) {
        #expect(catalog.predikat(for: f(value))?.key == expected)
    }

    /// Kota Malang's published domain indices give its published index:
    /// 2023: (4.40×13 + 3.10×25 + 2.73×16.5 + 4.45×45.5) / 100 = 382.22 / 100 = 3.8222 → 3.82 Sangat Baik;
    /// 2024: (4.70×13 + 4.30×25 + 2.55×16.5 + 4.69×45.5) / 100 = 424.07 / 100 = 4.2407 → 4.24 Memuaskan.
    @Test(arguments: [
        (["4.40", "3.10", "2.73", "4.45"], "3.8222", "3.82", "sangat-baik"),
        (["4.70", "4.30", "2.55", "4.69"], "4.2407", "4.24", "memuaskan"),
    ])
    func malangPublishedDomains(domains: [String], exact: String, published: String, predikat: String) throws {
        let values = Dictionary(uniqueKeysWithValues: zip(["D1", "D2", "D3", "D4"], domains.map(f)))
        let index = try #require(IndexCalculator.combine(groupValues: values, catalog: catalog))
        #expect(index == f(exact))
        #expect(index.formatted(decimals: 2) == published)
        #expect(catalog.predikat(for: index)?.key == predikat)
    }
}
