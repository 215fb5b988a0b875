extension ChartSVG {
    /// Line layout, in `viewBox` units: 720 wide; the plot from (60, 16) to (700, 256),
    /// period labels below, the legend from y = 294 (20 per row).
    enum LineLayout {
        static let width = 720.0
        static let left = 60.0
        static let right = 700.0
        static let top = 16.0
        static let bottom = 256.0
        static let inset = 24.0
        static let periodBaseline = 274.0
        static let legendTop = 294.0
    }

    /// Periods along x by their `positions` in time when given (the forecast's date widening
    /// the span), else evenly spaced (a single one centred), y from `minimum` to `maximum`
    /// (widened by 1 when equal), one `<polyline>` per run of values between gaps, a point
    /// with a tooltip at each value, the target as a dashed line with its label, a legend
    /// below. A nil, NaN or infinite value is a gap; values beyond the range stop at its
    /// edge; values past the last period are ignored.
    static func line(_ chart: LineChart) -> Drawing {
        typealias L = LineLayout
        let count = chart.points.count
        var low = finite(chart.minimum) ?? 0
        var high = finite(chart.maximum) ?? low + 1
        if high < low { swap(&low, &high) }
        if high == low { high = low + 1 }
        let span = L.right - L.left - 2 * L.inset
        let positions = chart.positions.flatMap { $0.count == count ? $0 : nil }
        let first = positions?.first ?? 0
        let last = max(positions?.last ?? 0, chart.forecast?.position ?? 0)
        func at(_ position: Double) -> Double {
            last > first ? L.left + L.inset + span * (position - first) / (last - first) : (L.left + L.right) / 2
        }
        func x(_ i: Int) -> Double {
            if let positions { return at(positions[i]) }
            return count <= 1 ? (L.left + L.right) / 2 : L.left + L.inset + span * Double(i) / Double(count - 1)
        }
        func y(_ value: Double) -> Double {
            let share = (value - low) / (high - low)
            return L.bottom - (share.isFinite ? min(max(share, 0), 1) : 0) * (L.bottom - L.top)
        }
        var d = Drawing(width: L.width, height: L.legendTop)

        let ticks = self.ticks(from: low, to: high)
        d.add("<g stroke=\"\(Palette.grid)\" stroke-width=\"1\">")
        for tick in ticks {
            let ty = number(y(tick))
            d.add("  <line x1=\"\(number(L.left))\" y1=\"\(ty)\" x2=\"\(number(L.right))\" y2=\"\(ty)\"/>")
        }
        d.add("</g>")
        for tick in ticks {
            d.add(text(number(tick), x: L.left - 8, y: y(tick) + 4, anchor: .end, size: 11, fill: Palette.muted))
        }
        d.add("<line x1=\"\(number(L.left))\" y1=\"\(number(L.bottom))\" x2=\"\(number(L.right))\" y2=\"\(number(L.bottom))\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>")
        let spacing = count > 1 ? span / Double(count - 1) : L.right - L.left
        let limit = max(3, Int((positions == nil ? spacing : span) / 6.5))
        // A label that would overlap the one before it is left out (the point keeps its tooltip).
        var labelEnd = -Double.infinity
        for (i, period) in chart.points.enumerated() {
            let shown = truncate(period, to: limit)
            let half = textWidth(shown) / 2
            guard x(i) - half > labelEnd + 4 else { continue }
            labelEnd = x(i) + half
            d.add(text(shown, x: x(i), y: L.periodBaseline, anchor: .middle, tooltip: shown == period ? nil : period))
        }
        for b in chart.breaks where b.index > 0 && b.index < count {
            let bx = number((x(b.index - 1) + x(b.index)) / 2)
            d.add(element("line", "x1=\"\(bx)\" y1=\"\(number(L.top))\" x2=\"\(bx)\" y2=\"\(number(L.bottom))\" stroke=\"\(Palette.axis)\" stroke-width=\"1\" stroke-dasharray=\"2 3\"",
                          tooltip: b.label))
            d.add(text(truncate(b.label, to: 40), x: (x(b.index - 1) + x(b.index)) / 2 + 4, y: L.top + 12, anchor: .start, size: 11, fill: Palette.muted,
                       tooltip: b.label.count > 40 ? b.label : nil))
        }

        if let target = finite(chart.target) {
            let ty = number(y(target))
            let label = chart.targetLabel ?? value(target)
            d.add(element("line", "x1=\"\(number(L.left))\" y1=\"\(ty)\" x2=\"\(number(L.right))\" y2=\"\(ty)\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"",
                          tooltip: chart.targetLabel.map { "\($0): \(value(target))" } ?? value(target)))
            d.add(text(truncate(label, to: 60), x: L.right, y: y(target) - 6, anchor: .end, tooltip: label.count > 60 ? label : nil))
        }

        let multiple = chart.series.count > 1
        for (index, series) in chart.series.enumerated() {
            let colour = Palette.colour(index)
            let dash = Palette.dash(index).map { " stroke-dasharray=\"\($0)\"" } ?? ""
            let values = (0..<count).map { $0 < series.values.count ? finite(series.values[$0]) : nil }
            var run: [(x: Double, y: Double)] = []
            for i in 0...count {
                if i < count, let value = values[i] {
                    run.append((x(i), y(value)))
                    continue
                }
                if run.count > 1 {
                    d.add("<polyline points=\"\(points(run))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\"\(dash)/>")
                }
                run = []
            }
            let fill = index == 0 ? "fill=\"\(colour)\"" : "fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"1.5\""
            for (i, value) in values.enumerated() {
                guard let value else { continue }
                let tip = "\(chart.points[i]): \(self.value(value))" + (multiple ? " (\(series.name))" : "")
                d.add(element("circle", "cx=\"\(number(x(i)))\" cy=\"\(number(y(value)))\" r=\"4\" \(fill)", tooltip: tip))
            }
        }

        if let f = chart.forecast, f.from < count, let start = chart.series.lazy.compactMap({ $0.values.count > f.from ? finite($0.values[f.from]) : nil }).first,
           let end = finite(f.value) {
            let fx = at(f.position)
            d.add(element("polyline", "points=\"\(points([(x(f.from), y(start)), (fx, y(end))]))\" fill=\"none\" stroke=\"\(Palette.colour(0))\" stroke-width=\"2\" stroke-dasharray=\"6 4\"",
                          tooltip: f.label))
            d.add(element("circle", "cx=\"\(number(fx))\" cy=\"\(number(y(end)))\" r=\"4\" fill=\"#ffffff\" stroke=\"\(Palette.colour(0))\" stroke-width=\"1.5\"", tooltip: f.label))
            d.add(text(f.mark, x: fx, y: y(end) + 18, anchor: fx > L.right - 60 ? .end : .middle, size: 11, fill: Palette.muted, tooltip: f.label))
        }

        var items = chart.series.enumerated().map { i, s in (name: s.name, swatch: Swatch.line(colour: Palette.colour(i), dash: Palette.dash(i))) }
        if let f = chart.forecast { items.append((name: f.legend, swatch: Swatch.line(colour: Palette.colour(0), dash: "6 4"))) }
        let legend = legend(items, top: L.legendTop, width: L.width)
        d.add(legend.lines)
        d.height = L.legendTop + legend.height + (legend.lines.isEmpty ? 0 : 4)
        return d
    }
}
