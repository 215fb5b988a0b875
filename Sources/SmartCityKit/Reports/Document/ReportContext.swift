/// What every page of one run shares, computed once: the period's target levels, each OPD's
/// rank, the action that closes each indicator.
///
/// Computing ranks per page would cost O(N) per OPD — quadratic for a national run.
public final class ReportContext: Sendable {
    public let progress: CityProgress
    public let scope: Scope
    /// Rank by index (1 = highest; ties share a rank), nil without an index.
    let ranks: [Int?]
    let rankedCount: Int
    let actionsByIndicator: [IndicatorRef: ActionRule]
    /// The Bimtek plan, when the run made one, and each OPD's classes in it (class position,
    /// seats, role), so a page lists its own trainings without searching every class.
    let bimtek: (plan: BimtekPlan, training: TrainingCatalog)?
    let trainings: [Int: [(index: Int, seats: Int, role: TrainingAudience)]]
    /// A crosswalk from the period's index method to a newer one, with that method's catalog:
    /// each page lists the newer method's indicators the current evidence says nothing about.
    let crosswalk: (crosswalk: Crosswalk, target: IndicatorCatalog)?

    public init(progress: CityProgress, scope: Scope, bimtek: (plan: BimtekPlan, training: TrainingCatalog)? = nil,
                crosswalk: (crosswalk: Crosswalk, target: IndicatorCatalog)? = nil) {
        self.crosswalk = crosswalk
        self.progress = progress
        self.scope = scope
        let report = progress.latest
        let values = report.scores.map(\.index.value)
        ranks = Self.ranks(values)
        rankedCount = values.compactMap { $0 }.count
        var actions: [IndicatorRef: ActionRule] = [:]
        for a in report.rules.actions { if let ref = a.indicator, actions[ref] == nil { actions[ref] = a } }
        actionsByIndicator = actions
        self.bimtek = bimtek
        var trainings: [Int: [(index: Int, seats: Int, role: TrainingAudience)]] = [:]
        for (i, c) in (bimtek?.plan.classes ?? []).enumerated() {
            for seat in c.seats { trainings[seat.opd, default: []].append((i, seat.count, seat.role)) }
        }
        self.trainings = trainings
    }

    /// The rank of each value (1 = highest; ties share a rank; nil stays nil): 1 + the number
    /// of values above it, found by binary search in the descending order. O(N log N).
    static func ranks(_ values: [Fraction?]) -> [Int?] {
        let sorted = values.compactMap { $0 }.sorted(by: >)
        return values.map { v in
            guard let v else { return nil }
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if v < sorted[mid] { lo = mid + 1 } else { hi = mid }
            }
            return lo + 1
        }
    }
}
