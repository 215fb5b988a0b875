/// Renders a `ReportDocument` as one self-contained HTML5 page: inline CSS for screen and
/// A4 print, an inline script only when a table is sortable, and no external resource of
/// any kind, so a folder of pages works offline from a USB stick.
///
/// Every text of the model is escaped (`HTMLEscaping.escape`); links become `<a>` only for
/// the targets `LinkTarget` accepts. The output is deterministic (no dates, no counters that
/// depend on anything but the document) and has one element per line where that keeps diffs
/// readable. The page is complete without its script: sorting and filtering only reorder or
/// hide rows that are all in the HTML.
///
/// Classes the page uses (and the stylesheet styles): `site-nav`, `subtitle`, `facts` /
/// `fact`, `note`, `table-scroll`, `table-block sortable`, `table-filter`, `sort`, `num`
/// (numeric cells, right-aligned, sorted as numbers), `table-empty`, `chart`, `external`.
public enum HTMLRenderer {
    /// A complete, self-contained HTML5 page: inline CSS (screen + print), inline script only
    /// when a table is sortable, no external resources of any kind.
    ///
    /// Cost: linear in the size of the document.
    public static func render(_ document: ReportDocument) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The page as UTF-8 bytes, as written to its file.
    public static func bytes(_ document: ReportDocument) -> [UInt8] { bytes(document, charts: nil) }

    /// `bytes`, drawing shared chart parts from `charts` (see `ChartCache`).
    static func bytes(_ document: ReportDocument, charts: ChartCache?) -> [UInt8] {
        var page = HTMLPage(language: document.language, charts: charts)
        page.write(document)
        return page.out.bytes
    }

    /// The renderer's own fixed texts: accessible names and the filter box.
    enum Label: Sendable, Hashable {
        case navigation
        case filterRows

        func text(_ l: Language) -> String {
            switch self {
            case .navigation: return l.pick(id: "Navigasi", en: "Navigation")
            case .filterRows: return l.pick(id: "Saring baris:", en: "Filter rows:")
            }
        }
    }
}

/// One page being written: its bytes, the `id`s already given out (heading anchors stay
/// unique), and whether a sortable table needs the script.
///
/// Pieces are appended to one buffer (`RenderBuffer`) rather than joined from strings: a
/// national run writes tens of thousands of these pages.
struct HTMLPage {
    let language: Language
    private(set) var out = RenderBuffer(capacity: 32 * 1024)
    private var usedIDs: Set<String> = []
    private var needsScript = false

    let charts: ChartCache?

    init(language: Language, charts: ChartCache? = nil) {
        self.language = language
        self.charts = charts
    }

    private mutating func line(_ text: String) { out.line(text) }

    private mutating func w(_ text: String) { out.write(text) }

    private mutating func e(_ text: String) { out.escaped(text) }

    /// `<tag>` + escaped text + `</tag>` + line end.
    private mutating func element(_ open: String, _ text: String, _ close: String) {
        out.write(open)
        out.escaped(text)
        out.line(close)
    }

    mutating func write(_ d: ReportDocument) {
        line("<!DOCTYPE html>")
        line("<html lang=\"\(language.rawValue)\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        element("<title>", d.title, "</title>")
        line("<style>")
        line(HTMLRenderer.style)
        line("</style>")
        line("</head>")
        line("<body>")
        if !d.navigation.isEmpty {
            element("<nav class=\"site-nav\" aria-label=\"", HTMLRenderer.Label.navigation.text(language), "\">")
            line("<ul>")
            for link in d.navigation {
                w("<li>")
                anchor(text: link.text, url: link.url)
                line("</li>")
            }
            line("</ul>")
            line("</nav>")
        }
        line("<main>")
        line("<header>")
        element("<h1>", d.title, "</h1>")
        if !d.subtitle.isEmpty { element("<p class=\"subtitle\">", d.subtitle, "</p>") }
        line("</header>")
        for block in d.blocks { write(block) }
        line("</main>")
        if !d.footer.isEmpty {
            line("<footer>")
            element("<p>", d.footer, "</p>")
            line("</footer>")
        }
        if needsScript {
            line("<script>")
            line(HTMLRenderer.script)
            line("</script>")
        }
        line("</body>")
        line("</html>")
    }

    private mutating func write(_ block: ReportBlock) {
        switch block {
        case .heading(let text, let level, let anchor):
            let tag = level <= 2 ? "h2" : "h3"
            let id = uniqueID(HTMLEscaping.anchor(anchor))
            element("<\(tag)\(id.map { " id=\"\($0)\"" } ?? "")>", text, "</\(tag)>")
        case .paragraph(let inlines):
            w("<p>")
            inline(inlines)
            line("</p>")
        case .facts(let facts):
            guard !facts.isEmpty else { return }
            line("<dl class=\"facts\">")
            for fact in facts {
                w("<div class=\"fact\"><dt>")
                e(fact.label)
                w("</dt><dd>")
                inline(fact.value)
                line("</dd></div>")
            }
            line("</dl>")
        case .table(let table):
            write(table)
        case .chart(let chart):
            line("<figure class=\"chart\">")
            element("<figcaption>", chart.title, "</figcaption>")
            var svg = ChartSVG.render(chart, cache: charts)
            while svg.hasSuffix("\n") { svg.removeLast() }
            // Never drawn smaller than its smallest text allows (11 px): on a phone the chart
            // scrolls inside its own box, the page does not.
            w("<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
            w(HTMLEscaping.escape(chart.title))
            line("\" style=\"--chart-min: \(ChartSVG.readableWidth(svg))px\">")
            line(svg)
            line("</div>")
            line("</figure>")
        case .list(let items):
            guard !items.isEmpty else { return }
            line("<ul>")
            for item in items {
                w("<li>")
                inline(item)
                line("</li>")
            }
            line("</ul>")
        case .note(let inlines):
            line("<aside class=\"note\">")
            w("<p>")
            inline(inlines)
            line("</p>")
            line("</aside>")
        case .fold(let summary, let blocks):
            line("<details class=\"fold\">")
            element("<summary>", summary, "</summary>")
            for inner in blocks { write(inner) }
            line("</details>")
        case .adaptive(let wide, let narrow):
            line("<div class=\"wide-only\">")
            for inner in wide { write(inner) }
            line("</div>")
            line("<div class=\"narrow-only\">")
            for inner in narrow { write(inner) }
            line("</div>")
        }
    }

    /// A table: caption, column headers, the first cell of each row as its row header,
    /// numeric columns marked `num`; sortable tables add a filter box, sort buttons and
    /// `data-sort` keys. An empty table is a paragraph with its `emptyText`.
    private mutating func write(_ table: ReportTable) {
        guard !table.rows.isEmpty else {
            w("<p class=\"table-empty\">")
            if !table.caption.isEmpty {
                w("<strong>")
                e(table.caption)
                w(":</strong> ")
            }
            e(table.emptyText)
            line("</p>")
            return
        }
        let sortable = table.sortable
        if sortable {
            needsScript = true
            line("<div class=\"table-block sortable\">")
            line("<div class=\"table-filter\" hidden>")
            element("<label>", HTMLRenderer.Label.filterRows.text(language), " <input type=\"search\" autocomplete=\"off\"></label>")
            line("</div>")
        }
        // A named, focusable region, so keyboard users can scroll a wide table on a phone.
        if table.caption.isEmpty {
            line("<div class=\"table-scroll\">")
        } else {
            element("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"", table.caption, "\">")
        }
        line("<table>")
        element("<caption>", table.caption, "</caption>")
        line("<thead>")
        w("<tr>")
        for (i, text) in table.header.enumerated() {
            w("<th scope=\"col\"")
            numClass(i, table)
            w(">")
            if sortable {
                w("<button type=\"button\" class=\"sort\">")
                e(text)
                w("</button>")
            } else {
                e(text)
            }
            w("</th>")
        }
        line("</tr>")
        line("</thead>")
        line("<tbody>")
        let empty = ReportTable.Cell("")
        for row in table.rows {
            w("<tr>")
            for i in 0..<max(row.count, table.header.count) {
                let cell = i < row.count ? row[i] : empty
                w(i == 0 ? "<th scope=\"row\"" : "<td")
                numClass(i, table)
                if sortable, let key = cell.sortKey {
                    w(" data-sort=\"")
                    e(key)
                    w("\"")
                }
                w(">")
                inline(cell.content)
                w(i == 0 ? "</th>" : "</td>")
            }
            line("</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</div>")
        if sortable { line("</div>") }
    }

    private mutating func numClass(_ column: Int, _ table: ReportTable) {
        if table.numeric.contains(column) { w(" class=\"num\"") }
    }

    /// `id` once per page: a repeated anchor gets `-2`, `-3`, …; an empty one gets none.
    private mutating func uniqueID(_ anchor: String) -> String? {
        guard !anchor.isEmpty else { return nil }
        var id = anchor, n = 1
        while usedIDs.contains(id) {
            n += 1
            id = "\(anchor)-\(n)"
        }
        usedIDs.insert(id)
        return id
    }

    private mutating func inline(_ inlines: [ReportInline]) {
        for piece in inlines {
            switch piece {
            case .text(let text): e(text)
            case .strong(let text):
                w("<strong>")
                e(text)
                w("</strong>")
            case .code(let text):
                w("<code>")
                e(text)
                w("</code>")
            case .link(let text, let url): anchor(text: text, url: url)
            }
        }
    }

    /// A link when `LinkTarget` accepts the URL, else its text alone. External links open
    /// without handing the page to the target (`noopener noreferrer`) and are marked
    /// `external`, so print shows their address.
    private mutating func anchor(text: String, url: String) {
        guard let target = LinkTarget(url) else { return e(text) }
        w("<a href=\"")
        switch target {
        case .external(let href):
            e(href)
            w("\" class=\"external\" rel=\"noopener noreferrer\">")
        case .relative(let href):
            e(href)
            w("\">")
        }
        e(text.isEmpty ? target.url : text)
        w("</a>")
    }
}
