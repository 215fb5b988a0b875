import Foundation
import Testing
@testable import SmartCityKit

/// The HTML page: one golden page with every block type, escaping of hostile text in every
/// slot, which links become links, tables, sorting, print styles, and no external resource.
@Suite struct HTMLRendererTests {
    // MARK: Whole pages

    @Test func golden() {
        Golden.check(RendererSample.htmlWithoutChartDrawings(RendererSample.document), against: "render-opd-report.id.html")
    }

    @Test(arguments: [RendererSample.document, RendererSample.hostile])
    func pageIsWellFormed(document: ReportDocument) {
        let html = HTMLRenderer.render(document)
        #expect(WellFormedHTML.problems(in: html) == [])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang="))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test(arguments: Language.allCases)
    func languageSetsLangAndOwnTexts(language: Language) throws {
        var document = RendererSample.document
        document.language = language
        let elements = WellFormedHTML.elements(in: HTMLRenderer.render(document))
        let html = try #require(elements.first { $0.name == "html" })
        #expect(html["lang"] == language.rawValue)
        let nav = try #require(elements.first { $0.name == "nav" })
        #expect(nav["aria-label"] == HTMLRenderer.Label.navigation.text(language))
        #expect(HTMLRenderer.render(document).contains(HTMLRenderer.Label.filterRows.text(language) + " <input"))
    }

    @Test func headHasCharsetViewportAndTitle() {
        let html = HTMLRenderer.render(RendererSample.document)
        #expect(html.contains("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("<title>\(HTMLEscaping.escape(RendererSample.document.title))</title>"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
    }

    /// Only `<a>` may point outside the page, and only to the links the document holds;
    /// nothing is loaded: no `src`, no `<link>`, no font or `url(` in the stylesheet.
    @Test(arguments: [RendererSample.document, RendererSample.hostile])
    func noExternalResources(document: ReportDocument) {
        let html = HTMLRenderer.render(document)
        let elements = WellFormedHTML.elements(in: html)
        var allowed = Set(document.navigation.map(\.url))
        for block in document.blocks { allowed.formUnion(RendererSample.urls(in: block)) }
        for e in elements {
            #expect(e["src"] == nil, "<\(e.name) src>")
            #expect(!["link", "img", "iframe", "object", "embed", "base"].contains(e.name), "<\(e.name)>")
            for (name, value) in e.attributes where name == "href" || name.hasSuffix(":href") {
                let v = (value ?? "").lowercased()
                guard v.hasPrefix("http") || v.hasPrefix("//") else { continue }
                #expect(e.name == "a", "<\(e.name) \(name)>")
                #expect(allowed.contains { HTMLEscaping.escape($0.trimmingCharacters(in: .whitespacesAndNewlines)) == value }, "\(value ?? "")")
            }
        }
        for text in [HTMLRenderer.style, HTMLRenderer.script] {
            #expect(!text.contains("http"))
            #expect(!text.contains("url("))
            #expect(!text.contains("@import"))
            #expect(!text.contains("@font-face"))
        }
    }

    @Test func renderingIsDeterministic() {
        #expect(HTMLRenderer.render(RendererSample.document) == HTMLRenderer.render(RendererSample.document))
        #expect(!HTMLRenderer.render(RendererSample.document).contains("\r"))
    }

    // MARK: Escaping and links

    @Test func escapeReplacesTheFiveCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x" title='y'>&amp;</a>"#)
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("Dinas Kesehatan — 3,50") == "Dinas Kesehatan — 3,50")
    }

    /// The hostile document puts `RendererSample.evil` in every text slot of the model.
    @Test func hostileTextStaysText() {
        let html = HTMLRenderer.render(RendererSample.hostile)
        let elements = WellFormedHTML.elements(in: html)
        // The only script is the renderer's own (the hostile table is sortable), with no attributes.
        #expect(elements.filter { $0.name == "script" }.map(\.attributes.count) == [0])
        #expect(elements.filter { $0.name == "img" }.isEmpty)
        for e in elements {
            #expect(!e.attributes.contains { $0.name.hasPrefix("on") }, "<\(e.name)> \(e.attributes.map(\.name))")
        }
        let escaped = HTMLEscaping.escape(RendererSample.evil)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("\" onmouseover"))
        // title, h1, nav, subtitle, heading, paragraph, strong, code, link text, fact label and
        // value, caption (and region name), header, cell, sort key, list, note, figcaption, footer.
        #expect(html.components(separatedBy: escaped).count - 1 >= 20)
        #expect(html.contains("data-sort=\"\(escaped)\""))
        #expect(html.contains("aria-label=\"\(escaped)\""))
        #expect(html.contains("<strong>\(escaped)</strong>"))
        #expect(html.contains("<code>\(escaped)</code>"))
    }

    @Test(arguments: RendererSample.linkCases)
    func inlineLinks(case c: RendererSample.LinkCase) throws {
        let html = HTMLRenderer.render(RendererSample.page([.paragraph([.text("Lihat "), .link(text: "Bukti <1>", url: c.url)])]))
        let links = WellFormedHTML.elements(in: html).filter { $0.name == "a" }
        guard let href = c.href else {
            #expect(links.isEmpty)
            #expect(html.contains("<p>Lihat Bukti &lt;1&gt;</p>"))
            return
        }
        let link = try #require(links.first)
        #expect(links.count == 1)
        #expect(link["href"] == HTMLEscaping.escape(href))
        #expect(link["rel"] == (c.external ? "noopener noreferrer" : nil))
        #expect(link["class"] == (c.external ? "external" : nil))
        #expect(html.contains(">Bukti &lt;1&gt;</a></p>"))
    }

    @Test(arguments: RendererSample.linkCases)
    func navigationLinks(case c: RendererSample.LinkCase) {
        let html = HTMLRenderer.render(RendererSample.page([], navigation: [ReportLink(text: "Dasbor", url: c.url)]))
        let links = WellFormedHTML.elements(in: html).filter { $0.name == "a" }
        #expect(links.map { $0["href"] } == (c.href.map { [HTMLEscaping.escape($0)] } ?? []))
        #expect(html.contains(c.href == nil ? "<li>Dasbor</li>" : ">Dasbor</a></li>"))
    }

    // MARK: Blocks

    @Test func headingsGetCleanUniqueAnchors() {
        let html = HTMLRenderer.render(RendererSample.page([
            .heading("Kesenjangan", level: 2, anchor: "Gaps & <Risks>_2024\" x=\"y"),
            .heading("Lagi", level: 3, anchor: "gapsrisks2024xy"),
            .heading("Tanpa jangkar", level: 2, anchor: "!!!"),
            .heading("Dalam", level: 4, anchor: "dalam"),
        ]))
        #expect(html.contains("<h2 id=\"gapsrisks2024xy\">Kesenjangan</h2>"))
        #expect(html.contains("<h3 id=\"gapsrisks2024xy-2\">Lagi</h3>"))
        #expect(html.contains("<h2>Tanpa jangkar</h2>"))
        #expect(html.contains("<h3 id=\"dalam\">Dalam</h3>"))
        #expect(HTMLEscaping.anchor("Rincian per Domain-2!") == "rincianperdomain-2")
    }

    @Test func factsNoteAndList() {
        let html = HTMLRenderer.render(RendererSample.page([
            .facts([ReportFact(label: "Indeks", value: [.strong("3,50"), .text(" Baik")])]),
            .note([.text("Catatan")]),
            .list([[.text("satu")], [.code("dua")]]),
        ]))
        #expect(html.contains("<dl class=\"facts\">\n<div class=\"fact\"><dt>Indeks</dt><dd><strong>3,50</strong> Baik</dd></div>\n</dl>"))
        #expect(html.contains("<aside class=\"note\">\n<p>Catatan</p>\n</aside>"))
        #expect(html.contains("<ul>\n<li>satu</li>\n<li><code>dua</code></li>\n</ul>"))
    }

    @Test func tableHasCaptionScopesAndNumericColumns() {
        let table = ReportTable(caption: "Skor", header: ["OPD", "Nama", "Skor"], numeric: [2],
                                rows: [[.init("dinkes"), .init("Dinas Kesehatan"), .init("3,50", sortKey: "3.50")], [.init("pasar")]])
        let html = HTMLRenderer.render(RendererSample.page([.table(table)]))
        #expect(html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Skor\">\n<table>\n<caption>Skor</caption>"))
        #expect(html.contains("<tr><th scope=\"col\">OPD</th><th scope=\"col\">Nama</th><th scope=\"col\" class=\"num\">Skor</th></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">dinkes</th><td>Dinas Kesehatan</td><td class=\"num\">3,50</td></tr>"))
        // Short rows are padded; plain tables carry no sort keys, buttons or script.
        #expect(html.contains("<tr><th scope=\"row\">pasar</th><td></td><td class=\"num\"></td></tr>"))
        #expect(!html.contains("data-sort") && !html.contains("<button") && !html.contains("<script"))
    }

    @Test func emptyTableIsItsEmptyText() {
        let html = HTMLRenderer.render(RendererSample.page([
            .table(ReportTable(caption: "Tindakan", header: ["A"], rows: [], sortable: true, emptyText: "Tidak ada <tindakan>.")),
        ]))
        #expect(html.contains("<p class=\"table-empty\"><strong>Tindakan:</strong> Tidak ada &lt;tindakan&gt;.</p>"))
        #expect(!html.contains("<table") && !html.contains("<script"))
    }

    @Test func sortableTablesGetButtonsKeysFilterAndOneScript() {
        let sortable = ReportTable(caption: "Kesenjangan", header: ["Indikator", "Selisih"], numeric: [1],
                                   rows: [[.init("SPBE-01", sortKey: "spbe-01"), .init("1,50", sortKey: "1.5")], [.init("SPBE-02"), .init("—")]],
                                   sortable: true)
        let html = HTMLRenderer.render(RendererSample.page([.table(sortable), .paragraph([.text("x")]), .table(sortable)]))
        #expect(html.contains("<div class=\"table-block sortable\">\n<div class=\"table-filter\" hidden>\n<label>Saring baris: <input type=\"search\" autocomplete=\"off\"></label>\n</div>"))
        #expect(html.contains("<th scope=\"col\"><button type=\"button\" class=\"sort\">Indikator</button></th><th scope=\"col\" class=\"num\"><button type=\"button\" class=\"sort\">Selisih</button></th>"))
        #expect(html.contains("<tr><th scope=\"row\" data-sort=\"spbe-01\">SPBE-01</th><td class=\"num\" data-sort=\"1.5\">1,50</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">SPBE-02</th><td class=\"num\">—</td></tr>"))
        #expect(html.components(separatedBy: "<script>").count == 2)
        #expect(html.hasSuffix("<script>\n\(HTMLRenderer.script)\n</script>\n</body>\n</html>\n"))
        #expect(WellFormedHTML.problems(in: html) == [])
    }

    /// The script reads what the renderer writes: the class names and attributes it looks up.
    @Test func scriptAndStyleUseTheRenderersNames() {
        for name in [".table-block.sortable", ".table-filter", "button.sort", "data-sort", "aria-sort", "\"num\"", "tBodies", "tHead"] {
            #expect(HTMLRenderer.script.contains(name), "\(name)")
        }
        for name in [".site-nav", ".subtitle", ".facts", ".fact", ".note", ".table-scroll", ".table-filter", "button.sort", ".num",
                     ".table-empty", "figure.chart", "a.external", "overflow-x: auto", "max-width: 60rem", "system-ui",
                     "color: #1a1a1a", "background: #fff", "color: #0b57a4; text-decoration: underline"] {
            #expect(HTMLRenderer.style.contains(name), "\(name)")
        }
    }

    @Test func printStylesheet() throws {
        let style = HTMLRenderer.style
        #expect(style.contains("@page { size: A4; margin: 15mm; }"))
        let print = try #require(style.components(separatedBy: "@media print {").last)
        #expect(style.contains("@media print {"))
        for rule in [".site-nav, .table-filter { display: none !important; }", "color: #000",
                     "h1, h2, h3, caption, figcaption { break-after: avoid; page-break-after: avoid; }",
                     "tr, .fact, .note, figure { break-inside: avoid; page-break-inside: avoid; }",
                     "a { color: #000; text-decoration: none; }", "a.external::after { content: \" (\" attr(href) \")\";",
                     "button.sort::after { content: none !important; }", "thead { display: table-header-group; }"] {
            #expect(print.contains(rule), "\(rule)")
        }
    }

    /// Detail folds under one line on a page; in Markdown the line leads its blocks.
    @Test func foldsAreDetailsUnderASummary() {
        let fold = ReportBlock.fold(summary: "Juli 2026: 8 kelas <b>", blocks: [.paragraph([.text("rincian")])])
        let document = ReportDocument(title: "T", language: .id, subtitle: "", blocks: [fold], navigation: [])
        let html = HTMLRenderer.render(document)
        #expect(html.contains("<details class=\"fold\">\n<summary>Juli 2026: 8 kelas &lt;b&gt;</summary>\n<p>rincian</p>\n</details>"))
        #expect(WellFormedHTML.problems(in: html).isEmpty, "\(WellFormedHTML.problems(in: html))")
        let plain = ReportDocument(title: "T", language: .id, subtitle: "", blocks: [.fold(summary: "Juli 2026: 8 kelas", blocks: [.paragraph([.text("rincian")])])],
                                   navigation: [])
        #expect(MarkdownRenderer.render(plain).contains("**Juli 2026: 8 kelas**\n\nrincian"), "\(MarkdownRenderer.render(plain))")
    }

    @Test func chartsAreFiguresWithCaptionAndTheChartSVG() {
        let html = HTMLRenderer.render(RendererSample.document)
        for chart in RendererSample.charts {
            var svg = ChartSVG.render(chart)
            while svg.hasSuffix("\n") { svg.removeLast() }
            // Inside a box that scrolls on a phone rather than drawing the text under 11 px.
            let box = "<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(HTMLEscaping.escape(chart.title))\" style=\"--chart-min: \(ChartSVG.readableWidth(svg))px\">"
            #expect(html.contains("<figure class=\"chart\">\n<figcaption>\(HTMLEscaping.escape(chart.title))</figcaption>\n\(box)\n\(svg)\n</div>\n</figure>"))
        }
        // 720 wide, smallest text 11: drawn no narrower than 720 px; 12 only: 660 px.
        #expect(ChartSVG.readableWidth("<svg viewBox=\"0 0 720 300\" font-size=\"12\"><text font-size=\"11\">a</text></svg>") == 720)
        #expect(ChartSVG.readableWidth("<svg viewBox=\"0 0 720 300\" font-size=\"12\"></svg>") == 660)
    }
}

// MARK: - The checker itself

extension HTMLRendererTests {
    /// `WellFormedHTML` must pass good pages and catch each kind of bad one.
    @Suite struct WellFormedChecker {
        @Test(arguments: [
            "<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>a &amp; b</title></head><body></body></html>",
            "<p>Satu<br>dua<img alt='x'> <input type=\"search\" hidden></p><!-- <b> comment --><hr>",
            "<figure><svg viewBox=\"0 0 10 10\"><path d=\"M0 0\"/><g><circle r=\"1\" /></g></svg></figure>",
            "<script>if (a < b && c) { x = \"</div>\"; }</script><style>a > b { color: #000; }</style>",
            "<a href=\"https://jdih.example.go.id/x?a=1&amp;b=2\" rel=\"noopener noreferrer\">ok</a> &#39; &#x27; 1 > 0",
        ])
        func passesGoodHTML(html: String) {
            #expect(WellFormedHTML.problems(in: html) == [])
        }

        @Test(arguments: [
            ("<div><span></div></span>", "closes <div>"),
            ("<main><p>x</main>", "<p> (line 1) is still open"),
            ("<p>open", "<p> is never closed"),
            ("</p>", "without an open <p>"),
            ("<br></br>", "ends a void element"),
            ("<div/>", "not closed by its `/`"),
            ("<p id=\"a\"></p>\n<p id=\"a\"></p>", "line 2: duplicate id \"a\""),
            ("<p class=x></p>", "without quotes"),
            ("<p class=\"a\" class=\"b\"></p>", "repeats attribute class"),
            ("<p onmouseover=\"alert(1)\"></p>", "event-handler attribute"),
            ("<script src=\"app.js\"></script>", "<script src>"),
            ("<img src=\"https://cdn.example/x.png\">", "external resource"),
            ("<img src=\"//cdn.example/x.png\">", "external resource"),
            ("<link rel=\"stylesheet\" href=\"HTTPS://cdn.example/x.css\">", "external resource"),
            ("<style>@import url(https://fonts.example/x.css);</style>", "<style> loads an external resource"),
            ("<p>a < b</p>", "`<` in text"),
            ("<p>R&D</p>", "`&` that starts no character reference"),
            ("<p title=\"a & b\"></p>", "`&` that starts no character reference"),
            ("<!-- never ends", "comment never ends"),
            ("<p class=\"x></p>", "never ends"),
            ("<script>alert(1)", "<script> is never closed"),
        ])
        func catchesBadHTML(html: String, problem: String) {
            let problems = WellFormedHTML.problems(in: html)
            #expect(problems.contains { $0.contains(problem) }, "\(problems)")
        }

        @Test func elementsAreListedWithAttributes() throws {
            let elements = WellFormedHTML.elements(in: "<A HREF=\"x\" hidden><B>t</B></A>")
            #expect(elements.map(\.name) == ["a", "b"])
            let a = try #require(elements.first)
            #expect(a["href"] == "x" && a["hidden"] == "" && a["id"] == nil)
        }
    }
}

// MARK: - Sample documents

/// The documents both renderers' tests use.
enum RendererSample {
    /// A text that is dangerous in HTML (tags, both quotes, an attribute break-out, an
    /// entity) and in Markdown (a link, emphasis, a heading start).
    static let evil = #"# <script>alert("x")</script> " onmouseover="alert(1)" ' & &amp; [l](javascript:alert(2)) *b* _i_ |"#

    /// An OPD whose name is hostile, as it could be typed into the OPD list.
    static let opd = #"Dinas Kesehatan <script>alert("opd")</script> & "Sosial" ' onmouseover='alert(1)"#

    static let radar = ReportChart.radar(RadarChart(
        title: "Posisi per domain SPBE", description: "Skor Dinas Kesehatan per domain dibanding target 4.",
        axes: ["Kebijakan", "Tata kelola", "Manajemen", "Layanan"], maximum: 5,
        series: [ChartSeries(name: "Dinkes", values: [3.2, 2.75, 1.5, 4]), ChartSeries(name: "Target", values: [4, 4, 3.5, 4])]))
    static let bar = ReportChart.bar(BarChart(
        title: "Skor per aspek", description: "Skor tiap aspek, 0 sampai 5.",
        labels: ["Kebijakan internal", opd, "Audit TIK"], values: [3.2, 2.5, 0.8], maximum: 5, valueLabels: ["3,20", "2,50", "0,80"]))
    static let stacked = ReportChart.stackedBar(StackedBarChart(
        title: "Layanan per tahap", description: "Jumlah layanan menurut tahap digitalisasi.",
        rows: ["Dinkes", "Kota"], segments: ["Tahap 0", "Tahap 1", "Tahap 2", "Tahap 3", "Tahap 4"],
        values: [[1, 2, 3, 1, 1], [20, 41, 60, 33, 12]]))
    static let line = ReportChart.line(LineChart(
        title: "Indeks SPBE per periode", description: "Indeks kota tiap periode; 2023-12 tidak dinilai.",
        points: ["2023-06", "2023-12", "2024-06"], series: [ChartSeries(name: "Kota Malang", values: [2.9, nil, 3.456])],
        minimum: 0, maximum: 5, target: 3.5, targetLabel: "Target RPJMD"))
    static let charts = [radar, bar, stacked, line]

    /// An OPD gap report with every block type, a sortable and a plain table, one chart of
    /// each kind, a hostile OPD name, a note and links.
    static let document = ReportDocument(
        title: "Laporan kesenjangan — \(opd)",
        language: .id,
        subtitle: "Kota Malang — periode 2024-06 (keadaan per 2024-06-30) · SPBE 2024.1",
        blocks: [
            .heading("Posisi saat ini", level: 2, anchor: "posisi"),
            .facts([
                ReportFact(label: "Indeks SPBE", value: [.strong("3,50"), .text(" Baik")]),
                ReportFact(label: "Peringkat", value: [.text("4 dari 45")]),
                ReportFact(label: "OPD", value: [.text(opd)]),
            ]),
            .note([.text("Nilai 3,50 tetap "), .strong("Baik"), .text(": predikat diambil dari nilai sebelum pembulatan (3,4950). Lihat "),
                   .link(text: "kesenjangan", url: "#kesenjangan"), .text(".")]),
            .chart(radar),
            .heading("Kesenjangan", level: 2, anchor: "kesenjangan"),
            .paragraph([.text("Bukti diunggah ke "), .link(text: "JDIH Kota Malang", url: "https://jdih.malangkota.go.id/perwal?no=12&th=2023"),
                        .text("; berkas "), .code("bukti_spbe-18.pdf"), .text(" belum lengkap. "),
                        .link(text: "Tautan rusak", url: " JaVaScRiPt:alert(document.cookie)")]),
            .table(ReportTable(
                caption: "Indikator di bawah target", header: ["Indikator", "Nama", "Tingkat", "Target", "Selisih"], numeric: [2, 3, 4],
                rows: [
                    [.init("SPBE-18", sortKey: "spbe-18"), .init("Kebijakan internal | arsitektur"), .init("2", sortKey: "2"),
                     .init("4", sortKey: "4"), .init("2,00", sortKey: "2.00")],
                    [.init("SPBE-23", sortKey: "spbe-23"), .init([.text("Layanan "), .strong("pengaduan")]), .init("1", sortKey: "1"),
                     .init("3", sortKey: "3"), .init("2,00", sortKey: "2.00")],
                    [.init("SPBE-07", sortKey: "spbe-07"), .init(opd), .init("3", sortKey: "3"), .init("3,5", sortKey: "3.5"),
                     .init("0,50", sortKey: "0.50")],
                ],
                sortable: true)),
            .heading("Rincian per domain", level: 3, anchor: "Rincian per Domain!"),
            .chart(bar),
            .table(ReportTable(
                caption: "Layanan per tahap", header: ["Tahap", "Layanan"], numeric: [1],
                rows: [[.init("Tahap 3"), .init("12")], [.init("Tahap 4"), .init("3")]])),
            .chart(stacked),
            .list([
                [.text("Susun "), .strong("peta rencana"), .text(" arsitektur SPBE")],
                [.text("Lihat "), .link(text: "laporan Diskominfo", url: "diskominfo.html"), .text(" dan "),
                 .link(text: "data mentah", url: "data:text/html,<script>alert(1)</script>")],
                [.text("1. Bukan daftar bernomor")],
            ]),
            .heading("Tren", level: 3, anchor: "tren"),
            .chart(line),
            .table(ReportTable(caption: "Tindakan terbuka", header: ["Tindakan"], rows: [], emptyText: "Tidak ada tindakan terbuka.")),
        ],
        navigation: [ReportLink(text: "← Dasbor kota", url: "../index.html"), ReportLink(text: "English", url: "../en/opd/dinkes.html")],
        footer: "Dibuat dengan smartcity 0.1 · SPBE 2024.1, Indeks Kota Cerdas 2024 · data per 2024-06-30")

    /// `evil` in every text slot of the model (and as every URL, which must stay text).
    static let hostile = ReportDocument(
        title: evil, language: .en, subtitle: evil,
        blocks: [
            .heading(evil, level: 2, anchor: evil),
            .paragraph([.text(evil), .strong(evil), .code(evil), .link(text: evil, url: evil), .link(text: evil, url: "javascript:" + evil)]),
            .facts([ReportFact(label: evil, value: [.text(evil)])]),
            .table(ReportTable(caption: evil, header: [evil, evil], numeric: [1],
                               rows: [[.init(evil, sortKey: evil), .init([.link(text: evil, url: "https://x.example/" + evil)])]],
                               sortable: true, emptyText: evil)),
            .list([[.text(evil)]]),
            .note([.text(evil)]),
            .chart(.bar(BarChart(title: evil, description: evil, labels: [evil], values: [1], maximum: nil, valueLabels: [evil]))),
        ],
        navigation: [ReportLink(text: evil, url: evil)], footer: evil)

    /// A page of `blocks` and nothing else.
    static func page(_ blocks: [ReportBlock], navigation: [ReportLink] = [], language: Language = .id) -> ReportDocument {
        ReportDocument(title: "T", language: language, subtitle: "", blocks: blocks, navigation: navigation)
    }

    /// Every URL the block links to.
    static func urls(in block: ReportBlock) -> [String] {
        func of(_ inlines: [ReportInline]) -> [String] {
            inlines.compactMap { if case .link(_, let url) = $0 { return url } else { return nil } }
        }
        switch block {
        case .heading, .chart: return []
        case .paragraph(let i), .note(let i): return of(i)
        case .facts(let facts): return facts.flatMap { of($0.value) }
        case .table(let t): return t.rows.flatMap { $0.flatMap { of($0.content) } }
        case .list(let items): return items.flatMap(of)
        case .fold(_, let blocks): return blocks.flatMap(urls(in:))
        case .adaptive(let wide, let narrow): return (wide + narrow).flatMap(urls(in:))
        }
    }

    /// The page with each chart's drawing replaced by a marker: the golden page holds the
    /// renderer's own output; `ChartSVG` has golden files of its own.
    static func htmlWithoutChartDrawings(_ document: ReportDocument) -> String {
        var html = HTMLRenderer.render(document)
        for case .chart(let chart) in document.blocks {
            var svg = ChartSVG.render(chart)
            while svg.hasSuffix("\n") { svg.removeLast() }
            html = html.replacingOccurrences(of: svg, with: "<!-- ChartSVG.render(\(ChartSVG.identifier(for: chart))) -->")
        }
        return html
    }

    /// A URL and how it must be shown: linked to `href` (external or relative), or as text.
    struct LinkCase: Sendable, CustomTestStringConvertible {
        var url: String
        var href: String?
        var external = false
        var testDescription: String { url.debugDescription }
    }

    static let linkCases: [LinkCase] = [
        LinkCase(url: "https://jdih.malangkota.go.id/perwal?no=12&th=2023", href: "https://jdih.malangkota.go.id/perwal?no=12&th=2023", external: true),
        LinkCase(url: "HTTP://SPBE.EXAMPLE.GO.ID/Bukti.pdf", href: "HTTP://SPBE.EXAMPLE.GO.ID/Bukti.pdf", external: true),
        LinkCase(url: "  https://example.go.id/a\n", href: "https://example.go.id/a", external: true),
        LinkCase(url: "https://example.go.id/bukti (1).pdf?q=\"x\"", href: "https://example.go.id/bukti (1).pdf?q=\"x\"", external: true),
        LinkCase(url: "opd/dinkes.html", href: "opd/dinkes.html"),
        LinkCase(url: "../index.html", href: "../index.html"),
        LinkCase(url: "#gaps", href: "#gaps"),
        LinkCase(url: "opd/dinkes.html?jam=10:00#tren", href: "opd/dinkes.html?jam=10:00#tren"),
        LinkCase(url: "javascript:alert(1)", href: nil),
        LinkCase(url: "JaVaScRiPt:alert(1)", href: nil),
        LinkCase(url: "  javascript:alert(1)", href: nil),
        LinkCase(url: "java\tscript:alert(1)", href: nil),
        LinkCase(url: "\u{01}javascript:alert(1)", href: nil),
        LinkCase(url: "data:text/html,<script>alert(1)</script>", href: nil),
        LinkCase(url: "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", href: nil),
        LinkCase(url: "file:///etc/passwd", href: nil),
        LinkCase(url: "vbscript:msgbox(1)", href: nil),
        LinkCase(url: "mailto:kominfo@malangkota.go.id", href: nil),
        LinkCase(url: "ftp://files.example/x", href: nil),
        LinkCase(url: "http:evil.example", href: nil),
        LinkCase(url: "https://", href: nil),
        LinkCase(url: "//evil.example/x", href: nil),
        LinkCase(url: "/\\evil.example", href: nil),
        LinkCase(url: "\\\\evil.example\\x", href: nil),
        LinkCase(url: "/etc/passwd", href: nil),
        LinkCase(url: "opd/dinkes\n.html", href: nil),
        LinkCase(url: "dinkes.html?jam=10:00", href: nil),  // a `:` before any `/`: refused, as a scheme would be
        LinkCase(url: "", href: nil),
        LinkCase(url: " \t ", href: nil),
    ]
}
