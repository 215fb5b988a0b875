import Testing
@testable import SmartCityKit

/// The Pemdi value rule and the external-index conversion, against values computed by hand
/// from shared/reference/pemdi.md.
@Suite struct IndicatorValueRuleTests {
    let catalog: IndicatorCatalog
    init() throws { catalog = try PemdiCatalogTests.load() }

    func f(_ s: String) -> Fraction { Fraction(decimal: s)! }

    @Test func theCatalogDeclaresTheFiveBandsOfTabel4() {
        #expect(catalog.valueBands.map(\.bottom) == ["1.00", "1.50", "2.50", "3.50", "4.00"].map(f))
        #expect(catalog.valueBands.map(\.top) == ["1.50", "2.50", "3.50", "4.00", "5.00"].map(f))
        #expect(catalog.scale("maturity")?.levels.map(\.name.id) == ["Kurang (Merintis)", "Cukup (Membangun)", "Baik (Berkembang)",
                                                                     "Sangat Baik (Melembaga)", "Memuaskan (Unggul)"])
    }

    @Test func theCatalogHoldsEveryEvidenceItemOfTheModule() {
        // 232 items in the module; the 25 of I5, I6, I7 and I18 are external indices.
        #expect(catalog.evidenceItems.count == 207)
        #expect(catalog.indicators.filter { $0.external != nil }.map(\.id) == ["PEMDI-05", "PEMDI-06", "PEMDI-07", "PEMDI-18"])
        let i1 = catalog.indicators[0]
        #expect(i1.evidence.map(\.count) == [1, 4, 4, 2, 3])
        #expect(i1.evidence[1][2].code == "I1-L2-03")
        #expect(catalog.evidenceItem("i1-l2-03") == EvidenceItemRef(position: 0, level: 2, index: 2))
        #expect(catalog.indicators.filter { $0.requiredIndex?.index == "ikasandi" }.map(\.id) == ["PEMDI-10", "PEMDI-11", "PEMDI-12"])
    }

    @Test(arguments: [("I1", 0), ("1.1", 0), ("i13", 12), ("5.1", 12), ("Operasional Pemanfaatan Informasi Geospasial", 5),
                      ("Keterpaduan Proses Bisnis Lintas Sektor", 14), ("PEMDI-20", 19), ("pemdi-7", 6)])
    func officialCodesAndNamesFindTheIndicator(code: String, position: Int) {
        #expect(catalog.position(of: code) == position)
    }

    @Test func aLevelOneOfTwoItemsHalfAcceptedIs1_25() {
        let (value, level) = IndicatorValueRule.value(accepted: [1, 0, 0, 0, 0], items: [2, 4, 4, 2, 3], bands: catalog.valueBands)
        #expect(value == f("1.25"))
        #expect(level == 1)
    }

    @Test func oneOfThreeIsSevenSixthsShown1_17() {
        let (value, _) = IndicatorValueRule.value(accepted: [1, 0, 0, 0, 0], items: [3, 3, 4, 1, 1], bands: catalog.valueBands)
        #expect(value == Fraction(7, 6))
        #expect(value.formatted(decimals: 2) == "1.17")
    }

    @Test func aCompleteLevelTwoIs2_50AndItemsAboveAnIncompleteLevelNeverCount() {
        #expect(IndicatorValueRule.value(accepted: [2, 2, 0, 0, 0], items: [2, 2, 4, 1, 1], bands: catalog.valueBands) == (f("2.50"), 3))
        // Level 3 has 0 of 4: level 4 and 5 fully accepted change nothing.
        #expect(IndicatorValueRule.value(accepted: [2, 2, 0, 1, 1], items: [2, 2, 4, 1, 1], bands: catalog.valueBands).value == f("2.50"))
        // Level 1 complete, level 2 two of four: 1.5 + 1.0 × 2/4.
        #expect(IndicatorValueRule.value(accepted: [1, 2, 4, 2, 3], items: [1, 4, 4, 2, 3], bands: catalog.valueBands).value == f("2.00"))
        #expect(IndicatorValueRule.value(accepted: [0, 0, 0, 0, 0], items: [1, 1, 1, 1, 1], bands: catalog.valueBands) == (f("1.00"), 1))
        #expect(IndicatorValueRule.value(accepted: [1, 1, 1, 1, 1], items: [1, 1, 1, 1, 1], bands: catalog.valueBands) == (f("5.00"), 5))
    }

    @Test(arguments: [("25", "2.00"), ("68.75", "3.75"), ("0", "1.00"), ("12.5", "1.50"), ("100", "5.00"), ("50", "3.00")])
    func theSDIMapsOntoTheBands(sdi: String, value: String) throws {
        let mapping = try #require(catalog.indicators[4].external)
        #expect(mapping.index == "sdi")
        #expect(IndicatorValueRule.value(external: f(sdi), mapping: mapping, bands: catalog.valueBands).value == f(value))
    }

    @Test func sevenSixthsAndOneGiveAspectFive1_08NotFrom1_17() {
        // Aspect 5 (I13, I14, weights 5 and 5) from the unrounded 7/6 and 1.
        var levels = [Fraction?](repeating: Fraction(1), count: 20)
        levels[12] = Fraction(7, 6)
        let aspect = IndexCalculator.groupValues(levels, catalog: catalog)["A5"]
        #expect(aspect == Fraction(13, 12))
        #expect(aspect?.formatted(decimals: 2) == "1.08")
        #expect(Fraction(decimal: "1.17").map { ($0 * Fraction(5) + Fraction(5)) / Fraction(10) }?.formatted(decimals: 2) == "1.09")
    }
}

/// A value scale that makes no sense is a positioned error at load, never a crash.
@Suite struct ValueBandCatalogTests {
    static func load(replacing old: String, with new: String) throws -> [Diagnostic] {
        let path = TestPaths.repo("indicators/pemdi-2026.json")
        let text = String(decoding: try FileSystem.readBytes(path), as: UTF8.self)
        #expect(text.contains(old))
        let (catalog, diagnostics) = CatalogLoader.load(bytes: Array(text.replacingOccurrences(of: old, with: new).utf8), file: path)
        #expect(catalog == nil)
        return diagnostics.filter { $0.severity == .error }
    }

    @Test(arguments: [
        ("\"max\": 1.5\n    },\n    {\n      \"level\": 2,\n      \"min\": 1.5", "\"max\": 1.5\n    },\n    {\n      \"level\": 2,\n      \"min\": 1.6", "CAT053"),
        ("\"max\": 1.5\n    },\n    {\n      \"level\": 2,\n      \"min\": 1.5", "\"max\": 1.5\n    },\n    {\n      \"level\": 2,\n      \"min\": 1.4", "CAT053"),
        ("\"level\": 1,\n      \"min\": 1,\n      \"max\": 1.5", "\"level\": 1,\n      \"min\": 1.5,\n      \"max\": 1.5", "CAT052"),
        ("\"level\": 1,\n      \"min\": 1,\n      \"max\": 1.5", "\"level\": 1,\n      \"min\": -1,\n      \"max\": 1.5", "CAT051"),
        ("\"level\": 2,\n      \"min\": 1.5", "\"level\": 3,\n      \"min\": 1.5", "CAT050"),
        ("\"index\": \"sdi\",\n", "\"index\": \"sdx\",\n", "CAT056"),
        // An indicator on a value scale with neither items nor an index.
        ("\"fromIndex\": {", "\"fromIndexOld\": {", "CAT058"),
        // An item's validity outside 1–120 months, either way.
        ("\"validMonths\": 24,", "\"validMonths\": 0,", "POL003"),
        ("\"validMonths\": 24,", "\"validMonths\": 999,", "POL003"),
    ])
    func aBrokenScaleIsAPositionedError(old: String, new: String, code: String) throws {
        let errors = try Self.load(replacing: old, with: new)
        let error = try #require(errors.first { $0.code == code }, "\(errors.map(\.code))")
        #expect(error.location?.file.hasSuffix("pemdi-2026.json") == true)
        #expect(error.location?.line != nil)
    }
}
