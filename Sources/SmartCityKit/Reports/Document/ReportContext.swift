/// What every page of one run shares, computed once: each OPD's rank among comparable OPDs,
/// the action that closes each indicator, the roadmap's start of each OPD's actions.
///
/// Computing ranks per page would cost O(N) per OPD — quadratic for a national run.
public final class ReportContext: Sendable {
    public let progress: CityProgress
    public let scope: Scope
    let actionsByIndicator: [IndicatorRef: ActionRule]
    /// The Bimtek plan, when the run made one, and each OPD's classes in it (class position,
    /// seats, role), so a page lists its own trainings without searching every class.
    let bimtek: (plan: BimtekPlan, training: TrainingCatalog)?
    let trainings: [Int: [(index: Int, seats: Int, role: TrainingAudience)]]
    /// A crosswalk from the period's index method to a newer one, with that method's catalog:
    /// each page lists the newer method's indicators the current evidence says nothing about.
    let crosswalk: (crosswalk: Crosswalk, target: IndicatorCatalog)?
    /// Rank among comparable OPDs — those whose index rests on a similar share of the
    /// method's weight (`PeerBand`) — with the number ranked in the band.
    let peerRanks: [(rank: Int, of: Int, band: PeerBand)?]
    /// When the roadmap starts each OPD's task of each action rule, when the run made one.
    let taskStarts: [Int: [String: CalendarDate]]

    public init(progress: CityProgress, scope: Scope, bimtek: (plan: BimtekPlan, training: TrainingCatalog)? = nil,
                crosswalk: (crosswalk: Crosswalk, target: IndicatorCatalog)? = nil, roadmap: Roadmap? = nil) {
        self.crosswalk = crosswalk
        self.progress = progress
        self.scope = scope
        let report = progress.latest
        let values = report.scores.map(\.index.value)
        let bands = report.scores.map { PeerBand(share: $0.index.coveredWeight) }
        var peers: [(rank: Int, of: Int, band: PeerBand)?] = Array(repeating: nil, count: values.count)
        for band in Set(bands) {
            let members = bands.indices.filter { bands[$0] == band && values[$0] != nil }
            let inBand = Self.ranks(members.map { values[$0] })
            for (k, opd) in members.enumerated() { peers[opd] = inBand[k].map { ($0, members.count, band) } }
        }
        peerRanks = peers
        var starts: [Int: [String: CalendarDate]] = [:]
        if let roadmap {
            for (i, task) in roadmap.tasks.enumerated() where task.item == nil {
                let start = roadmap.calendar.date(roadmap.starts[i])
                if let known = starts[task.opd]?[task.rule], !(start < known) { continue }
                starts[task.opd, default: [:]][task.rule] = start
            }
        }
        taskStarts = starts
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

/// A band of the index weight an OPD's value rests on (the weight of the indicators it
/// answers, percent of the method): OPDs in one band are compared with each other. The bands
/// double — under 5 %, 5–10, 10–20, 20–40, 40–80, 80–100 % — so a unit answering three
/// indicators is not ranked against one answering all (*our choice*, docs/scoring.md).
public struct PeerBand: Sendable, Hashable {
    public var lower: Int
    public var upper: Int

    static let edges = [0, 5, 10, 20, 40, 80, 100]

    init(share: Fraction) {
        var k = 0
        while k + 2 < Self.edges.count, !(share < Fraction(Self.edges[k + 1])) { k += 1 }
        lower = Self.edges[k]
        upper = Self.edges[k + 1]
    }
}
