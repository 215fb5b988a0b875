/// City plans over a box of team capacities, each never worse than a plan with less
/// capacity: Kominfo compares "what if we had 3 teams" with "what if 2", and a heuristic
/// search can find a worse schedule with more teams (more room, a different search path).
///
/// The rule: a schedule found with fewer teams is still feasible with more, so the plan at a
/// capacity vector C is the best of the search at C and the chosen plans one unit below C in
/// each varied team, by `PlanQuality`'s order: the weight of the milestones missed, then the
/// scheduler's cost. By induction the chosen plan at C is no worse than the chosen plan at
/// any C′ ≤ C. (A stricter "meets every milestone the other meets" cannot be promised: two
/// plans with one team less each may meet a different milestone, and no schedule need meet
/// both; the order says which matters more.)
///
/// Only the teams some task uses are varied, each from 1 up to the most of it any plan can
/// use at once (the tasks needing it; per OPD, the most any one OPD has): above that a team
/// never binds and the search is the same. The box's plans are independent searches, run
/// side by side, each on one core (`threadedMap`); the choice is made afterwards in a fixed
/// order, so the result is deterministic.
struct CapacityLattice<Plan: Sendable>: Sendable {
    /// One direct search at some capacities, on at most `cores` cores (nil: all of them).
    typealias Planner = @Sendable (_ capacities: [String: Int], _ cores: Int?) -> (plan: Plan, diagnostics: [Diagnostic])

    /// The most searches run at once: enough for the boxes Kominfo asks about (a team of up
    /// to eight), few enough that their memory stays small.
    static var searchesAtOnce: Int { 8 }

    /// A plan chosen for a point, with the point whose search found it.
    struct Choice: Sendable {
        var plan: Plan
        var quality: PlanQuality
        var foundAt: [Int]
    }

    /// The teams varied, in policy order.
    let dimensions: [String]
    /// Capacities of every policy team at the top of the box (after overrides).
    let capacities: [String: Int]
    /// The most of each varied team any plan uses at once.
    let peaks: [Int]
    let planner: Planner
    /// What a plan achieves (milestones met, cost).
    let quality: @Sendable (Plan) -> PlanQuality
    private(set) var direct: [[Int]: (plan: Plan, diagnostics: [Diagnostic])] = [:]
    private(set) var chosen: [[Int]: Choice] = [:]

    /// A lattice varying the teams of `peaks` (used by some task) from 1 to their capacity in
    /// `capacities`, capped at the peak.
    init(capacities: [String: Int], peaks: [String: Int], order: [String], quality: @escaping @Sendable (Plan) -> PlanQuality,
         planner: @escaping Planner) {
        self.quality = quality
        self.capacities = capacities
        let varied = order.filter { (peaks[$0] ?? 0) > 1 && (capacities[$0] ?? 1) > 1 }
        dimensions = varied
        self.peaks = varied.map { peaks[$0]! }
        self.planner = planner
    }

    /// The point of `capacities` (each varied team capped at its peak).
    func point(_ capacities: [String: Int]) -> [Int] {
        dimensions.indices.map { d in min(max(capacities[dimensions[d]] ?? 1, 1), peaks[d]) }
    }

    /// The capacities searched at `point`: the top's, with each varied team at its value.
    func capacities(at point: [Int]) -> [String: Int] {
        var c = capacities
        for (d, name) in dimensions.enumerated() where point[d] < min(c[name] ?? 1, peaks[d]) { c[name] = point[d] }
        return c
    }

    /// The search at exactly `capacities`, kept for the box when it is one of its points.
    mutating func search(_ capacities: [String: Int]) -> (plan: Plan, diagnostics: [Diagnostic]) {
        let p = point(capacities)
        guard self.capacities(at: p) == capacities else { return planner(capacities, nil) }
        if let known = direct[p] { return known }
        let result = planner(capacities, nil)
        direct[p] = result
        return result
    }

    /// The chosen plan at `top` and every point below it, searching what is not known yet.
    mutating func choose(_ top: [Int]) -> Choice {
        if let known = chosen[top] { return known }
        let box = Self.points(below: top)
        let missing = box.filter { direct[$0] == nil }
        let planner = self.planner
        // Side by side, one core each: a search spread over the cores inside a parallel loop
        // gets one thread (libdispatch), and searches in a loop of one worker per core leave
        // cores idle when there are more searches than cores.
        let points = missing.map { capacities(at: $0) }
        let made = points.count == 1 ? [planner(points[0], nil)] : points.threadedMap(threads: Self.searchesAtOnce) { planner($0, 1) }
        for (p, result) in zip(missing, made) { direct[p] = result }
        for p in box where chosen[p] == nil {
            let own = direct[p]!.plan
            var candidates = [Choice(plan: own, quality: quality(own), foundAt: p)]
            for d in p.indices where p[d] > 1 {
                var below = p
                below[d] -= 1
                candidates.append(chosen[below]!)
            }
            chosen[p] = Self.best(candidates)
        }
        return chosen[top]!
    }

    /// The answer to a run at `capacities`: the chosen plan at their point, and the search
    /// at exactly those capacities (its diagnostics are the run's).
    mutating func answer(at capacities: [String: Int]) -> (choice: Choice, own: (plan: Plan, diagnostics: [Diagnostic]), point: [Int]) {
        let top = point(capacities)
        let choice = choose(top)
        return (choice, direct[top]!, top)
    }

    /// The best candidate, the first among equals (the search at the point itself first).
    static func best(_ candidates: [Choice]) -> Choice {
        candidates.enumerated().min { ($0.element.quality, $0.offset) < ($1.element.quality, $1.offset) }!.element
    }

    /// Every point with each coordinate from 1 to `top`'s, in lexicographic order (each
    /// point after the points one below it).
    static func points(below top: [Int]) -> [[Int]] {
        var out: [[Int]] = [[]]
        for limit in top {
            out = out.flatMap { prefix in (1...max(limit, 1)).map { prefix + [$0] } }
        }
        return out
    }
}

/// What a plan achieves, for comparing plans: the milestones it meets, the weight of those
/// it misses, and its cost under the scheduler's objective. Ordered by missed weight, then
/// cost: lower is better.
struct PlanQuality: Sendable, Hashable, Comparable {
    var met: Set<Milestone.Kind>
    var missedWeight: Int
    var cost: ScheduleCost

    init(met: Set<Milestone.Kind>, missedWeight: Int, cost: ScheduleCost) {
        self.met = met
        self.missedWeight = missedWeight
        self.cost = cost
    }

    /// A roadmap's quality; no roadmap is worse than any.
    init(_ roadmap: Roadmap?) {
        guard let roadmap else {
            met = []
            missedWeight = .max
            cost = ScheduleCost(delay: .max, tardiness: .max, makespan: .max)
            return
        }
        met = roadmap.metMilestones
        missedWeight = roadmap.missedWeight
        cost = roadmap.cost
    }

    static func < (a: PlanQuality, b: PlanQuality) -> Bool { (a.missedWeight, a.cost) < (b.missedWeight, b.cost) }
}
