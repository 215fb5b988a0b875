import Foundation
import Testing
@testable import SmartCityKit

/// The SPBE 2020 → Pemdi 2026 crosswalk: the shipped file loads and covers every Pemdi
/// indicator once, the estimate is computed as docs/crosswalk.md says, and bad files are
/// reported where they break.
@Suite struct CrosswalkTests {
    static func shipped() throws -> (Crosswalk, IndicatorCatalog, IndicatorCatalog) {
        let (library, diagnostics) = CatalogLibrary.load(directory: TestPaths.repo("indicators"))
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.code))")
        let crosswalk = try #require(library.crosswalks.first { $0.id == "crosswalk-spbe2020-pemdi2026" })
        let pemdi = try #require(library.indicatorCatalogs.first { $0.id == "pemdi-2026" })
        let spbe = try #require(library.indicatorCatalogs.first { $0.id == "spbe-2020" })
        return (crosswalk, pemdi, spbe)
    }

    @Test func shippedCrosswalkLinksEveryPemdiIndicatorOnce() throws {
        let (crosswalk, pemdi, spbe) = try Self.shipped()
        #expect(crosswalk.from == "spbe-2020" && crosswalk.to == "pemdi-2026")
        #expect(crosswalk.links.map(\.target).sorted() == pemdi.indicators.map(\.id).sorted())
        #expect(crosswalk.links.allSatisfy { $0.sources.allSatisfy { spbe.position(of: $0.indicator) != nil } })
        // The indicators with no SPBE counterpart have no sources.
        let empty = Set(crosswalk.links.filter(\.sources.isEmpty).map(\.target))
        #expect(empty == ["PEMDI-06", "PEMDI-07", "PEMDI-08", "PEMDI-11", "PEMDI-12", "PEMDI-19", "PEMDI-20"])
    }

    /// docs/crosswalk.md's example: PEMDI-01 from SPBE-11 = 3, 12 = 3, 19 = 4 (weight 2) and
    /// 13 = 2, 01 = 4, 02 = 3, 10 = 4 (weight 1): 33 ÷ 10 = 3.30 → level 3.
    @Test func handComputedEstimate() throws {
        let (crosswalk, pemdi, _) = try Self.shipped()
        let levels: [String: Int] = ["SPBE-11": 3, "SPBE-12": 3, "SPBE-19": 4, "SPBE-13": 2, "SPBE-01": 4, "SPBE-02": 3, "SPBE-10": 4]
        let e = CrosswalkEstimate.estimate(crosswalk, catalog: pemdi) { levels[$0].map { Fraction($0) } }
        let first = try #require(e.entries.first)
        #expect(pemdi.indicators[first.position].id == "PEMDI-01")
        #expect(first.exact == Fraction(33, 10))
        #expect(first.level == 3)
        // Only PEMDI-01 (weight 5) has levels to read; the others count 1 … 5 in the range.
        #expect(e.entries.dropFirst().allSatisfy { $0.level == nil })
        #expect(e.coveredWeight == Fraction(5) && e.totalWeight == Fraction(100))
        // Level 3 lands on its Pemdi band 2.50–3.50: the middle 3.00 as the estimate, the band
        // in the range.
        #expect(first.band?.bottom == Fraction(5, 2) && first.band?.top == Fraction(7, 2))
        #expect(first.value == Fraction(3))
        #expect(e.coveredMean == Fraction(3))
        #expect(e.lower == Fraction(43, 40))    // (5 × 2.50 + 95 × 1) ÷ 100 = 1.075
        #expect(e.upper == Fraction(197, 40))   // (5 × 3.50 + 95 × 5) ÷ 100 = 4.925
        #expect(e.predikat == nil)
        // With every linked level at 4 and the rest known to be 4 too, the Pemdi band is named
        // from Pemdi's own bands.
        let all = CrosswalkEstimate.estimate(crosswalk, catalog: pemdi) { _ in Fraction(4) }
        // Level 4 lands on 3.50–4.00: the middle 3.75.
        #expect(all.coveredMean == Fraction(15, 4))
        #expect(all.lower < all.upper)
    }

    @Test func badCrosswalkFilesArePositioned() throws {
        let text = """
        {"format": 1, "id": "x", "kind": "crosswalk", "version": "1", "title": {"id": "x", "en": "x"},
         "source": {"citation": "ours"}, "from": "spbe-2020", "to": "pemdi-2026",
         "links": [
          {"pemdi": "PEMDI-01", "spbe": [{"indicator": "SPBE-01", "weight": 1, "reason": {"id": "a", "en": "a"}}], "combine": "none", "reason": {"id": "r", "en": "r"}},
          {"pemdi": "PEMDI-01", "spbe": [], "combine": "none", "reason": {"id": "r", "en": "r"}},
          {"pemdi": "PEMDI-02", "spbe": [{"indicator": "SPBE-99", "weight": 0, "reason": {"id": "a", "en": "a"}}], "combine": "mean", "reason": {"id": "r", "en": "r"}}
         ]}
        """
        let (crosswalk, diagnostics) = CrosswalkLoader.load(bytes: Array(text.utf8), file: "cw.json")
        #expect(crosswalk == nil)
        let lines = diagnostics.filter(\.isError).compactMap { $0.location?.line }
        #expect(lines.contains(4))   // combine "none" with sources
        #expect(lines.contains(5))   // PEMDI-01 twice
        #expect(lines.contains(6))   // weight 0
        // References are checked against the catalogs once the file parses.
        let (library, _) = CatalogLibrary.load(directory: TestPaths.repo("indicators"))
        let parsed = Crosswalk(id: "x", version: "1", title: LocalizedText(id: "x", en: "x"), citation: "ours", from: "spbe-2020", to: "pemdi-2026",
                               links: [Crosswalk.Link(target: "PEMDI-01", sources: [Crosswalk.Source(indicator: "SPBE-99", weight: .one, reason: LocalizedText(id: "a", en: "a"))],
                                                      reason: LocalizedText(id: "r", en: "r"), line: 7)], file: "cw.json")
        let problems = CrosswalkLoader.check(parsed, catalogs: library.indicatorCatalogs)
        #expect(problems.contains { $0.location?.line == 7 && $0.message.text(.en).contains("SPBE-99") })
        // Every other Pemdi indicator is reported as missing a link.
        #expect(problems.filter { $0.code == "CAT001" }.count == 19)
    }

    @Test func malangEstimateIsLabelledAndUsesPemdiBands() throws {
        let (estimates, report, diagnostics) = Pipeline.crosswalk(InputLocations(workspace: TestPaths.repo("examples/malang")), periodID: "2020-03")
        #expect(!diagnostics.hasErrors)
        let e = try #require(estimates.first)
        #expect(e.catalog.id == "pemdi-2026")
        let text = CrosswalkTextRenderer.render(e, period: try #require(report).period.id, from: "spbe-2020", language: .en)
        #expect(text.hasPrefix("ESTIMATED Pemdi index (PermenPANRB 8/2026) profile from the spbe-2020 assessment"))
        #expect(text.components(separatedBy: "no evidence yet").count - 1 == 7)
        #expect(e.lower <= (e.coveredMean ?? .zero) && (e.coveredMean ?? .zero) <= e.upper)
    }

    /// The OPD gap report under SPBE 2020 lists the Pemdi indicators with no SPBE counterpart.
    @Test func gapReportListsPemdiIndicatorsWithoutEvidence() throws {
        let locations = InputLocations(workspace: TestPaths.repo("examples/malang"))
        let (progress, inputs, _) = Pipeline.progress(locations, upTo: "2020-03")
        let p = try #require(progress), i = try #require(inputs)
        let crosswalk = try #require(i.crosswalks.first)
        let context = ReportContext(progress: p, scope: i.scope, crosswalk: crosswalk)
        let opd = try #require(p.latest.opds.firstIndex { $0.id == "dinkes" })
        let page = MarkdownRenderer.render(OPDReportBuilder(context: context, language: .en).build(opd: opd))
        #expect(page.contains("## Towards Pemdi index: no evidence yet"))
        for id in ["PEMDI-06", "PEMDI-07", "PEMDI-08", "PEMDI-11", "PEMDI-12", "PEMDI-19", "PEMDI-20"] {
            #expect(page.contains("- \(id) "), "\(id)")
        }
        #expect(!page.contains("- PEMDI-01 "))
        // Without a crosswalk the section is not there.
        let plain = MarkdownRenderer.render(OPDReportBuilder(context: ReportContext(progress: p, scope: i.scope), language: .en).build(opd: opd))
        #expect(!plain.contains("pemdi-2026"))
    }

    /// Across the change of method the progress view marks the crosswalk estimate of the last
    /// SPBE period, on its own, never joined to either line.
    @Test func progressMarksTheCrosswalkEstimateAtTheChange() throws {
        let (progress, inputs, diagnostics) = Pipeline.progress(InputLocations(workspace: TestPaths.repo("examples/malang")))
        #expect(!diagnostics.hasErrors)
        let p = try #require(progress), i = try #require(inputs)
        let point = try #require(p.crosswalkPoint(i.allCrosswalks))
        #expect(p.reports[point.period].period.id == "2020-03")
        #expect(point.estimate.catalog.id == "pemdi-2026")
        let text = ProgressTextRenderer.render(p, language: .en, crosswalks: i.allCrosswalks)
        #expect(text.contains("ESTIMATED pemdi-2026 from the 2020-03 assessment through the crosswalk"))
        var builder = DashboardBuilder(progress: p, language: .en)
        builder.crosswalkPoint = point
        let html = HTMLRenderer.render(builder.build())
        #expect(html.contains("Pemdi index estimated by crosswalk (not an assessment)"))
        #expect(html.contains("City — SPBE index") && html.contains("City — Pemdi index"))
    }
}
