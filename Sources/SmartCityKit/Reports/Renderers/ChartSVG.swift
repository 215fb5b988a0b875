import Foundation

/// Draws a chart as a self-contained SVG fragment (an `<svg>` element, no external
/// references), deterministic: the same chart gives the same bytes.
///
/// The element has a `viewBox` and no fixed size (`style="max-width:100%;height:auto"`), so
/// it scales down on a phone; its accessible name and description are its first children
/// (`<title>`, `<desc>`), referenced by `aria-labelledby` and `aria-describedby` with ids from
/// `identifier(for:)`. No chart text is drawn as a heading: the page shows the title in its
/// own caption.
///
/// Every text of the model is XML-escaped. Coordinates and ticks go through `number(_:)`
/// (one decimal at most), values in tooltips and segments through `value(_:)` (two): no
/// exponent, no locale (`.` as separator), no `-0`, NaN and infinities written `0`, so none
/// reach the output. Series are told apart by colour and by dash (the second series is a dashed
/// outline), stage segments by a light-to-dark sequential palette named in the legend.
///
/// Cost: linear in the number of values drawn.
public enum ChartSVG {
    /// The chart as one `<svg>` element followed by a newline.
    public static func render(_ chart: ReportChart) -> String { render(chart, cache: nil) }

    /// `render`, reusing the parts of earlier charts that `cache` holds (the same bytes).
    static func render(_ chart: ReportChart, cache: ChartCache?) -> String {
        let drawing: Drawing
        switch chart {
        case .radar(let c): drawing = radar(c, cache: cache)
        case .bar(let c): drawing = bar(c)
        case .stackedBar(let c): drawing = stackedBar(c)
        case .line(let c): drawing = line(c)
        case .gantt(let c): drawing = gantt(c)
        }
        let id = identifier(for: chart)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(drawing.width)) \(number(drawing.height))\""
        out += " role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-desc\" style=\"max-width:100%;height:auto\""
        out += " font-family=\"system-ui, sans-serif\" font-size=\"12\">\n"
        out += "  <title id=\"\(id)-title\">\(escape(chart.title))</title>\n"
        out += "  <desc id=\"\(id)-desc\">\(escape(chart.description))</desc>\n"
        for line in drawing.lines { out += "  " + line + "\n" }
        return out + "</svg>\n"
    }

    /// The id stem of the chart's elements: `chart-<slug>-<hash>`; the `<title>` is
    /// `<stem>-title`, the `<desc>` `<stem>-desc`.
    ///
    /// The slug is the title's ASCII letters and digits (lowercased, other runs become `-`,
    /// at most 32 characters); the hash is the 32-bit FNV-1a of the UTF-8 title and
    /// description (Fowler, Noll, Vo), 8 hex digits, so charts with the same title but
    /// different content on one page still get different ids.
    public static func identifier(for chart: ReportChart) -> String {
        let hash = String(fnv1a(chart.title + "\u{1F}" + chart.description), radix: 16)
        let padded = String(repeating: "0", count: 8 - hash.count) + hash
        let slug = self.slug(chart.title)
        return slug.isEmpty ? "chart-\(padded)" : "chart-\(slug)-\(padded)"
    }

    // MARK: Text and numbers

    /// `value` rounded half away from zero to one decimal: `2`, `-0.4`, `123.5`; never an
    /// exponent, a locale separator or `-0`. NaN and infinities are written `0`. Every
    /// coordinate and tick goes through here.
    /// The narrowest width (px) at which every text of `svg` renders at 11 px or more: its
    /// `viewBox` width times 11 over its smallest `font-size` (12 where none is given).
    static func readableWidth(_ svg: String) -> Int {
        func attribute(_ name: String, in text: Substring) -> [Double] {
            text.components(separatedBy: name + "=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
        }
        let head = svg.prefix { $0 != ">" }
        let box = head.components(separatedBy: "viewBox=\"").dropFirst().first?.prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) } ?? []
        guard box.count == 4 else { return 0 }
        let smallest = attribute("font-size", in: Substring(svg)).min() ?? 12
        return Int((box[2] * 11 / max(smallest, 1)).rounded(.up))
    }

    static func number(_ value: Double) -> String { decimal(value, places: 1) }

    /// A value in a tooltip or beside a segment: like `number(_:)` with two decimals
    /// (`2.41`, `3`), since scores are published to two.
    static func value(_ value: Double) -> String { decimal(value, places: 2) }

    /// `value` rounded half away from zero to `places` (1 or 2) decimals, trailing zeros
    /// dropped, `.` as separator.
    ///
    /// A value within 1e-9 of a tie counts as the tie: `2.405` is stored as 2.40499…, and
    /// the reader expects `2.41`.
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "0" }
        let scale: UInt64 = places == 1 ? 10 : 100
        let scaled = (value * Double(scale)).magnitude
        guard scaled < 0x1p53 else {
            // Beyond 2^53 a Double has no fraction left: write its integer digits.
            return String(format: "%.0f", value.rounded(.toNearestOrAwayFromZero))
        }
        var units = scaled.rounded(.down)
        if scaled - units >= 0.5 - 1e-9 { units += 1 }
        let n = UInt64(units)
        if n == 0 { return "0" }
        // Built from small strings (no heap allocation): every coordinate of every chart of
        // a national run passes here.
        var fraction = n % scale, places = places
        while places > 0, fraction % 10 == 0 {
            fraction /= 10
            places -= 1
        }
        var text = value < 0 ? "-" : ""
        text += String(n / scale)
        if places > 0 {
            text += places == 2 && fraction < 10 ? ".0" : "."
            text += String(fraction)
        }
        return text
    }

    /// `text` escaped for element content and attribute values (the pages' own escaper).
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// `text` cut to `limit` characters, the last one `…`, when it is longer.
    static func truncate(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(limit - 1, 0))) + "…"
    }

    /// `text` broken at spaces into lines of at most `width` characters, at most `lines`
    /// of them; what does not fit ends in `…`.
    static func wrap(_ text: String, width: Int, lines limit: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > limit {
            lines = Array(lines.prefix(limit - 1)) + [lines[(limit - 1)...].joined(separator: " ")]
        }
        return lines.map { truncate($0, to: width) }
    }

    /// An estimate of the width of `text` at 12 units, generous for capitals: charts have
    /// no font metrics.
    static func textWidth(_ text: String) -> Double {
        text.reduce(0) { $0 + ($1.isUppercase ? 8 : 6.5) }
    }

    /// 32-bit FNV-1a over the UTF-8 bytes of `text`.
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
            if slug.count >= 32 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    // MARK: Values

    /// `value` when it is a finite number; NaN, infinities and nil are no value.
    static func finite(_ value: Double?) -> Double? {
        guard let value, value.isFinite else { return nil }
        return value
    }

    /// `value` when it is finite and above zero: a usable axis maximum.
    static func positive(_ value: Double?) -> Double? {
        guard let value = finite(value), value > 0 else { return nil }
        return value
    }

    /// Tick values in `low … high` at a 1-2-5 step giving about five intervals (Heckbert,
    /// "Nice numbers for graph labels", Graphics Gems, 1990); the step is at least 0.1, the
    /// precision of `number(_:)`, and there are at most 12 ticks.
    static func ticks(from low: Double, to high: Double) -> [Double] {
        let span = high - low
        guard span.isFinite, span > 0 else { return [low] }
        let raw = span / 5
        let magnitude = pow(10, log10(raw).rounded(.down))
        let normal = raw / magnitude
        let step = max((normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 5 ? 5 : 10) * magnitude, 0.1)
        var ticks: [Double] = []
        var k = (low / step).rounded(.up)
        while ticks.count < 12 {
            let value = k * step
            if !value.isFinite || value > high + step * 1e-9 { break }
            ticks.append(value)
            k += 1
        }
        return ticks
    }

    // MARK: Drawing

    /// A chart's elements, one per line, and the size of its `viewBox`.
    struct Drawing {
        var width: Double
        var height: Double
        var lines: [String] = []

        mutating func add(_ line: String) { lines.append(line) }
        mutating func add(_ lines: [String]) { self.lines += lines }
    }

    enum Anchor: String {
        case start, middle, end
    }

    /// Fixed colours, chosen for white paper: `ink` is 17:1 on white, `muted` 7:1 (WCAG AA
    /// for text); series colours are the Okabe–Ito set with a darker blue first, told apart
    /// also by `dashes`; `stages` is ColorBrewer "Blues" without its near-white step, each
    /// with the text colour that has the higher contrast on it.
    enum Palette {
        static let ink = "#1a1a1a"
        static let muted = "#595959"
        static let axis = "#757575"
        static let grid = "#d9d9d9"
        static let series = ["#1f5fa8", "#d55e00", "#009e73", "#cc79a7", "#e69f00"]
        static let dashes: [String?] = [nil, "6 4", "2 3", "8 3 2 3"]
        static let stages: [(fill: String, text: String)] = [
            ("#deebf7", ink), ("#c6dbef", ink), ("#9ecae1", ink), ("#6baed6", ink),
            ("#4292c6", ink), ("#2171b5", "#ffffff"), ("#08519c", "#ffffff"), ("#08306b", "#ffffff"),
        ]

        static func colour(_ series: Int) -> String { Self.series[series % Self.series.count] }
        static func dash(_ series: Int) -> String? { dashes[series % dashes.count] }

        /// The colour of segment `index` of `count`, spread from light to dark.
        static func stage(_ index: Int, of count: Int) -> (fill: String, text: String) {
            if count <= 1 { return stages[4] }
            if count > stages.count { return stages[index % stages.count] }
            let position = Double(index) * Double(stages.count - 1) / Double(count - 1)
            return stages[Int(position.rounded(.toNearestOrAwayFromZero))]
        }
    }

    /// A `<text>` element; `content` and `tooltip` are model text, escaped here.
    static func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil,
                     fill: String = Palette.ink, tooltip: String? = nil) -> String {
        var s = "<text x=\"\(number(x))\" y=\"\(number(y))\""
        if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
        if let size { s += " font-size=\"\(number(size))\"" }
        s += " fill=\"\(fill)\">\(escape(content))"
        if let tooltip { s += "<title>\(escape(tooltip))</title>" }
        return s + "</text>"
    }

    /// A `<text>` of several lines (`<tspan>`s), the first baseline at `y`.
    static func text(lines: [String], x: Double, y: Double, lineHeight: Double, anchor: Anchor, tooltip: String?) -> String {
        var s = "<text"
        if anchor != .start { s += " text-anchor=\"\(anchor.rawValue)\"" }
        s += " fill=\"\(Palette.ink)\">"
        for (i, line) in lines.enumerated() {
            s += "<tspan x=\"\(number(x))\" y=\"\(number(y + Double(i) * lineHeight))\">\(escape(line))</tspan>"
        }
        if let tooltip { s += "<title>\(escape(tooltip))</title>" }
        return s + "</text>"
    }

    /// An element with `attributes` (numbers already formatted) and an optional tooltip.
    static func element(_ name: String, _ attributes: String, tooltip: String? = nil) -> String {
        guard let tooltip else { return "<\(name) \(attributes)/>" }
        return "<\(name) \(attributes)><title>\(escape(tooltip))</title></\(name)>"
    }

    /// `x,y x,y …` for `points=`.
    static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    }

    /// How a legend entry shows its series or segment.
    enum Swatch {
        /// A square, filled translucent or outlined (radar series).
        case area(colour: String, filled: Bool, dash: String?)
        /// A line with a point (line series).
        case line(colour: String, dash: String?)
        /// A solid block (stacked segments).
        case block(fill: String)
    }

    /// Legend entries left to right from `top`, wrapping before `width`; returns the
    /// elements and the height they take (20 units a row, 0 without entries).
    static func legend(_ items: [(name: String, swatch: Swatch)], top: Double, width: Double) -> (lines: [String], height: Double) {
        guard !items.isEmpty else { return ([], 0) }
        var lines: [String] = []
        var x = 20.0
        var rowTop = top
        for (name, swatch) in items {
            // Cut only what a whole row could not hold: a label with room is never shortened.
            let room = width - 40 - 42
            let label = textWidth(name) <= room ? name : truncate(name, to: max(8, Int(room / 6.5)))
            let itemWidth = 24 + textWidth(label) + 18
            if x > 20 && x + itemWidth > width - 20 {
                x = 20
                rowTop += 20
            }
            let (sx, sy) = (number(x), number(rowTop + 1))
            switch swatch {
            case .area(let colour, let filled, let dash):
                let fill = filled ? "fill=\"\(colour)\" fill-opacity=\"0.25\"" : "fill=\"none\""
                let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                lines.append("<rect x=\"\(sx)\" y=\"\(sy)\" width=\"18\" height=\"12\" \(fill) stroke=\"\(colour)\" stroke-width=\"2\"\(dashed)/>")
            case .line(let colour, let dash):
                let dashed = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
                let mid = number(rowTop + 7)
                lines.append("<line x1=\"\(sx)\" y1=\"\(mid)\" x2=\"\(number(x + 18))\" y2=\"\(mid)\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(dashed)/>")
            case .block(let fill):
                lines.append("<rect x=\"\(sx)\" y=\"\(sy)\" width=\"18\" height=\"12\" fill=\"\(fill)\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>")
            }
            lines.append(text(label, x: x + 24, y: rowTop + 11, tooltip: label == name ? nil : name))
            x += itemWidth
        }
        return (lines, rowTop + 20 - top)
    }
}
