extension ChartSVG {
    /// Bar and stacked-bar layout, in `viewBox` units: 720 wide, rows of 28 from y = 12, a
    /// label column as wide as the longest label (40 characters at most, 262 units).
    enum BarLayout {
        static let width = 720.0
        static let top = 12.0
        static let row = 28.0
        static let bar = 18.0
        static let labelLimit = 40

        /// Where the label column ends, where bars start, and the bar length at the axis
        /// maximum, leaving `reserve` units on the right for what follows the bars.
        static func columns(_ labels: [String], reserve: Double) -> (labelRight: Double, left: Double, length: Double) {
            let widest = labels.map { textWidth(truncate($0, to: labelLimit)) }.max() ?? 0
            let labelRight = min(max(widest + 12, 48), 262)
            return (labelRight, labelRight + 8, width - labelRight - 8 - reserve)
        }
    }

    /// Horizontal bars from 0 to `maximum` (or the largest value; 1 when that is 0), labels
    /// on the left cut at 40 characters, the given value labels at the bar ends, ticks at a
    /// 1-2-5 step below. Rows are the shorter of labels and values; a negative, NaN or
    /// infinite value draws as 0, a value above the maximum stops at the axis end.
    static func bar(_ chart: BarChart) -> Drawing {
        typealias L = BarLayout
        let count = min(chart.labels.count, chart.values.count)
        let values = (0..<count).map { max(finite(chart.values[$0]) ?? 0, 0) }
        let maximum = positive(chart.maximum) ?? positive(values.max()) ?? 1
        let bottom = L.top + Double(count) * L.row
        let valueLabels = (0..<count).map { truncate($0 < chart.valueLabels.count ? chart.valueLabels[$0] : value(values[$0]), to: 16) }
        let widestValue = valueLabels.map(textWidth).max() ?? 0
        let (labelRight, left, length) = L.columns(Array(chart.labels.prefix(count)), reserve: min(max(widestValue + 16, 40), 130))
        var d = Drawing(width: L.width, height: bottom + 28)

        let ticks = self.ticks(from: 0, to: maximum)
        d.add("<g stroke=\"\(Palette.grid)\" stroke-width=\"1\">")
        for tick in ticks.dropFirst() {
            let x = number(left + tick / maximum * length)
            d.add("  <line x1=\"\(x)\" y1=\"\(number(L.top))\" x2=\"\(x)\" y2=\"\(number(bottom))\"/>")
        }
        d.add("</g>")
        for tick in ticks {
            d.add(text(number(tick), x: left + tick / maximum * length, y: bottom + 16, anchor: .middle, size: 11, fill: Palette.muted))
        }

        for i in 0..<count {
            let rowTop = L.top + Double(i) * L.row
            let width = min(values[i], maximum) / maximum * length
            let label = chart.labels[i]
            let shown = truncate(label, to: L.labelLimit)
            d.add(text(shown, x: labelRight, y: rowTop + 18, anchor: .end, tooltip: shown == label ? nil : label))
            d.add(element("rect", "x=\"\(number(left))\" y=\"\(number(rowTop + 5))\" width=\"\(number(width))\" height=\"\(number(L.bar))\" fill=\"\(Palette.colour(0))\"",
                          tooltip: "\(label): \(i < chart.valueLabels.count ? chart.valueLabels[i] : valueLabels[i])"))
            d.add(text(valueLabels[i], x: left + width + 6, y: rowTop + 18))
        }
        d.add("<line x1=\"\(number(left))\" y1=\"\(number(L.top))\" x2=\"\(number(left))\" y2=\"\(number(bottom))\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>")
        return d
    }

    /// One row per row label, its segments as shares of the row total (each row full
    /// length), in the sequential stage palette with the value inside when it fits and a
    /// "Segment: value" tooltip; the total after the row; a legend of segment names below.
    /// A row whose total is 0 is an empty outline. Rows are the shorter of row labels and
    /// value rows, segments the shorter of segment names and the row's values; negative,
    /// NaN and infinite values count as 0.
    static func stackedBar(_ chart: StackedBarChart) -> Drawing {
        typealias L = BarLayout
        let rowCount = min(chart.rows.count, chart.values.count)
        let segmentCount = chart.segments.count
        let (labelRight, left, length) = L.columns(Array(chart.rows.prefix(rowCount)), reserve: 54)
        var d = Drawing(width: L.width, height: 0)

        for r in 0..<rowCount {
            let rowTop = L.top + Double(r) * L.row
            let raw = chart.values[r]
            let values = (0..<min(segmentCount, raw.count)).map { max(finite(raw[$0]) ?? 0, 0) }
            // Shares from values scaled by the largest, so huge values cannot overflow the sum.
            let largest = values.max() ?? 0
            let shares = values.map { largest > 0 ? $0 / largest : 0 }
            let sum = shares.reduce(0, +)
            let label = chart.rows[r]
            let shown = truncate(label, to: L.labelLimit)
            d.add(text(shown, x: labelRight, y: rowTop + 18, anchor: .end, tooltip: shown == label ? nil : label))
            var before = 0.0
            for (s, value) in values.enumerated() where sum > 0 && value > 0 {
                let x0 = left + before / sum * length
                before += shares[s]
                let x1 = left + before / sum * length
                let colour = Palette.stage(s, of: segmentCount)
                d.add(element("rect", "x=\"\(number(x0))\" y=\"\(number(rowTop + 5))\" width=\"\(number(x1 - x0))\" height=\"\(number(L.bar))\" fill=\"\(colour.fill)\" stroke=\"#ffffff\" stroke-width=\"1\"",
                              tooltip: "\(chart.segments[s]): \(self.value(value))"))
                let valueText = self.value(value)
                if x1 - x0 >= textWidth(valueText) + 6 {
                    d.add(text(valueText, x: (x0 + x1) / 2, y: rowTop + 18, anchor: .middle, fill: colour.text))
                }
            }
            d.add("<rect x=\"\(number(left))\" y=\"\(number(rowTop + 5))\" width=\"\(number(length))\" height=\"\(number(L.bar))\" fill=\"none\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>")
            d.add(text(value(values.reduce(0, +)), x: left + length + 6, y: rowTop + 18))
        }

        let legendTop = L.top + Double(rowCount) * L.row + 12
        let items = chart.segments.enumerated().map { s, name in (name: name, swatch: Swatch.block(fill: Palette.stage(s, of: segmentCount).fill)) }
        let legend = legend(items, top: legendTop, width: L.width)
        d.add(legend.lines)
        d.height = legendTop + legend.height + 4
        return d
    }
}
