import Foundation
import Testing
@testable import SmartCityKit

/// The pages people read, built from the Malang example (two periods) and from hostile
/// input: golden files, well-formedness of every page, escaping and link safety.
@Suite struct ReportPagesTests {
    static let malang = InputLocations(workspace: TestPaths.repo("examples/malang"))

    static func malangProgress() throws -> (CityProgress, Scope) {
        let (progress, inputs, diagnostics) = Pipeline.progress(malang, upTo: "2020-03")
        #expect(!diagnostics.hasErrors)
        return (try #require(progress), try #require(inputs?.scope))
    }

    @Test func dashboardGolden() throws {
        let (progress, _) = try Self.malangProgress()
        let page = HTMLRenderer.render(DashboardBuilder(progress: progress, language: .id, otherLanguageURL: "index.en.html").build())
        Golden.check(page, against: "page-dashboard.id.html")
        #expect(WellFormedHTML.problems(in: page).isEmpty, "\(WellFormedHTML.problems(in: page))")
    }

    @Test(arguments: [Language.id, Language.en])
    func opdReportGolden(language: Language) throws {
        let (progress, scope) = try Self.malangProgress()
        let dinkes = try #require(progress.latest.opds.firstIndex { $0.id == "dinkes" })
        let document = OPDReportBuilder(progress: progress, scope: scope, language: language).build(opd: dinkes)
        Golden.check(MarkdownRenderer.render(document), against: "page-opd-dinkes.\(language.rawValue).md")
        let html = HTMLRenderer.render(document)
        Golden.check(html, against: "page-opd-dinkes.\(language.rawValue).html")
        #expect(WellFormedHTML.problems(in: html).isEmpty)
    }

    /// The OPD report says what an OPD head needs: the index with its predicate and rank, the
    /// gaps sorted by priority, the actions, the checks and the services below stage 3.
    @Test func opdReportContents() throws {
        let (progress, scope) = try Self.malangProgress()
        let builder = OPDReportBuilder(progress: progress, scope: scope, language: .en)
        let dinkes = try #require(progress.latest.opds.firstIndex { $0.id == "dinkes" })
        let gaps = builder.gapList(dinkes)
        #expect(!gaps.isEmpty)
        #expect(zip(gaps, gaps.dropFirst()).allSatisfy { !($0.priority < $1.priority) })
        // Raising one level to the target changes the OPD's weighted mean by
        // weight × (target − level) ÷ (weight answered), for SPBE indicators.
        let score = progress.latest.scores[dinkes]
        for g in gaps where g.ref.slot == .index {
            let w = progress.latest.catalogs.indicator(g.ref).weight
            #expect(g.gap.gain == w * (g.gap.target - g.gap.level) / score.index.coveredWeight)
            #expect(g.gap.indexPoints == w * (g.gap.target - g.gap.level) / 100)
        }
        let text = MarkdownRenderer.render(builder.build(opd: dinkes))
        for heading in ["Where the OPD stands", "Gaps against the target", "What to do next", "Evidence and checks",
                        "Services below the transaction stage", "Trend", "Changes since the previous period"] {
            #expect(text.contains(heading), "\(heading)")
        }
        // Ranked among the OPDs whose index rests on 10–20 % of the weight, as dinkes's (11 %).
        #expect(score.index.coveredWeight == Fraction(11))
        let peers = progress.latest.scores.filter { !($0.index.coveredWeight < Fraction(10)) && $0.index.coveredWeight < Fraction(20) && $0.index.value != nil }
        let rank = 1 + peers.filter { $0.index.value! > score.index.value! }.count
        #expect(peers.count == 11 && rank == 10)
        #expect(text.contains(PageText.peerRank(rank, of: peers.count, lower: 10, upper: 20, index: "SPBE index").text(.en)), "\(text.prefix(900))")
        #expect(text.contains("### The next three steps"))
    }

    /// `run` writes the dashboard and every OPD page in both languages, all well-formed and
    /// free of external resources.
    @Test func everyPageIsWellFormed() throws {
        let out = TestPaths.scratch()
        let result = Pipeline.run(Self.malang, options: RunOptions(outDirectory: out, language: .id, pageLanguages: [.id, .en]))
        #expect(result.writeFailure == nil)
        // One file per OPD, page language and page format: a format added to DocumentFormat
        // is written for every OPD, roadmap and Bimtek page with no other change (docs/architecture.md).
        #expect(result.pagesWritten == 45 * 2 * DocumentFormat.allCases.count)
        for format in DocumentFormat.allCases {
            for page in ["opd/dinkes", "opd/dinkes.en", "roadmap/roadmap", "roadmap/roadmap.en", "bimtek/bimtek", "bimtek/bimtek.en"] {
                #expect(FileSystem.exists(out + "/" + page + "." + format.fileExtension), "\(page).\(format.fileExtension)")
            }
        }
        var pages = ["index.html", "index.en.html"]
        pages += try FileSystem.list(out + "/opd").filter { $0.hasSuffix(".html") }.map { "opd/" + $0 }
        #expect(pages.count == 2 + 90)
        for page in pages {
            let html = String(decoding: try FileSystem.readBytes(out + "/" + page), as: UTF8.self)
            #expect(WellFormedHTML.problems(in: html).isEmpty, "\(page): \(WellFormedHTML.problems(in: html).prefix(3))")
            #expect(!html.contains("src=\"http"), "\(page)")
        }
        // Relative links between the pages resolve to files that exist.
        let dashboard = String(decoding: try FileSystem.readBytes(out + "/index.html"), as: UTF8.self)
        for element in WellFormedHTML.elements(in: dashboard) where element.name == "a" {
            guard let href = element["href"], !href.hasPrefix("http"), !href.hasPrefix("#") else { continue }
            #expect(FileSystem.exists(out + "/" + href), "\(href)")
        }
    }

    /// Text from input is escaped everywhere; evidence becomes a link only for http(s).
    @Test func hostileInputIsEscaped() throws {
        let hostileName = "<script>alert('x')</script> & \"Dinas\""
        let workspace = try FixtureWorkspace([
            "opds.csv": "id,name,kind,tags\nkominfo,\"\(hostileName.replacingOccurrences(of: "\"", with: "\"\""))\",dinas,\n"
                + "dinkes,=HYPERLINK(\"http://evil.example\"),dinas,layanan-publik\npasar,UPT Pasar,upt,layanan-publik|economy\n",
            "assessments/2020-03/kominfo.csv": "indicator,self,verified,evidence,note\n"
                + "I-01,3,2,javascript:alert(1),\"<img src=x onerror=alert(1)>\"\nI-02,4,,https://malangkota.go.id/perwal?a=1&b=2,\n"
                + "I-03,2,,JaVaScRiPt:alert(2),\nG-01,3,,\"data:text/html,<script>x</script>\",@SUM(1+1)\n",
        ])
        let (progress, inputs, _) = Pipeline.progress(workspace.locations)
        let p = try #require(progress), scope = try #require(inputs?.scope)
        let html = HTMLRenderer.render(OPDReportBuilder(progress: p, scope: scope, language: .en).build(opd: 0))
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Dinas&quot;") || html.contains("&lt;script&gt;"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("href=\"javascript") && !html.lowercased().contains("href=\"javascript") && !html.contains("href=\"data:"))
        #expect(html.contains("href=\"https://malangkota.go.id/perwal?a=1&amp;b=2\""))
        #expect(WellFormedHTML.problems(in: html).isEmpty, "\(WellFormedHTML.problems(in: html))")
        let markdown = MarkdownRenderer.render(OPDReportBuilder(progress: p, scope: scope, language: .en).build(opd: 0))
        #expect(!markdown.contains("<script>") && !markdown.contains("](javascript"))
        let dashboard = HTMLRenderer.render(DashboardBuilder(progress: p, language: .en).build())
        #expect(!dashboard.contains("<script>alert") && WellFormedHTML.problems(in: dashboard).isEmpty)
        // CSV exports neutralise formulas coming from input.
        let csv = ScoresCSVRenderer.summary(p.latest, language: .en, writer: CSVWriter())
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""))
        let detail = ScoresCSVRenderer.detail(p.latest, language: .en, writer: CSVWriter())
        #expect(detail.contains("'@SUM(1+1)"))
        #expect(!detail.contains(",@SUM"))
    }

    @Test func pagesAreDeterministic() throws {
        let (a, scope) = try Self.malangProgress()
        let (b, _) = try Self.malangProgress()
        #expect(HTMLRenderer.render(DashboardBuilder(progress: a, language: .en).build())
                == HTMLRenderer.render(DashboardBuilder(progress: b, language: .en).build()))
        #expect(MarkdownRenderer.render(OPDReportBuilder(progress: a, scope: scope, language: .id).build(opd: 3))
                == MarkdownRenderer.render(OPDReportBuilder(progress: b, scope: scope, language: .id).build(opd: 3)))
    }
}
