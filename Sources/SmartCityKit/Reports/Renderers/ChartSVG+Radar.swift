import Foundation

extension ChartSVG {
    /// Radar layout, in `viewBox` units: 720 wide; 426 high plus 20 per legend row.
    enum RadarLayout {
        static let width = 720.0
        static let centreX = 360.0
        static let centreY = 210.0
        static let radius = 160.0
        static let labelGap = 14.0
        static let labelWidth = 22
        static let legendTop = 426.0
    }

    /// Axes evenly spaced clockwise from the top; a grid ring at each whole unit up to the
    /// maximum (5 rings above 10); the first series a translucent filled polygon, the others
    /// dashed outlines; a point with an "Axis: value" tooltip at each value.
    ///
    /// With fewer than 3 axes a polygon would collapse to a line: rings become circles and
    /// each series is drawn as spokes. A missing, NaN or infinite value counts as 0 in the
    /// shape and gets no point; values are clamped to 0 … maximum.
    static func radar(_ chart: RadarChart, cache: ChartCache? = nil) -> Drawing {
        typealias L = RadarLayout
        let count = chart.axes.count
        let series = chart.series.map { s in (0..<count).map { i in i < s.values.count ? finite(s.values[i]) : nil } }
        let maximum = positive(chart.maximum) ?? positive(series.joined().compactMap { $0 }.max()) ?? 1
        func point(_ axis: Int, _ value: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(count)
            let r = min(max(value, 0), maximum) / maximum * L.radius
            return (L.centreX + r * cos(angle), L.centreY + r * sin(angle))
        }
        var d = Drawing(width: L.width, height: L.legendTop)
        let (cx, cy) = (number(L.centreX), number(L.centreY))
        let key = RadarFrameKey(axes: chart.axes, maximum: maximum)
        if let frame = cache?.radarFrames[key] {
            d.add(frame)
        } else {
            let frame = radarFrame(chart.axes, maximum: maximum, point: point)
            cache?.radarFrames[key] = frame
            d.add(frame)
        }

        for (index, values) in series.enumerated() {
            let colour = Palette.colour(index)
            let dash = index == 0 ? "" : Palette.dash(index).map { " stroke-dasharray=\"\($0)\"" } ?? ""
            if count >= 3 {
                let shape = points(values.enumerated().map { point($0.offset, $0.element ?? 0) })
                let fill = index == 0 ? "fill=\"\(colour)\" fill-opacity=\"0.25\"" : "fill=\"none\""
                d.add("<polygon points=\"\(shape)\" \(fill) stroke=\"\(colour)\" stroke-width=\"2\" stroke-linejoin=\"round\"\(dash)/>")
            } else {
                // Spokes like bars: the first series wide and translucent, the others thin and dashed.
                let stroke = index == 0 ? "stroke-width=\"8\" stroke-opacity=\"0.6\"" : "stroke-width=\"2\""
                for (axis, value) in values.enumerated() {
                    let end = point(axis, value ?? 0)
                    d.add("<line x1=\"\(cx)\" y1=\"\(cy)\" x2=\"\(number(end.x))\" y2=\"\(number(end.y))\" stroke=\"\(colour)\" \(stroke)\(dash)/>")
                }
            }
            let multiple = chart.series.count > 1
            for (axis, value) in values.enumerated() {
                guard let value else { continue }
                let p = point(axis, value)
                let fill = index == 0 ? "fill=\"\(colour)\"" : "fill=\"#ffffff\" stroke=\"\(colour)\" stroke-width=\"1.5\""
                let tip = "\(chart.axes[axis]): \(self.value(value))" + (multiple ? " (\(chart.series[index].name))" : "")
                d.add(element("circle", "cx=\"\(number(p.x))\" cy=\"\(number(p.y))\" r=\"3.5\" \(fill)", tooltip: tip))
            }
        }

        let items = chart.series.enumerated().map { i, s in
            (name: s.name, swatch: Swatch.area(colour: Palette.colour(i), filled: i == 0, dash: i == 0 ? nil : Palette.dash(i)))
        }
        let legend = legend(items, top: L.legendTop, width: L.width)
        d.add(legend.lines)
        d.height = L.legendTop + legend.height + (legend.lines.isEmpty ? 0 : 4)
        return d
    }

    /// The grid, ring labels and axis labels of a radar: the same for every chart with the
    /// same axes and maximum, so a page set draws it once per `ChartCache`.
    static func radarFrame(_ axes: [String], maximum: Double, point: (Int, Double) -> (x: Double, y: Double)) -> [String] {
        typealias L = RadarLayout
        let count = axes.count
        let (cx, cy) = (number(L.centreX), number(L.centreY))
        var lines: [String] = []

        lines.append("<g fill=\"none\" stroke=\"\(Palette.grid)\" stroke-width=\"1\">")
        let rings = radarRings(maximum)
        for ring in rings {
            if count >= 3 {
                lines.append("  <polygon points=\"\(points((0..<count).map { point($0, ring) }))\"/>")
            } else {
                lines.append("  <circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"\(number(ring / maximum * L.radius))\"/>")
            }
        }
        for axis in 0..<count {
            let end = point(axis, maximum)
            lines.append("  <line x1=\"\(cx)\" y1=\"\(cy)\" x2=\"\(number(end.x))\" y2=\"\(number(end.y))\"/>")
        }
        lines.append("</g>")
        for ring in rings {
            lines.append(text(number(ring), x: L.centreX + 4, y: L.centreY - ring / maximum * L.radius - 3, size: 11, fill: Palette.muted))
        }

        for (i, axis) in axes.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(count)
            let (dx, dy) = (cos(angle), sin(angle))
            let x = L.centreX + (L.radius + L.labelGap) * dx
            let y = L.centreY + (L.radius + L.labelGap) * dy
            let anchor: Anchor = abs(dx) < 0.2 ? .middle : dx > 0 ? .start : .end
            let wrapped = wrap(axis, width: L.labelWidth, lines: 2)
            let extra = Double(max(wrapped.count - 1, 0)) * 14
            let baseline = dy < -0.2 ? y - 2 - extra : dy > 0.2 ? y + 10 : y + 4 - extra / 2
            lines.append(text(lines: wrapped, x: x, y: baseline, lineHeight: 14, anchor: anchor, tooltip: wrapped.joined(separator: " ") == axis ? nil : axis))
        }

        return lines
    }

    /// Ring values: each whole unit up to `maximum` and `maximum` itself when it is not
    /// whole; five even rings when `maximum` is above 10.
    static func radarRings(_ maximum: Double) -> [Double] {
        if maximum > 10 { return (1...5).map { maximum * Double($0) / 5 } }
        var rings = maximum >= 1 ? (1...Int(maximum.rounded(.down))).map(Double.init) : []
        if rings.last != maximum { rings.append(maximum) }
        return rings
    }
}
