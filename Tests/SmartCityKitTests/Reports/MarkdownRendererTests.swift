import Foundation
import Testing
@testable import SmartCityKit

/// The Markdown page: one golden page, escaping so input cannot become markup, the same link
/// decisions as HTML, pipe tables and charts as data.
@Suite struct MarkdownRendererTests {
    func markdown(_ blocks: [ReportBlock], language: Language = .id) -> String {
        MarkdownRenderer.render(RendererSample.page(blocks, language: language))
    }

    /// The Markdown of `blocks` without the page's `# T` title.
    func body(_ blocks: [ReportBlock], language: Language = .id) -> String {
        let page = markdown(blocks, language: language)
        #expect(page.hasPrefix("# T\n\n"))
        return String(page.dropFirst("# T\n\n".count))
    }

    @Test func golden() {
        Golden.check(MarkdownRenderer.render(RendererSample.document), against: "render-opd-report.id.md")
    }

    @Test func pageStructure() {
        let md = MarkdownRenderer.render(ReportDocument(
            title: "Judul", language: .id, subtitle: "Sub", blocks: [.heading("Dua", level: 2, anchor: "dua"), .heading("Tiga", level: 3, anchor: "tiga")],
            navigation: [ReportLink(text: "Dasbor", url: "../index.html"), ReportLink(text: "English", url: "../en/index.html")], footer: "Kaki"))
        #expect(md == "# Judul\n\nSub\n\n[Dasbor](../index.html) · [English](../en/index.html)\n\n## Dua\n\n### Tiga\n\n---\n\nKaki\n")
    }

    @Test func blocks() {
        #expect(body([.facts([ReportFact(label: "Indeks", value: [.strong("3,50"), .text(" Baik")]), ReportFact(label: "OPD", value: [.text("dinkes")])])])
                == "- **Indeks:** **3,50** Baik\n- **OPD:** dinkes\n")
        #expect(body([.note([.text("Catatan "), .strong(" penting ")])]) == "> Catatan  **penting** \n")
        #expect(body([.list([[.text("satu")], [.text("- dua")]])]) == "- satu\n- \\- dua\n")
        #expect(body([.paragraph([.code("a`b"), .text(" "), .code("`x")])]) == "``a`b`` `` `x ``\n")
    }

    // MARK: Escaping

    @Test func inlineMarkupInTextIsEscaped() {
        let text = #"[klik](javascript:alert(1)) <img src=x onerror=alert(1)> *tebal* _miring_ `kode` \ &amp; &#60; R & D"#
        #expect(body([.paragraph([.text(text)])])
                == #"\[klik\](javascript:alert(1)) \<img src=x onerror=alert(1)\> \*tebal\* \_miring\_ \`kode\` \\ \&amp; \&#60; R & D"# + "\n")
        // Line breaks in a text cannot start a new block.
        #expect(body([.paragraph([.text("satu\n# dua\r\n- tiga")])]) == "satu # dua - tiga\n")
        #expect(body([.heading("Peringkat #1 ##", level: 2, anchor: "")]) == "## Peringkat \\#1 \\#\\#\n")
    }

    @Test(arguments: [
        ("# bukan judul", "\\# bukan judul"),
        ("- bukan daftar", "\\- bukan daftar"),
        ("+ bukan daftar", "\\+ bukan daftar"),
        ("---", "\\---"),
        ("=== garis", "\\=== garis"),
        ("~~~ pagar", "\\~~~ pagar"),
        ("1. bukan nomor", "1\\. bukan nomor"),
        ("2024) bukan nomor", "2024\\) bukan nomor"),
        ("    bukan kode", "bukan kode"),
        ("> bukan kutipan", "\\> bukan kutipan"),
        ("2024 biasa", "2024 biasa"),
        ("12a. biasa", "12a. biasa"),
    ])
    func blockStartsAreEscaped(text: String, expected: String) {
        #expect(body([.paragraph([.text(text)])]) == expected + "\n")
        #expect(body([.note([.text(text)])]) == "> " + expected + "\n")
        #expect(body([.list([[.text(text)]])]) == "- " + expected + "\n")
    }

    @Test func hostileDocumentHasNoMarkupFromInput() {
        let page = MarkdownRenderer.render(RendererSample.hostile)
        let writer = MarkdownWriter(language: .en)
        // A code span shows its content literally: set it aside, then look at the rest.
        let span = "`" + RendererSample.evil + "`"
        #expect(page.components(separatedBy: span).count == 2)
        var md = page.replacingOccurrences(of: span, with: "CODE")
        // So does the destination of the one safe link (in the table); it has no space or `)`.
        if let start = md.range(of: "](https://x.example/"), let end = md[start.upperBound...].range(of: ") |") {
            #expect(!md[start.upperBound..<end.lowerBound].contains { $0 == " " || $0 == "<" || $0 == "(" || $0 == ")" || $0 == "|" })
            md.replaceSubrange(start.lowerBound..<end.upperBound, with: "](URL) |")
        } else {
            Issue.record("the safe link in the table is missing")
        }
        // No tag and no link from the input: the only `[` opens the one safe link (in the table).
        #expect(Self.unescaped("<", in: md) == 0)
        #expect(Self.unescaped("](javascript", in: md) == 0)
        #expect(Self.unescaped("[", in: md) == 1)
        #expect(md.contains("| [" + writer.escape(RendererSample.evil, .cell) + "](URL) |"))
        // subtitle, navigation, paragraph text and link texts, fact value, list, note, footer.
        #expect(md.components(separatedBy: writer.escape(RendererSample.evil, .text)).count - 1 >= 8)
        #expect(!md.contains("<svg"))
    }

    /// How often `mark` occurs in `text` not preceded by an escaping backslash.
    static func unescaped(_ mark: String, in text: String) -> Int {
        var count = 0
        var rest = text[...]
        while let r = rest.range(of: mark) {
            if text[..<r.lowerBound].reversed().prefix(while: { $0 == "\\" }).count % 2 == 0 { count += 1 }
            rest = text[r.upperBound...]
        }
        return count
    }

    @Test func unescapedCountsOnlyBareMarks() {
        #expect(Self.unescaped("<", in: #"a \< b \\< c <"#) == 2)
    }

    // MARK: Links

    @Test(arguments: RendererSample.linkCases)
    func links(case c: RendererSample.LinkCase) throws {
        let md = body([.paragraph([.link(text: "Bukti *1*", url: c.url)])])
        guard let href = c.href else {
            #expect(md == "Bukti \\*1\\*\n")
            return
        }
        #expect(md.hasPrefix("[Bukti \\*1\\*]("))
        #expect(md.hasSuffix(")\n"))
        let destination = String(md.dropFirst("[Bukti \\*1\\*](".count).dropLast(2))
        #expect(!destination.contains(" ") && !destination.contains("(") && !destination.contains(")"))
        #expect(destination.removingPercentEncoding == href)
    }

    // MARK: Tables and charts

    @Test func pipeTables() {
        let table = ReportTable(caption: "Skor | <b>", header: ["OPD", "Nama", "Skor"], numeric: [2],
                                rows: [[.init("dinkes"), .init("Dinas | Kesehatan\nKota"), .init("3,50", sortKey: "3.50")],
                                       [.init([.code("a|b")])]])
        #expect(body([.table(table)]) == """
            **Skor | \\<b\\>**

            | OPD | Nama | Skor |
            | --- | --- | ---: |
            | dinkes | Dinas \\| Kesehatan Kota | 3,50 |
            | `a\\|b` | | |

            """)
        #expect(body([.table(ReportTable(caption: "Tindakan", header: ["A"], rows: [], emptyText: "Tidak ada."))]) == "**Tindakan:** Tidak ada.\n")
        #expect(body([.table(ReportTable(caption: "", header: ["A"], rows: [], emptyText: "- kosong"))]) == "\\- kosong\n")
    }

    @Test(arguments: Language.allCases)
    func chartsAreWrittenAsData(language: Language) {
        let md = body([.chart(RendererSample.line)], language: language)
        let mark = language == .id ? "(grafik)" : "(chart)"
        let (first, last, target) = language == .id ? ("2,9", "3,46", "3,5") : ("2.9", "3.46", "3.5")
        #expect(md == """
            **Indeks SPBE per periode** \(mark)

            Indeks kota tiap periode; 2023-12 tidak dinilai.

            | | Kota Malang |
            | --- | ---: |
            | 2023-06 | \(first) |
            | 2023-12 | — |
            | 2024-06 | \(last) |

            Target RPJMD: \(target)

            """)
        #expect(!md.contains("<svg"))
    }

    @Test func everyChartKindIsWritten() {
        let md = body(RendererSample.charts.map { .chart($0) })
        #expect(md.components(separatedBy: "(grafik)").count - 1 == 4)
        #expect(md.contains("| Kebijakan | 3,2 | 4 |"))
        #expect(md.contains("| | Nilai |\n| --- | ---: |\n| Kebijakan internal | 3,20 |"))
        #expect(md.contains("| | Tahap 0 | Tahap 1 | Tahap 2 | Tahap 3 | Tahap 4 |\n| --- | ---: | ---: | ---: | ---: | ---: |"))
        #expect(md.contains("| Kota | 20 | 41 | 60 | 33 | 12 |"))
    }

    @Test(arguments: [(0.0, "0"), (2.5, "2,5"), (-0.125, "-0,13"), (3.456, "3,46"), (12, "12"), (0.05, "0,05"), (Double.nan, "—")])
    func chartNumbers(value: Double, expected: String) {
        #expect(MarkdownWriter(language: .id).number(value) == expected)
    }
}
