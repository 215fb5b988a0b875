/// Renders a `ReportDocument` as GitHub-flavoured Markdown: the same page as the HTML, for
/// reading in a repository, a chat or a plain editor.
///
/// Text from the model can neither inject links nor HTML: the characters Markdown gives a
/// meaning inside a line (`\ ` * _ [ ] < >`, `&` before an entity, `|` in table cells, `#`
/// in headings) are backslash-escaped, a block's first character is escaped when it would
/// start a heading, list, rule or code fence (`#`, `-`, `+`, `=`, `~`, `1.`), and line
/// breaks inside a text become spaces (as they do in HTML). Links are written only for the
/// targets `LinkTarget` accepts. Charts are written as their data (a small table), not as
/// images.
public enum MarkdownRenderer {
    /// The page as Markdown, blocks separated by blank lines, ending with a newline.
    ///
    /// Cost: linear in the size of the document.
    public static func render(_ document: ReportDocument) -> String {
        let writer = MarkdownWriter(language: document.language)
        var page = "# " + writer.escape(document.title, .heading)
        page.reserveCapacity(16 * 1024)
        func add(_ block: String) {
            page += "\n\n"
            page += block
        }
        if !document.subtitle.isEmpty { add(writer.paragraph([.text(document.subtitle)])) }
        if !document.navigation.isEmpty {
            add(writer.paragraph(document.navigation.map { .link(text: $0.text, url: $0.url) }, separator: " · "))
        }
        for block in document.blocks {
            if let text = writer.block(block) { add(text) }
        }
        if !document.footer.isEmpty {
            add("---")
            add(writer.paragraph([.text(document.footer)]))
        }
        return page + "\n"
    }

    /// The renderer's own fixed texts.
    enum Label: Sendable, Hashable {
        /// Marks a chart written as data.
        case chart
        /// The value column of a bar chart's table.
        case value
        /// A line chart's reference line when it has no label of its own.
        case target

        func text(_ l: Language) -> String {
            switch self {
            case .chart: return l.pick(id: "(grafik)", en: "(chart)")
            case .value: return l.pick(id: "Nilai", en: "Value")
            case .target: return l.pick(id: "Target", en: "Target")
            }
        }
    }
}

/// Writes the blocks of one page in one language.
struct MarkdownWriter {
    let language: Language

    /// Where a text goes, which decides what must be escaped besides the common characters.
    enum Context {
        case text
        /// A pipe-table cell: `|` ends the cell.
        case cell
        /// A heading: trailing `#`s would be read as a closing sequence.
        case heading
    }

    func block(_ block: ReportBlock) -> String? {
        switch block {
        case .heading(let text, let level, _):
            return (level <= 2 ? "## " : "### ") + escape(text, .heading)
        case .paragraph(let inlines):
            return paragraph(inlines)
        case .facts(let facts):
            guard !facts.isEmpty else { return nil }
            return facts.map { "- **" + escape($0.label, .text) + ":** " + inline($0.value, .text) }.joined(separator: "\n")
        case .table(let table):
            return self.table(table)
        case .chart(let chart):
            return self.chart(chart)
        case .list(let items):
            guard !items.isEmpty else { return nil }
            return items.map { "- " + safeStart(inline($0, .text)) }.joined(separator: "\n")
        case .note(let inlines):
            return "> " + safeStart(inline(inlines, .text))
        case .fold(let summary, let blocks):
            let inner = blocks.compactMap { self.block($0) }
            return (["**" + escape(summary, .text) + "**"] + inner).joined(separator: "\n\n")
        case .adaptive(let wide, _):
            let inner = wide.compactMap { self.block($0) }
            return inner.isEmpty ? nil : inner.joined(separator: "\n\n")
        }
    }

    func paragraph(_ inlines: [ReportInline], separator: String = "") -> String {
        safeStart(inlines.map { inline([$0], .text) }.joined(separator: separator))
    }

    // MARK: Tables

    private func table(_ table: ReportTable) -> String {
        guard !table.rows.isEmpty else {
            let caption = table.caption.isEmpty ? "" : "**" + escape(table.caption, .text) + ":** "
            return caption + safeStart(escape(table.emptyText, .text))
        }
        let caption = table.caption.isEmpty ? nil : "**" + escape(table.caption, .text) + "**"
        let pipe = pipeTable(header: table.header.map { escape($0, .cell) }, numeric: table.numeric,
                             rows: table.rows.map { $0.map { inline($0.content, .cell) } })
        return [caption, pipe].compactMap { $0 }.joined(separator: "\n\n")
    }

    /// A GitHub pipe table of already-escaped cells; short rows are padded, numeric columns
    /// right-aligned (`---:`).
    private func pipeTable(header: [String], numeric: Set<Int>, rows: [[String]]) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        // One string appended in place: tables are most of a page's bytes.
        var out = ""
        func line(_ cells: [String]) {
            out += "|"
            for i in 0..<columns {
                if i < cells.count, !cells[i].isEmpty {
                    out += " "
                    out += cells[i]
                    out += " |"
                } else {
                    out += " |"
                }
            }
        }
        line(header)
        out += "\n|"
        for i in 0..<columns { out += numeric.contains(i) ? " ---: |" : " --- |" }
        for row in rows {
            out += "\n"
            line(row)
        }
        return out
    }

    // MARK: Charts

    /// A chart as its title marked "(grafik)", its description, and its data as a table.
    private func chart(_ chart: ReportChart) -> String {
        var parts = ["**" + escape(chart.title, .text) + "** " + MarkdownRenderer.Label.chart.text(language)]
        if !chart.description.isEmpty { parts.append(safeStart(escape(chart.description, .text))) }
        let c = { (s: String) in self.escape(s, .cell) }
        switch chart {
        case .radar(let r):
            parts.append(seriesTable(labels: r.axes.map(c), series: r.series))
        case .bar(let b):
            let rows = b.labels.enumerated().map { i, label in
                [c(label), i < b.valueLabels.count ? c(b.valueLabels[i]) : number(i < b.values.count ? b.values[i] : nil)]
            }
            parts.append(pipeTable(header: ["", c(MarkdownRenderer.Label.value.text(language))], numeric: [1], rows: rows))
        case .stackedBar(let s):
            let rows = s.rows.enumerated().map { i, row in
                [c(row)] + s.segments.indices.map { j in number(i < s.values.count && j < s.values[i].count ? s.values[i][j] : nil) }
            }
            parts.append(pipeTable(header: [""] + s.segments.map(c), numeric: Set(1...max(1, s.segments.count)), rows: rows))
        case .line(let l):
            parts.append(seriesTable(labels: l.points.map(c), series: l.series))
            if let target = l.target {
                parts.append(escape(l.targetLabel ?? MarkdownRenderer.Label.target.text(language), .text) + ": " + number(target))
            }
        case .gantt(let g):
            // Per row: how many bars, the first start and the last end.
            let rows = g.rows.enumerated().compactMap { i, row -> [String]? in
                let bars = g.bars.filter { $0.row == i }
                guard let first = bars.map(\.start).min(), let last = bars.map(\.end).max() else { return nil }
                func unit(_ t: Int) -> String { t < g.units.count ? c(g.units[t]) : String(t) }
                return [c(row), String(bars.count), unit(first), unit(max(last - 1, first))]
            }
            parts.append(pipeTable(header: ["", "n", "⟶", "⟵"], numeric: [1], rows: rows))
        }
        return parts.joined(separator: "\n\n")
    }

    /// One row per label, one column per series.
    private func seriesTable(labels: [String], series: [ChartSeries]) -> String {
        let rows = labels.enumerated().map { i, label in
            [label] + series.map { number(i < $0.values.count ? $0.values[i] : nil) }
        }
        return pipeTable(header: [""] + series.map { escape($0.name, .cell) }, numeric: Set(1...max(1, series.count)), rows: rows)
    }

    /// A chart value with at most two decimals (half away from zero), trailing zeros
    /// dropped, in the language's decimal separator (`3,5`), never an exponent; a missing,
    /// non-finite or astronomically large (≥ 2^53 hundredths) value is `—`.
    func number(_ value: Double?) -> String {
        guard let value, value.isFinite, let hundredths = Int64(exactly: (value * 100).rounded(.toNearestOrAwayFromZero)),
              hundredths.magnitude < 1 << 53 else { return "—" }
        let whole = hundredths.magnitude / 100, fraction = hundredths.magnitude % 100
        var text = (hundredths < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
            if digits.hasSuffix("0") { digits.removeLast() }
            text += language.decimalSeparator + digits
        }
        return text
    }

    // MARK: Inline text

    func inline(_ inlines: [ReportInline], _ context: Context) -> String {
        // A single plain text (most table cells) needs no joining.
        if inlines.count == 1, case .text(let text) = inlines[0] { return escape(text, context) }
        return inlines.map { piece in
            switch piece {
            case .text(let text):
                return escape(text, context)
            case .strong(let text):
                let core = text.trimmed(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                guard !core.isEmpty else { return escape(text, context) }
                let lead = text.hasPrefix(core) ? "" : " ", trail = text.hasSuffix(core) ? "" : " "
                return lead + "**" + escape(core, context) + "**" + trail
            case .code(let text):
                return code(text, context)
            case .link(let text, let url):
                guard let target = LinkTarget(url) else { return escape(text, context) }
                return "[" + escape(text.isEmpty ? target.url : text, context) + "](" + destination(target.url) + ")"
            }
        }.joined()
    }

    /// `text` with everything Markdown would read as markup escaped, and its line breaks
    /// turned into spaces.
    func escape(_ text: String, _ context: Context) -> String {
        // Most texts need nothing: check the bytes once before building a new string.
        guard text.utf8.contains(where: { b in
            switch b {
            case 0x0D, 0x0A, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x26, 0x7C, 0x23: return true
            default: return false
            }
        }) else { return text }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "\r" where i + 1 < scalars.count && scalars[i + 1] == "\n":
                continue
            case "\r", "\n":
                out += " "
            case "\\", "`", "*", "_", "[", "]", "<", ">":
                out += "\\" + String(c)
            case "&" where i + 1 < scalars.count && (scalars[i + 1] == "#" || scalars[i + 1].properties.isAlphabetic):
                out += "\\&"
            case "|" where context == .cell, "#" where context == .heading:
                out += "\\" + String(c)
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// `text` as a block's first line: leading blanks dropped (four would start a code
    /// block) and a first character that would start a heading, list, rule, setext underline
    /// or fence escaped; `12. ` and `12) ` become `12\. ` and `12\) `.
    func safeStart(_ text: String) -> String {
        let body = text.drop { $0 == " " || $0 == "\t" }
        guard let first = body.first else { return "" }
        if "#-+=~".contains(first) { return "\\" + body }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = body.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + body.dropFirst(digits.count)
        }
        return String(body)
    }

    /// A code span whose fence is longer than any run of backticks inside it.
    private func code(_ text: String, _ context: Context) -> String {
        var body = text.replacingLineBreaks()
        if context == .cell { body = body.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
        var longest = 0, run = 0
        for c in body {
            run = c == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = body.hasPrefix("`") || body.hasSuffix("`") || body.hasPrefix(" ") && body.hasSuffix(" ") ? " " : ""
        return fence + pad + body + pad + fence
    }

    /// A link destination: the characters that would end it or break a table cell
    /// (space, `( ) < > \ | `` ` ``) percent-encoded; the URL means the same.
    private func destination(_ url: String) -> String {
        var out = ""
        for c in url.unicodeScalars {
            switch c {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case "\\": out += "%5C"
            case "|": out += "%7C"
            case "`": out += "%60"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

extension String {
    /// The string with `\r\n`, `\r` and `\n` each replaced by one space.
    fileprivate func replacingLineBreaks() -> String {
        String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// The string without leading and trailing characters matching `isBlank`.
    fileprivate func trimmed(where isBlank: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
