/// Peak crossover, after Valls, Ballestín and Quintanilla ("A hybrid genetic algorithm for
/// the resource-constrained project scheduling problem", EJOR 185, 2008): a good schedule's
/// most valuable part is where it packs the resources tightest, and a position-based
/// crossover tears that part apart. The child keeps, as one block in the mother's order, the
/// activities the mother starts in the stretch of `length` time units where her resources are
/// used most (the *peak*); the activities she starts before the peak come first and the rest
/// after it, both in the father's order.
///
/// Our variant of their operator (they build the child from several peaks of the mother;
/// we take the single densest window and let the window's length vary): measured on PSPLIB
/// j120, see docs/scheduling.md.
///
/// The child is precedence-feasible: a predecessor never starts later than its successor,
/// so it falls in the same part or an earlier one; within a part both parents' orders are.
struct PeakCrossover {
    /// Weighted resource use per time unit, `usage[t]`; scratch kept between calls.
    private var usage: [Int] = []
    private var part: [UInt8]
    /// Each activity's weighted use per time unit: Σ units × ⌊2²⁰ / capacity⌋ over its
    /// resources, so one unit of a scarce resource counts more (2²⁰ keeps a window's sum
    /// inside 64 bits for any problem `validate()` accepts). Made once: every child reads it.
    private let load: [Int]

    init(_ network: ProjectNetwork) {
        part = Array(repeating: 0, count: network.count)
        let weight = network.capacities.map { $0 > 0 ? (1 << 20) / $0 : 0 }
        load = (0..<network.count).map { j in
            (network.demandStart[j]..<network.demandStart[j + 1]).reduce(0) { $0 + network.demandUnits[$1] * weight[network.demandResource[$1]] }
        }
    }

    /// The start of the window of `length` units within `0..<makespan` with the most
    /// weighted resource use (the first of equals).
    mutating func peak(starts: [Int], network: ProjectNetwork, length: Int) -> Int {
        let horizon = Self.makespan(starts, network)
        guard length < horizon else { return 0 }
        if usage.count < horizon + 1 { usage = Array(repeating: 0, count: horizon + 1) }
        for t in 0...horizon { usage[t] = 0 }
        for j in starts.indices where network.durations[j] > 0 {
            usage[starts[j]] += load[j]
            usage[starts[j] + network.durations[j]] -= load[j]
        }
        for t in 1...horizon { usage[t] += usage[t - 1] }
        var window = 0
        for t in 0..<length { window += usage[t] }
        var best = window, bestStart = 0
        for a in 1...(horizon - length) {
            window += usage[a + length - 1] - usage[a - 1]
            if window > best { best = window; bestStart = a }
        }
        return bestStart
    }

    /// The child of `mother` (decoded into `starts`) and `father` around the mother's peak
    /// of between 1/8 and 1/2 of her makespan, the length drawn from `random`. Cost O(n + makespan).
    mutating func child(mother: [Int], starts: [Int], father: [Int], network: ProjectNetwork, random: inout SeededRandom) -> [Int] {
        let horizon = Self.makespan(starts, network)
        return child(mother: mother, starts: starts, father: father, network: network,
                     length: random.int(in: max(horizon / 8, 1)...max(horizon / 2, 1)))
    }

    /// The child around the mother's peak of `length` units.
    mutating func child(mother: [Int], starts: [Int], father: [Int], network: ProjectNetwork, length: Int) -> [Int] {
        let a = peak(starts: starts, network: network, length: length)
        let b = a + length
        for j in starts.indices { part[j] = starts[j] < a ? 0 : starts[j] < b ? 1 : 2 }
        var child: [Int] = []
        child.reserveCapacity(mother.count)
        for j in father where part[j] == 0 { child.append(j) }
        for j in mother where part[j] == 1 { child.append(j) }
        for j in father where part[j] == 2 { child.append(j) }
        return child
    }

    static func makespan(_ starts: [Int], _ network: ProjectNetwork) -> Int {
        starts.indices.reduce(0) { max($0, starts[$1] + network.durations[$1]) }
    }
}
