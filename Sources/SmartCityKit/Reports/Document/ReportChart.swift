/// A chart as data; `ChartSVG` draws it. Values are plain `Double`s: charts only plot, and
/// every decision was taken on exact values before.
public enum ReportChart: Sendable, Hashable {
    case radar(RadarChart)
    case bar(BarChart)
    case stackedBar(StackedBarChart)
    case line(LineChart)
    case gantt(GanttChart)

    /// The chart's title, also its accessible name.
    public var title: String {
        switch self {
        case .radar(let c): return c.title
        case .bar(let c): return c.title
        case .stackedBar(let c): return c.title
        case .line(let c): return c.title
        case .gantt(let c): return c.title
        }
    }

    /// A sentence describing the chart for people who cannot see it (SVG `<desc>`, alt text).
    public var description: String {
        switch self {
        case .radar(let c): return c.description
        case .bar(let c): return c.description
        case .stackedBar(let c): return c.description
        case .line(let c): return c.description
        case .gantt(let c): return c.description
        }
    }
}

/// Values on axes around a centre (dimension and domain scores, 0 … `maximum`); an
/// optional second series (the target) drawn as an outline.
public struct RadarChart: Sendable, Hashable {
    public var title: String
    public var description: String
    public var axes: [String]
    public var maximum: Double
    public var series: [ChartSeries]

    public init(title: String, description: String, axes: [String], maximum: Double, series: [ChartSeries]) {
        self.title = title
        self.description = description
        self.axes = axes
        self.maximum = maximum
        self.series = series
    }
}

/// Horizontal bars, one per label (OPDs per predicate, dimension scores).
public struct BarChart: Sendable, Hashable {
    public var title: String
    public var description: String
    public var labels: [String]
    public var values: [Double]
    /// The axis maximum; nil: the largest value.
    public var maximum: Double?
    /// How a value is written next to its bar (already formatted).
    public var valueLabels: [String]

    public init(title: String, description: String, labels: [String], values: [Double], maximum: Double?, valueLabels: [String]) {
        self.title = title
        self.description = description
        self.labels = labels
        self.values = values
        self.maximum = maximum
        self.valueLabels = valueLabels
    }
}

/// One horizontal bar per row, split into segments (services per stage).
public struct StackedBarChart: Sendable, Hashable {
    public var title: String
    public var description: String
    public var rows: [String]
    /// Segment names, in drawing order (stage 0 … 4).
    public var segments: [String]
    /// `values[row][segment]`.
    public var values: [[Double]]

    public init(title: String, description: String, rows: [String], segments: [String], values: [[Double]]) {
        self.title = title
        self.description = description
        self.rows = rows
        self.segments = segments
        self.values = values
    }
}

/// Lines over periods (city index, OPDs online-ready); a nil value leaves a gap.
public struct LineChart: Sendable, Hashable {
    public var title: String
    public var description: String
    /// Period labels along the x axis.
    public var points: [String]
    public var series: [ChartSeries]
    public var minimum: Double
    public var maximum: Double
    /// A horizontal reference line (the target), if any.
    public var target: Double?
    public var targetLabel: String?
    /// Where each point lies in time (days), so six months and six years are not drawn the
    /// same width; nil: evenly spaced.
    public var positions: [Double]? = nil
    /// A break before the point at `index` — the method changed there — drawn as a marked
    /// gap; no line crosses it.
    public var breaks: [ChartBreak] = []
    /// A projection from the last value to a target at its date, drawn dashed.
    public var forecast: ChartForecast? = nil

    public init(title: String, description: String, points: [String], series: [ChartSeries], minimum: Double, maximum: Double,
                target: Double? = nil, targetLabel: String? = nil, positions: [Double]? = nil, breaks: [ChartBreak] = [],
                forecast: ChartForecast? = nil) {
        self.positions = positions
        self.breaks = breaks
        self.forecast = forecast
        self.title = title
        self.description = description
        self.points = points
        self.series = series
        self.minimum = minimum
        self.maximum = maximum
        self.target = target
        self.targetLabel = targetLabel
    }
}

/// A change of method between two points of a line chart.
public struct ChartBreak: Sendable, Hashable {
    public var index: Int
    public var label: String
}

/// A dashed projection on a line chart: from the value at point `from` to `value` at
/// `position` (days, like the chart's positions): its legend entry, the mark written at its
/// end (the date) and the full sentence as its tooltip.
public struct ChartForecast: Sendable, Hashable {
    public var from: Int
    public var position: Double
    public var value: Double
    public var legend: String
    public var mark: String
    public var label: String
}

public struct ChartSeries: Sendable, Hashable {
    public var name: String
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}

/// Bars on a time axis, one row per label (an OPD's tasks), coloured by series (the resource).
public struct GanttChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var row: Int
        /// Start and end in time units (end exclusive).
        public var start: Int
        public var end: Int
        public var series: Int
        /// The bar's tooltip (the task and its dates).
        public var label: String

        public init(row: Int, start: Int, end: Int, series: Int, label: String) {
            self.row = row
            self.start = start
            self.end = end
            self.series = series
            self.label = label
        }
    }

    public var title: String
    public var description: String
    public var rows: [String]
    /// Names of the series, for the legend.
    public var series: [String]
    public var bars: [Bar]
    /// Label of each time unit (`2020-04`); the axis shows some of them.
    public var units: [String]

    public init(title: String, description: String, rows: [String], series: [String], bars: [Bar], units: [String]) {
        self.title = title
        self.description = description
        self.rows = rows
        self.series = series
        self.bars = bars
        self.units = units
    }
}
