extension ChartSVG {
    /// Gantt layout, in `viewBox` units: a label column, then 960 units of time axis.
    enum GanttLayout {
        static let labelWidth = 230.0
        static let plotWidth = 760.0
        static let rowHeight = 18.0
        static let barHeight = 12.0
        static let top = 28.0
    }

    /// One row per label with its bars on a shared time axis; bars coloured by series, each
    /// with a tooltip; a tick at every sixth unit (every half year for months), grid lines
    /// under the bars; legend below.
    static func gantt(_ chart: GanttChart) -> Drawing {
        typealias L = GanttLayout
        let horizon = max(chart.units.count, (chart.bars.map(\.end).max() ?? 0), 1)
        let scale = L.plotWidth / Double(horizon)
        let height = L.top + Double(chart.rows.count) * L.rowHeight + 8
        var d = Drawing(width: L.labelWidth + L.plotWidth + 20, height: height)
        let step = horizon > 36 ? 12 : 6
        d.add("<g stroke=\"\(Palette.grid)\" stroke-width=\"1\">")
        for t in stride(from: 0, through: horizon, by: step) {
            let x = number(L.labelWidth + Double(t) * scale)
            d.add("  <line x1=\"\(x)\" y1=\"\(number(L.top - 4))\" x2=\"\(x)\" y2=\"\(number(height - 8))\"/>")
        }
        d.add("</g>")
        for t in stride(from: 0, to: horizon, by: step) where t < chart.units.count {
            d.add(text(chart.units[t], x: L.labelWidth + Double(t) * scale + 2, y: L.top - 8, size: 11, fill: Palette.muted))
        }
        for (i, row) in chart.rows.enumerated() {
            let y = L.top + Double(i) * L.rowHeight
            // Cut only what the label column cannot hold (text at 11 of 12 units; the estimate
            // is generous, so a label never runs off the left edge).
            let room = L.labelWidth - 12
            let label = textWidth(row) * 11 / 12 <= room ? row : truncate(row, to: Int(room / 6.5))
            d.add(text(label, x: L.labelWidth - 6, y: y + L.barHeight - 2, anchor: .end, size: 11, tooltip: label == row ? nil : row))
        }
        for bar in chart.bars where bar.row < chart.rows.count {
            let x = L.labelWidth + Double(max(bar.start, 0)) * scale
            let w = max(Double(bar.end - bar.start) * scale - 1, 1)
            let y = L.top + Double(bar.row) * L.rowHeight
            d.add(element("rect", "x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(w))\" height=\"\(number(L.barHeight))\" fill=\"\(Palette.colour(bar.series))\" fill-opacity=\"0.85\"",
                          tooltip: bar.label))
        }
        let legend = legend(chart.series.enumerated().map { (name: $1, swatch: Swatch.block(fill: Palette.colour($0))) }, top: height, width: d.width)
        d.add(legend.lines)
        d.height = height + legend.height + (legend.lines.isEmpty ? 0 : 4)
        return d
    }
}
