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
        var page = HTMLPage(language: document.language)
        page.write(document)
        return page.lines.joined(separator: "\n") + "\n"
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

/// One page being written: its lines, the `id`s already given out (heading anchors stay
/// unique), and whether a sortable table needs the script.
struct HTMLPage {
    let language: Language
    private(set) var lines: [String] = []
    private var usedIDs: Set<String> = []
    private var needsScript = false

    init(language: Language) {
        self.language = language
    }

    private mutating func line(_ text: String) { lines.append(text) }

    private func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    mutating func write(_ d: ReportDocument) {
        line("<!DOCTYPE html>")
        line("<html lang=\"\(language.rawValue)\">")
        line("<head>")
        line("<meta charset=\"utf-8\">")
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        line("<title>\(e(d.title))</title>")
        line("<style>")
        line(HTMLRenderer.style)
        line("</style>")
        line("</head>")
        line("<body>")
        if !d.navigation.isEmpty {
            line("<nav class=\"site-nav\" aria-label=\"\(e(HTMLRenderer.Label.navigation.text(language)))\">")
            line("<ul>")
            for link in d.navigation { line("<li>\(anchor(text: link.text, url: link.url))</li>") }
            line("</ul>")
            line("</nav>")
        }
        line("<main>")
        line("<header>")
        line("<h1>\(e(d.title))</h1>")
        if !d.subtitle.isEmpty { line("<p class=\"subtitle\">\(e(d.subtitle))</p>") }
        line("</header>")
        for block in d.blocks { write(block) }
        line("</main>")
        if !d.footer.isEmpty {
            line("<footer>")
            line("<p>\(e(d.footer))</p>")
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
            line("<\(tag)\(id.map { " id=\"\($0)\"" } ?? "")>\(e(text))</\(tag)>")
        case .paragraph(let inlines):
            line("<p>\(inline(inlines))</p>")
        case .facts(let facts):
            guard !facts.isEmpty else { return }
            line("<dl class=\"facts\">")
            for fact in facts {
                line("<div class=\"fact\"><dt>\(e(fact.label))</dt><dd>\(inline(fact.value))</dd></div>")
            }
            line("</dl>")
        case .table(let table):
            write(table)
        case .chart(let chart):
            line("<figure class=\"chart\">")
            line("<figcaption>\(e(chart.title))</figcaption>")
            var svg = ChartSVG.render(chart)
            while svg.hasSuffix("\n") { svg.removeLast() }
            line(svg)
            line("</figure>")
        case .list(let items):
            guard !items.isEmpty else { return }
            line("<ul>")
            for item in items { line("<li>\(inline(item))</li>") }
            line("</ul>")
        case .note(let inlines):
            line("<aside class=\"note\">")
            line("<p>\(inline(inlines))</p>")
            line("</aside>")
        }
    }

    /// A table: caption, column headers, the first cell of each row as its row header,
    /// numeric columns marked `num`; sortable tables add a filter box, sort buttons and
    /// `data-sort` keys. An empty table is a paragraph with its `emptyText`.
    private mutating func write(_ table: ReportTable) {
        guard !table.rows.isEmpty else {
            let caption = table.caption.isEmpty ? "" : "<strong>\(e(table.caption)):</strong> "
            line("<p class=\"table-empty\">\(caption)\(e(table.emptyText))</p>")
            return
        }
        let sortable = table.sortable
        if sortable {
            needsScript = true
            line("<div class=\"table-block sortable\">")
            line("<div class=\"table-filter\" hidden>")
            line("<label>\(e(HTMLRenderer.Label.filterRows.text(language))) <input type=\"search\" autocomplete=\"off\"></label>")
            line("</div>")
        }
        // A named, focusable region, so keyboard users can scroll a wide table on a phone.
        let region = table.caption.isEmpty ? "" : " role=\"region\" tabindex=\"0\" aria-label=\"\(e(table.caption))\""
        line("<div class=\"table-scroll\"\(region)>")
        line("<table>")
        line("<caption>\(e(table.caption))</caption>")
        line("<thead>")
        let headers = table.header.enumerated().map { i, text in
            let label = sortable ? "<button type=\"button\" class=\"sort\">\(e(text))</button>" : e(text)
            return "<th scope=\"col\"\(numClass(i, table))>\(label)</th>"
        }
        line("<tr>" + headers.joined() + "</tr>")
        line("</thead>")
        line("<tbody>")
        for row in table.rows {
            var cells = row
            while cells.count < table.header.count { cells.append(ReportTable.Cell("")) }
            let html = cells.enumerated().map { i, cell in
                let tag = i == 0 ? "th" : "td"
                let scope = i == 0 ? " scope=\"row\"" : ""
                let key = sortable ? cell.sortKey.map { " data-sort=\"\(e($0))\"" } ?? "" : ""
                return "<\(tag)\(scope)\(numClass(i, table))\(key)>\(inline(cell.content))</\(tag)>"
            }
            line("<tr>" + html.joined() + "</tr>")
        }
        line("</tbody>")
        line("</table>")
        line("</div>")
        if sortable { line("</div>") }
    }

    private func numClass(_ column: Int, _ table: ReportTable) -> String {
        table.numeric.contains(column) ? " class=\"num\"" : ""
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

    private func inline(_ inlines: [ReportInline]) -> String {
        inlines.map { piece in
            switch piece {
            case .text(let text): return e(text)
            case .strong(let text): return "<strong>\(e(text))</strong>"
            case .code(let text): return "<code>\(e(text))</code>"
            case .link(let text, let url): return anchor(text: text, url: url)
            }
        }.joined()
    }

    /// A link when `LinkTarget` accepts the URL, else its text alone. External links open
    /// without handing the page to the target (`noopener noreferrer`) and are marked
    /// `external`, so print shows their address.
    private func anchor(text: String, url: String) -> String {
        guard let target = LinkTarget(url) else { return e(text) }
        let label = e(text.isEmpty ? target.url : text)
        switch target {
        case .external(let href):
            return "<a href=\"\(e(href))\" class=\"external\" rel=\"noopener noreferrer\">\(label)</a>"
        case .relative(let href):
            return "<a href=\"\(e(href))\">\(label)</a>"
        }
    }
}
