import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SmartCityKit

/// `ChartSVG`: golden files for one chart of each kind, properties every chart must have
/// (well-formed, escaped, tidy numbers, deterministic, named), and the edge cases.
@Suite struct ChartSVGTests {
    // MARK: Golden

    @Test(arguments: ChartSVGSample.golden)
    func golden(_ sample: ChartSVGSample) {
        Golden.check(ChartSVG.render(sample.chart), against: "chart-\(sample.name).svg")
    }

    /// Time-scaled: 6 months and 6 years are not drawn the same width; a method change is a
    /// marked break no line crosses; a forecast is a dashed line to its date and value.
    @Test func trendsAreScaledInTimeWithBreaksAndForecasts() throws {
        let chart = LineChart(title: "t", description: "d", points: ["2019-09", "2020-03", "2026-06"],
                              series: [ChartSeries(name: "A", values: [2, 3, nil]), ChartSeries(name: "B", values: [nil, nil, 2.5])],
                              minimum: 1, maximum: 5, positions: [0, 182, 2465], breaks: [ChartBreak(index: 2, label: "method changes: B")],
                              forecast: ChartForecast(from: 1, position: 3000, value: 4, legend: "forecast", mark: "May 2028", label: "forecast: 4 in May 2028"))
        let svg = ChartSVG.render(.line(chart))
        let circles = try ParsedSVG(svg).elements.filter { $0.name == "circle" }.compactMap { $0.attributes["cx"].flatMap(Double.init) }
        // The plot spans 84–676 over 0–3000 days: 182 days lie at 84 + 592 × 182/3000 ≈ 119.9.
        #expect(circles.count == 4 && circles[0] == 84 && abs(circles[1] - 119.9) < 0.11 && abs(circles[2] - (84 + 592 * 2465 / 3000.0)) < 0.11)
        #expect(circles[3] == 676)
        #expect(svg.contains("stroke-dasharray=\"2 3\"") && svg.contains(">method changes: B<"))
        #expect(svg.contains("stroke-dasharray=\"6 4\"") && svg.contains(">May 2028<") && svg.contains(">forecast</text>"))
        // One line per series: nothing joins 2020-03 and 2026-06 across the break.
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
    }

    // MARK: Properties of every chart

    @Test(arguments: ChartSVGSample.all)
    func wellFormedWithTitleAndDescFirst(_ sample: ChartSVGSample) throws {
        let svg = ChartSVG.render(sample.chart)
        let parsed = try ParsedSVG(svg)
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg" && root.depth == 0)
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["style"] == "max-width:100%;height:auto")
        #expect(root.attributes["width"] == nil && root.attributes["height"] == nil)
        let box = try #require(root.attributes["viewBox"]).split(separator: " ").compactMap { Double($0) }
        #expect(box.count == 4 && box[0] == 0 && box[1] == 0 && box[2] > 0 && box[3] > 0)
        try #require(parsed.elements.count >= 3)
        let title = parsed.elements[1], desc = parsed.elements[2]
        #expect(title.name == "title" && title.depth == 1 && title.text == sample.chart.title)
        #expect(desc.name == "desc" && desc.depth == 1 && desc.text == sample.chart.description)
        let id = ChartSVG.identifier(for: sample.chart)
        #expect(title.attributes["id"] == "\(id)-title" && root.attributes["aria-labelledby"] == "\(id)-title")
        #expect(desc.attributes["id"] == "\(id)-desc" && root.attributes["aria-describedby"] == "\(id)-desc")
        #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>\n"))
    }

    @Test(arguments: ChartSVGSample.all)
    func numbersHaveAtMostOneDecimal(_ sample: ChartSVGSample) throws {
        let parsed = try ParsedSVG(ChartSVG.render(sample.chart))
        let numeric = ["x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "font-size", "stroke-width"]
        var checked = 0
        for element in parsed.elements {
            var values = numeric.compactMap { element.attributes[$0] }
            values += (element.attributes["points"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            values += (element.attributes["viewBox"] ?? "").split(separator: " ").map(String.init)
            for value in values {
                #expect(Self.isTidy(value), "\(element.name): \(value)")
                checked += 1
            }
        }
        #expect(checked > 4)
    }

    @Test(arguments: ChartSVGSample.all)
    func sameChartSameBytes(_ sample: ChartSVGSample) {
        let first = ChartSVG.render(sample.chart)
        #expect(!first.isEmpty)
        #expect(ChartSVG.render(sample.chart) == first)
    }

    @Test(arguments: ChartSVGSample.hostile)
    func hostileTextIsEscaped(_ sample: ChartSVGSample) throws {
        let svg = ChartSVG.render(sample.chart)
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains("&quot;onload=&quot;x"))
        #expect(svg.contains("Tom &amp; Jerry&#39;s"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("\"onload="))
        #expect(!svg.contains("Tom & "))
        let parsed = try ParsedSVG(svg)
        #expect(!parsed.elements.contains { $0.name == "script" || $0.attributes.keys.contains("onload") })
        // Decoded again, the text is intact: escaping lost nothing.
        let texts = parsed.elements.map(\.text)
        #expect(texts.contains { $0.contains(ChartSVGSample.script) })
        #expect(texts.contains { $0.contains(ChartSVGSample.attribute) })
    }

    @Test(arguments: ChartSVGSample.nonFinite)
    func noNaNOrInfinityReachesTheOutput(_ sample: ChartSVGSample) throws {
        let svg = ChartSVG.render(sample.chart).lowercased()
        #expect(!svg.contains("nan"))
        #expect(!svg.contains("inf"))
        _ = try ParsedSVG(svg)
    }

    @Test func hugeValuesStillDrawAtFullLength() throws {
        let bars = try ParsedSVG(ChartSVG.render(ChartSVGSample.nonFinite[3].chart)).all("rect")
        #expect(bars.count == 2 && Double(bars[0].attributes["width"] ?? "") ?? 0 > 300)
        let radar = ReportChart.radar(RadarChart(title: "R", description: "d", axes: ["A", "B", "C"], maximum: .greatestFiniteMagnitude,
                                                 series: [ChartSeries(name: "S", values: [.greatestFiniteMagnitude, 0, 0])]))
        let top = try #require(try ParsedSVG(ChartSVG.render(radar)).all("circle").first)
        #expect(top.attributes["cy"] == "50")
    }

    // MARK: Ids, numbers, text

    @Test func idsAreStableSlugsWithAHash() {
        let id = ChartSVG.identifier(for: ChartSVGSample.radar)
        #expect(id.hasPrefix("chart-skor-dimensi-dan-domain-"))
        let hash = id.split(separator: "-").last ?? ""
        #expect(hash.count == 8 && hash.allSatisfy(\.isHexDigit))
        #expect(id.count <= "chart-".count + 32 + 9)
        #expect(ChartSVG.identifier(for: ChartSVGSample.radar) == id)
        #expect(ChartSVG.identifier(for: ChartSVGSample.bars) != id)
        // Same title, different content: different ids.
        let a = ReportChart.bar(BarChart(title: "Skor", description: "OPD A", labels: [], values: [], maximum: nil, valueLabels: []))
        let b = ReportChart.bar(BarChart(title: "Skor", description: "OPD B", labels: [], values: [], maximum: nil, valueLabels: []))
        #expect(ChartSVG.identifier(for: a) != ChartSVG.identifier(for: b))
        let hostile = ChartSVG.identifier(for: ChartSVGSample.hostile[0].chart)
        #expect(hostile.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(ChartSVG.fnv1a("") == 0x811C_9DC5 && ChartSVG.fnv1a("a") == 0xE40C_292C)
    }

    @Test(arguments: [
        (0, "0"), (-0.0, "0"), (2, "2"), (2.04, "2"), (0.05, "0.1"), (-0.05, "-0.1"), (-0.04, "0"), (1.25, "1.3"),
        (-1.25, "-1.3"), (0.35, "0.4"), (0.45, "0.5"), (-0.45, "-0.5"), (0.449, "0.4"), (4503599627370495.5, "4503599627370496"), (123456.78, "123456.8"), (1e-9, "0"), (1e20, "100000000000000000000"),
        (.nan, "0"), (.infinity, "0"), (-.infinity, "0"), (.greatestFiniteMagnitude, String(format: "%.0f", Double.greatestFiniteMagnitude)),
    ] as [(Double, String)])
    func numberFormat(_ value: Double, _ expected: String) {
        #expect(ChartSVG.number(value) == expected)
    }

    @Test(arguments: [(2.41, "2.41"), (2.405, "2.41"), (-2.405, "-2.41"), (3.1, "3.1"), (3, "3"), (0.004, "0"), (-0.004, "0"), (1.005, "1.01"), (2.675, "2.68"), (2.6749, "2.67"),
                      (.nan, "0")] as [(Double, String)])
    func valueFormat(_ value: Double, _ expected: String) {
        #expect(ChartSVG.value(value) == expected)
    }

    @Test func escapingCoversTheFiveCharactersAndDropsForbiddenControls() {
        #expect(ChartSVG.escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f")
        #expect(ChartSVG.escape("x\u{0}\u{8}y\u{1B}z\n") == "xyz\n")
        #expect(ChartSVG.escape("Ketahanan Pangan · 5 ≥ 4") == "Ketahanan Pangan · 5 ≥ 4")
    }

    @Test func wrappingAndTruncation() {
        #expect(ChartSVG.truncate(String(repeating: "a", count: 45), to: 40) == String(repeating: "a", count: 39) + "…")
        #expect(ChartSVG.truncate("short", to: 40) == "short")
        #expect(ChartSVG.wrap("SPBE.1 Kebijakan Internal SPBE", width: 22, lines: 2) == ["SPBE.1 Kebijakan", "Internal SPBE"])
        #expect(ChartSVG.wrap("one two three four five six seven", width: 9, lines: 2) == ["one two", "three fo…"])
        #expect(ChartSVG.wrap("", width: 9, lines: 2).isEmpty)
    }

    // MARK: Radar

    @Test func radarDrawsRingsSeriesAndPointsClockwiseFromTheTop() throws {
        let parsed = try ParsedSVG(ChartSVG.render(ChartSVGSample.radar))
        let polygons = parsed.all("polygon")
        // Five grid rings (maximum 5) and two series.
        #expect(polygons.count == 7)
        let own = polygons[5], target = polygons[6]
        #expect(own.attributes["fill-opacity"] == "0.25" && own.attributes["stroke-dasharray"] == nil)
        #expect(target.attributes["fill"] == "none" && target.attributes["stroke-dasharray"] != nil)
        let points = parsed.all("circle")
        #expect(points.count == 20)
        #expect(points[0].tooltip == "Smart Governance: 3.2 (Skor OPD)")
        // The first axis points straight up, the third of ten to the right of the centre.
        #expect(points[0].attributes["cx"] == "360" && points[0].attributes["cy"] == "107.6")
        #expect(Double(points[2].attributes["cx"] ?? "") ?? 0 > 360)
        let legend = parsed.all("text").map(\.text)
        #expect(legend.contains("Skor OPD") && legend.contains("Target 2025"))
    }

    @Test(arguments: [(5.0, ["1", "2", "3", "4", "5"]), (3.5, ["1", "2", "3", "3.5"]), (20, ["4", "8", "12", "16", "20"]), (0.5, ["0.5"])] as [(Double, [String])])
    func radarRings(_ maximum: Double, _ labels: [String]) {
        #expect(ChartSVG.radarRings(maximum).map(ChartSVG.number) == labels)
    }

    @Test func emptyRadarIsJustItsName() throws {
        let parsed = try ParsedSVG(ChartSVG.render(ChartSVGSample.emptyRadar))
        #expect(parsed.all("polygon").isEmpty && parsed.all("rect").isEmpty && parsed.all("line").isEmpty)
        // Only the five grid rings, as circles; no point, no legend.
        #expect(parsed.all("circle").count == 5 && parsed.all("circle").allSatisfy { $0.tooltip == nil })
        #expect(parsed.elements[1].text == "Radar kosong")
    }

    @Test(arguments: [1, 2])
    func radarWithFewAxesDrawsSpokes(_ axes: Int) throws {
        let chart = ReportChart.radar(RadarChart(title: "Dua sumbu", description: "d", axes: Array(["A", "B"].prefix(axes)), maximum: 4,
                                                 series: [ChartSeries(name: "OPD", values: [2, 3]), ChartSeries(name: "Target", values: [3, 3])]))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        #expect(parsed.all("polygon").isEmpty)
        // Grid circles (4) and one point per series and axis.
        #expect(parsed.all("circle").count == 4 + 2 * axes)
        let spokes = parsed.all("line").filter { $0.attributes["stroke"] == "#1f5fa8" || $0.attributes["stroke"] == "#d55e00" }
        #expect(spokes.count == 2 * axes)
        #expect(spokes.last?.attributes["stroke-dasharray"] != nil)
    }

    @Test func radarValuesMissingOrNotFiniteGetNoPoint() throws {
        let chart = ReportChart.radar(RadarChart(title: "Celah", description: "d", axes: ["A", "B", "C", "D"], maximum: 5,
                                                 series: [ChartSeries(name: "OPD", values: [2, nil, .nan])]))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        #expect(parsed.all("circle").map(\.tooltip) == ["A: 2"])
        // The shape still has a vertex per axis, at the centre where there is no value.
        let shape = try #require(parsed.all("polygon").last?.attributes["points"])
        #expect(shape == "360,146 360,210 360,210 360,210")
    }

    // MARK: Bars

    @Test func allZeroBarsUseAnAxisOfOne() throws {
        let parsed = try ParsedSVG(ChartSVG.render(ChartSVGSample.zeroBars))
        let bars = parsed.all("rect")
        #expect(bars.count == 3)
        #expect(bars.allSatisfy { $0.attributes["width"] == "0" })
        #expect(parsed.all("text").map(\.text).contains("1"))
    }

    @Test func barsClampNegativeAndNotFiniteValuesAndUseTheShorterList() throws {
        let chart = ReportChart.bar(BarChart(title: "Batang", description: "d", labels: ["A", "B", "C", "D"], values: [-3, .nan, 5, 12, 99],
                                             maximum: 10, valueLabels: ["-3"]))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        let bars = parsed.all("rect")
        let widths = bars.compactMap { $0.attributes["width"].flatMap(Double.init) }
        try #require(widths.count == 4)
        // Negative and NaN draw as 0, 5 of 10 is half the axis, 12 stops at its end.
        #expect(widths[0] == 0 && widths[1] == 0 && widths[3] > 300 && abs(widths[2] * 2 - widths[3]) <= 0.2)
        // A given value label is written as given; a missing one is the formatted value.
        #expect(bars.map(\.tooltip) == ["A: -3", "B: 0", "C: 5", "D: 12"])
    }

    @Test func longBarLabelsAreCutWithTheFullTextAsTooltip() throws {
        let long = "Dinas Pekerjaan Umum dan Penataan Ruang Kota Malang"
        let chart = ReportChart.bar(BarChart(title: "Panjang", description: "d", labels: [long], values: [1], maximum: nil, valueLabels: ["1"]))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        let label = try #require(parsed.all("text").first { $0.text.hasSuffix("…") })
        #expect(label.text == String(long.prefix(39)) + "…" && label.tooltip == long)
        #expect(parsed.all("rect").first?.tooltip == "\(long): 1")
    }

    // MARK: Stacked bars

    @Test func stackedRowsAreSharesOfTheirTotal() throws {
        let parsed = try ParsedSVG(ChartSVG.render(ChartSVGSample.stacked))
        let segments = parsed.all("rect").filter { $0.tooltip != nil }
        let row = try #require(parsed.all("rect").first { $0.attributes["fill"] == "none" }?.attributes["width"].flatMap(Double.init))
        // Row 1: 1, 3, 4, 2, 0 of 10 across the row; the zero segment is not drawn.
        let widths = segments.prefix(4).compactMap { $0.attributes["width"].flatMap(Double.init) }
        #expect(widths.count == 4 && zip(widths, [1.0, 3, 4, 2]).allSatisfy { abs($0 - row * $1 / 10) <= 0.1 })
        #expect(segments.count == 4 + 4 + 5)
        #expect(segments.first?.tooltip == "0 Belum ada: 1")
        #expect(segments.first?.attributes["fill"] == "#deebf7")
        #expect(segments.contains { $0.attributes["fill"] == "#08306b" && $0.tooltip == "4 Kolaborasi: 2" })
        let texts = parsed.all("text").map(\.text)
        #expect(["0 Belum ada", "1 Informasi", "2 Interaksi", "3 Transaksi", "4 Kolaborasi"].allSatisfy(texts.contains))
    }

    @Test func stackedRowWithZeroTotalIsAnEmptyOutline() throws {
        let chart = ReportChart.stackedBar(StackedBarChart(title: "Kosong", description: "d", rows: ["A", "B", "C"], segments: ["x", "y"],
                                                           values: [[0, 0], [1, -2, 7], [.infinity, .nan]]))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        #expect(parsed.all("rect").filter { $0.tooltip != nil }.map(\.tooltip) == ["x: 1"])
        let outlines = parsed.all("rect").filter { $0.attributes["fill"] == "none" }
        #expect(outlines.count == 3)
    }

    // MARK: Lines

    @Test func singlePointIsCentred() throws {
        let parsed = try ParsedSVG(ChartSVG.render(ChartSVGSample.singlePoint))
        let point = try #require(parsed.all("circle").first)
        #expect(point.attributes["cx"] == "380")
        #expect(point.tooltip == "2024: 3")
        #expect(parsed.all("polyline").isEmpty)
    }

    @Test(arguments: [([1, 2, nil, 3, 4], 2, 4), ([1, nil, 2], 0, 2), ([1, 2, 3], 1, 3), ([nil, nil, nil], 0, 0), ([1, .nan, 2, 3], 1, 3)] as [([Double?], Int, Int)])
    func linesBreakAtGaps(_ values: [Double?], _ polylines: Int, _ points: Int) throws {
        let chart = ReportChart.line(LineChart(title: "Celah", description: "d", points: values.indices.map { "P\($0)" },
                                               series: [ChartSeries(name: "Kota", values: values)], minimum: 0, maximum: 5))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        #expect(parsed.all("polyline").count == polylines)
        #expect(parsed.all("circle").count == points)
    }

    @Test func lineTargetIsADashedLabelledLine() throws {
        let parsed = try ParsedSVG(ChartSVG.render(ChartSVGSample.line))
        let target = try #require(parsed.all("line").first { $0.tooltip != nil })
        #expect(target.attributes["stroke-dasharray"] == "6 4" && target.tooltip == "Target RPJMD 2026: 3.5")
        // 3.5 on 1 … 5 across 240 units from y = 256.
        #expect(target.attributes["y1"] == "106")
        #expect(parsed.all("text").contains { $0.text == "Target RPJMD 2026" })
        // The second series is dashed, and its gap leaves it two points and no line.
        #expect(parsed.all("polyline").count == 1)
        #expect(parsed.all("circle").filter { $0.tooltip?.hasSuffix("(Indeks smart city)") == true }.count == 2)
    }

    @Test func equalLineBoundsAreWidenedAndExtraValuesIgnored() throws {
        let chart = ReportChart.line(LineChart(title: "Datar", description: "d", points: ["A", "B"],
                                               series: [ChartSeries(name: "Kota", values: [3, 3, 9])], minimum: 3, maximum: 3))
        let parsed = try ParsedSVG(ChartSVG.render(chart))
        #expect(parsed.all("circle").map { $0.attributes["cy"] } == ["256", "256"])
        let ticks = parsed.all("text").map(\.text)
        #expect(ticks.contains("3") && ticks.contains("4"))
    }

    static func isTidy(_ value: String) -> Bool {
        guard value != "-0", let number = Double(value), number.isFinite else { return false }
        let body = value.hasPrefix("-") ? value.dropFirst() : Substring(value)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber) else { return false }
        guard whole == "0" || !whole.hasPrefix("0") else { return false }
        return parts.count == 1 || (parts.count == 2 && parts[1].count == 1 && parts[1] != "0" && parts[1].allSatisfy(\.isNumber))
    }
}

/// A named chart for parameterised tests.
struct ChartSVGSample: Sendable, CustomTestStringConvertible {
    var name: String
    var chart: ReportChart
    var testDescription: String { name }

    static let radar = ReportChart.radar(RadarChart(
        title: "Skor dimensi dan domain — Dinas Komunikasi dan Informatika",
        description: "Skor enam dimensi smart city dan empat domain SPBE, skala 0 sampai 5, dengan target 3 untuk setiap sumbu.",
        axes: ["Smart Governance", "Smart Branding", "Smart Economy", "Smart Living", "Smart Society", "Smart Environment",
               "SPBE.1 Kebijakan Internal SPBE", "SPBE.2 Tata Kelola SPBE", "SPBE.3 Manajemen SPBE", "SPBE.4 Layanan SPBE"],
        maximum: 5,
        series: [ChartSeries(name: "Skor OPD", values: [3.2, 2.4, 2.9, 3.6, 2.1, 2.75, 3.1, 2.6, 1.8, 2.45]),
                 ChartSeries(name: "Target 2025", values: Array(repeating: 3, count: 10))]))

    static let bars = ReportChart.bar(BarChart(
        title: "OPD per predikat", description: "Jumlah OPD per predikat indeks SPBE: Kurang 2; Cukup 17; Baik 21; Sangat Baik 4; Memuaskan 1.",
        labels: ["Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"], values: [2, 17, 21, 4, 1], maximum: nil,
        valueLabels: ["2 OPD", "17 OPD", "21 OPD", "4 OPD", "1 OPD"]))

    static let stacked = ReportChart.stackedBar(StackedBarChart(
        title: "Layanan per tahap", description: "Jumlah layanan per tahap kematangan untuk tiga OPD.",
        rows: ["Dinas Kesehatan", "Dinas Kependudukan dan Pencatatan Sipil", "Badan Pendapatan Daerah"],
        segments: ["0 Belum ada", "1 Informasi", "2 Interaksi", "3 Transaksi", "4 Kolaborasi"],
        values: [[1, 3, 4, 2, 0], [0, 1, 2, 5, 2], [2, 2, 1, 3, 1]]))

    static let line = ReportChart.line(LineChart(
        title: "Indeks kota 2022–2024", description: "Indeks SPBE 2,41; 2,78; 3,05. Indeks smart city 2,10; tidak dinilai; 2,95.",
        points: ["2022", "2023", "2024"],
        series: [ChartSeries(name: "Indeks SPBE", values: [2.41, 2.78, 3.05]), ChartSeries(name: "Indeks smart city", values: [2.1, nil, 2.95])],
        minimum: 1, maximum: 5, target: 3.5, targetLabel: "Target RPJMD 2026"))

    static let emptyRadar = ReportChart.radar(RadarChart(title: "Radar kosong", description: "Tidak ada sumbu.", axes: [], maximum: 5, series: []))
    static let zeroBars = ReportChart.bar(BarChart(title: "Nol", description: "Semua nol.", labels: ["A", "B", "C"], values: [0, 0, 0],
                                                   maximum: nil, valueLabels: ["0", "0", "0"]))
    static let singlePoint = ReportChart.line(LineChart(title: "Satu titik", description: "Satu periode.", points: ["2024"],
                                                        series: [ChartSeries(name: "Kota", values: [3])], minimum: 1, maximum: 5))

    static let golden = [
        ChartSVGSample(name: "radar", chart: radar), ChartSVGSample(name: "bar", chart: bars),
        ChartSVGSample(name: "stacked-bar", chart: stacked), ChartSVGSample(name: "line", chart: line),
    ]

    static let script = "<script>alert(1)</script>"
    static let attribute = "\"onload=\"x"
    static let hostile: [ChartSVGSample] = {
        let (s, a, t) = (script, attribute, "Tom & Jerry's")
        return [
            ChartSVGSample(name: "hostile radar", chart: .radar(RadarChart(title: s, description: a, axes: [s, a, t], maximum: 5,
                                                                           series: [ChartSeries(name: s, values: [1, 2, 3]), ChartSeries(name: a, values: [3, 3, 3])]))),
            ChartSVGSample(name: "hostile bar", chart: .bar(BarChart(title: a, description: s, labels: [s, a, t], values: [1, 2, 3], maximum: nil,
                                                                     valueLabels: [s, a, t]))),
            ChartSVGSample(name: "hostile stacked", chart: .stackedBar(StackedBarChart(title: t, description: s, rows: [s, a], segments: [s, a, t],
                                                                                       values: [[1, 2, 3], [0, 0, 0]]))),
            ChartSVGSample(name: "hostile line", chart: .line(LineChart(title: s, description: t, points: [s, a], series: [ChartSeries(name: a, values: [1, 2])],
                                                                        minimum: 0, maximum: 5, target: 3, targetLabel: s))),
        ]
    }()

    static let nonFinite: [ChartSVGSample] = [
        ChartSVGSample(name: "radar NaN", chart: .radar(RadarChart(title: "R", description: "d", axes: ["A", "B", "C"], maximum: .nan,
                                                                   series: [ChartSeries(name: "S", values: [.nan, .infinity, -.infinity])]))),
        ChartSVGSample(name: "radar infinite maximum", chart: .radar(RadarChart(title: "R", description: "d", axes: ["A", "B", "C"], maximum: .infinity,
                                                                                series: [ChartSeries(name: "S", values: [1, 2, .nan])]))),
        ChartSVGSample(name: "bar NaN", chart: .bar(BarChart(title: "B", description: "d", labels: ["A", "B", "C"], values: [.nan, .infinity, -1],
                                                             maximum: .nan, valueLabels: []))),
        ChartSVGSample(name: "bar huge", chart: .bar(BarChart(title: "B", description: "d", labels: ["A", "B"], values: [.greatestFiniteMagnitude, 1],
                                                              maximum: nil, valueLabels: []))),
        ChartSVGSample(name: "stacked NaN", chart: .stackedBar(StackedBarChart(title: "S", description: "d", rows: ["A", "B"], segments: ["x", "y"],
                                                                               values: [[.nan, .infinity], [.greatestFiniteMagnitude, .greatestFiniteMagnitude]]))),
        ChartSVGSample(name: "line NaN", chart: .line(LineChart(title: "L", description: "d", points: ["A", "B", "C"],
                                                                series: [ChartSeries(name: "S", values: [.nan, 2, .infinity])],
                                                                minimum: -.infinity, maximum: .nan, target: .nan, targetLabel: nil))),
        ChartSVGSample(name: "line widest range", chart: .line(LineChart(title: "L", description: "d", points: ["A", "B"],
                                                                         series: [ChartSeries(name: "S", values: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude])],
                                                                         minimum: -.greatestFiniteMagnitude, maximum: .greatestFiniteMagnitude, target: 0))),
    ]

    static let edges: [ChartSVGSample] = [
        ChartSVGSample(name: "empty radar", chart: emptyRadar),
        ChartSVGSample(name: "radar one axis", chart: .radar(RadarChart(title: "1", description: "d", axes: ["A"], maximum: 5, series: [ChartSeries(name: "S", values: [2])]))),
        ChartSVGSample(name: "radar no series", chart: .radar(RadarChart(title: "0", description: "d", axes: ["A", "B", "C"], maximum: 12, series: []))),
        ChartSVGSample(name: "all-zero bars", chart: zeroBars),
        ChartSVGSample(name: "empty bars", chart: .bar(BarChart(title: "", description: "", labels: [], values: [], maximum: nil, valueLabels: []))),
        ChartSVGSample(name: "empty stacked", chart: .stackedBar(StackedBarChart(title: "S", description: "d", rows: [], segments: [], values: []))),
        ChartSVGSample(name: "single point", chart: singlePoint),
        ChartSVGSample(name: "empty line", chart: .line(LineChart(title: "L", description: "d", points: [], series: [], minimum: 0, maximum: 0))),
        ChartSVGSample(name: "many segments", chart: .stackedBar(StackedBarChart(title: "M", description: "d", rows: ["A"], segments: (0..<11).map { "s\($0)" },
                                                                                 values: [Array(repeating: 1, count: 11)]))),
    ]

    static let all = golden + edges + hostile + nonFinite
}

/// An SVG read back with Foundation's `XMLParser`: its elements in document order, each with
/// its depth, attributes, own text and the text of its `<title>` child.
private struct ParsedSVG {
    struct Element {
        var name: String
        var depth: Int
        var attributes: [String: String]
        var text = ""
        var tooltip: String?
    }

    var elements: [Element]

    init(_ svg: String) throws {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = ChartSVGXMLCollector()
        parser.delegate = collector
        let ok = parser.parse()
        try #require(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)")
        elements = collector.elements
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}

private final class ChartSVGXMLCollector: NSObject, XMLParserDelegate {
    var elements: [ParsedSVG.Element] = []
    var open: [Int] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        elements.append(ParsedSVG.Element(name: elementName, depth: open.count, attributes: attributeDict))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        let closed = open.removeLast()
        if elementName == "title", let parent = open.last { elements[parent].tooltip = elements[closed].text }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }
}
