/// The city across its assessment periods: the series of scores, what changed since the
/// previous period, and when the daring target will be met at the observed pace.
public struct CityProgress: Sendable {
    /// Every period's report, oldest first.
    public var reports: [ScoreReport]
    /// Changes from the second-to-last to the last period, per OPD (workspace order); empty
    /// with a single period.
    public var changes: [OPDChanges]
    public var forecast: Forecast?

    /// The latest period's report.
    public var latest: ScoreReport { reports[reports.count - 1] }
    public var previous: ScoreReport? { reports.count > 1 ? reports[reports.count - 2] : nil }

    public init(reports: [ScoreReport]) {
        self.reports = reports
        if let previous = reports.count > 1 ? reports[reports.count - 2] : nil, let latest = reports.last {
            changes = latest.scores.indices.map { OPDChanges(opd: $0, previous: previous, latest: latest) }
        } else {
            changes = []
        }
        forecast = Forecast(reports)
    }

    /// The index values of one OPD over the periods (nil where it was not assessed).
    public func indexSeries(opd: Int) -> [Fraction?] { reports.map { $0.scores[opd].index.value } }

    /// Where the index method changes, an estimate of the newer method from the last period
    /// of the older one through `crosswalks`: the period's position and the estimate (the
    /// progress view shows it as a marked point, never joined to either line).
    public func crosswalkPoint(_ crosswalks: [(crosswalk: Crosswalk, target: IndicatorCatalog)]) -> (period: Int, estimate: CrosswalkEstimate)? {
        for i in reports.indices.dropLast() {
            let from = reports[i].catalogs.index.id, to = reports[i + 1].catalogs.index.id
            guard from != to, let pair = crosswalks.first(where: { $0.crosswalk.from == from && $0.crosswalk.to == to }) else { continue }
            return (i, CrosswalkEstimate.estimate(pair.crosswalk, catalog: pair.target, from: reports[i]))
        }
        return nil
    }

    /// A value over the periods split by index method — one series per method, in order of
    /// first use, nil at the periods of other methods — so indices of different methods are
    /// never joined into one line.
    public func byMethod(_ value: (ScoreReport) -> Fraction?) -> [(method: IndicatorCatalog, values: [Fraction?])] {
        var methods: [IndicatorCatalog] = []
        for r in reports where !methods.contains(where: { $0.id == r.catalogs.index.id }) { methods.append(r.catalogs.index) }
        return methods.map { m in (m, reports.map { $0.catalogs.index.id == m.id ? value($0) : nil }) }
    }
}

/// What changed for one OPD between two periods.
public struct OPDChanges: Sendable, Hashable {
    public struct LevelChange: Sendable, Hashable {
        public var indicator: IndicatorRef
        public var from: Fraction?
        public var to: Fraction?
    }

    public struct StageChange: Sendable, Hashable {
        public var service: String
        /// nil: the service is new.
        public var from: Int?
        /// nil: the service is gone.
        public var to: Int?
    }

    public var opd: Int
    public var levels: [LevelChange]
    public var services: [StageChange]
    public var indexFrom: Fraction?
    public var indexTo: Fraction?
    public var daringFrom: Bool
    public var daringTo: Bool

    init(opd: Int, previous: ScoreReport, latest: ScoreReport) {
        self.opd = opd
        let before = previous.scores[opd], after = latest.scores[opd]
        func counted(_ s: OPDScore) -> [IndicatorRef: Fraction] {
            var out: [IndicatorRef: Fraction] = [:]
            for c in s.levels where c.source != .floor { out[c.indicator] = c.level }
            return out
        }
        // Index levels of different methods are different indicators: not compared.
        let sameIndex = previous.catalogs.index.id == latest.catalogs.index.id
        let a = counted(before), b = counted(after)
        levels = Set(a.keys).union(b.keys).sorted().compactMap { ref in
            guard sameIndex || ref.slot != .index else { return nil }
            return a[ref] == b[ref] ? nil : LevelChange(indicator: ref, from: a[ref], to: b[ref])
        }
        var oldStages: [String: (String, Int)] = [:]
        for s in before.services { oldStages[s.name.lowercased()] = (s.name, s.stage) }
        var out: [StageChange] = []
        var seen = Set<String>()
        for s in after.services {
            let key = s.name.lowercased()
            seen.insert(key)
            let old = oldStages[key]?.1
            if old != s.stage { out.append(StageChange(service: s.name, from: old, to: s.stage)) }
        }
        for s in before.services where !seen.contains(s.name.lowercased()) {
            out.append(StageChange(service: s.name, from: s.stage, to: nil))
        }
        services = out
        indexFrom = sameIndex ? before.index.value : nil
        indexTo = after.index.value
        daringFrom = before.readiness.daring
        daringTo = after.readiness.daring
    }

    public var isEmpty: Bool { levels.isEmpty && services.isEmpty }
}

/// When the count of daring OPDs reaches the policy's daring target at the pace observed
/// between the first and the last period (a straight line: the data rarely supports more).
public struct Forecast: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// The target is already met in the latest period.
        case met
        /// Reached on `date`, `monthsEarly` months before the target date (0: on time).
        case onTrack(date: CalendarDate, monthsEarly: Int)
        /// Reached on `date`, `monthsLate` months after the target date.
        case late(date: CalendarDate, monthsLate: Int)
        /// No progress between the periods: never, at this pace.
        case stalled
        /// A single period: no pace to extrapolate.
        case singlePeriod
    }

    public var target: Policy.Target
    public var required: Int
    public var current: Int
    /// OPDs per month, between the first and the last period.
    public var pace: Fraction?
    public var outcome: Outcome

    init?(_ reports: [ScoreReport]) {
        guard let latest = reports.last, let target = latest.policy.target(.opdDaring),
              let required = latest.policy.requiredCount(target, opdCount: latest.city.opdCount) else { return nil }
        self.target = target
        self.required = required
        current = latest.city.daringCount
        guard current < required else {
            pace = nil
            outcome = .met
            return
        }
        guard let first = reports.first, reports.count > 1 else {
            pace = nil
            outcome = .singlePeriod
            return
        }
        let months = first.period.date.months(to: latest.period.date)
        let gained = current - first.city.daringCount
        guard months > 0, gained > 0 else {
            pace = months > 0 ? Fraction(Int64(gained), Int64(months)) : nil
            outcome = .stalled
            return
        }
        let pace = Fraction(Int64(gained), Int64(months))
        self.pace = pace
        // Whole months needed, rounded up: (required − current) ÷ pace.
        let needed = Fraction(required - current) / pace
        let monthsNeeded = Int((needed.numerator + needed.denominator - 1) / needed.denominator)
        let date = latest.period.date.addingMonths(monthsNeeded)
        let difference = date.months(to: target.by)
        outcome = difference >= 0 ? .onTrack(date: date, monthsEarly: difference) : .late(date: date, monthsLate: -difference)
    }
}
