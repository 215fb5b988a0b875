/// Decodes an activity list and improves the schedule by double justification (Valls,
/// Ballestín and Quintanilla 2005): the three passes of the serial scheme one evaluated list
/// costs, with nothing counted or remembered. `ScheduleSearch` charges the budget; keeping
/// the passes apart lets it run several `Justifier`s at once on large projects and still
/// commit their trials in list order, so the search is the same on one core or many.
struct Justifier<Decoder: ScheduleDecoder> {
    /// What one list gives: the decoded schedule, and the justified one with the list
    /// that decodes straight into it (the order of its starts).
    struct Trial {
        var first: ScheduleCost
        var firstStarts: [Int]
        var second: (cost: ScheduleCost, list: [Int], starts: [Int])?
    }

    let network: ProjectNetwork
    let objective: ScheduleObjective
    private var forward: Decoder
    private var backward: Decoder
    /// Activity of each topological rank, to break ties when ordering by time.
    private let byRank: [Int]
    private var keys: [Int]
    private var bucketStart: [Int] = []

    init(network: ProjectNetwork, objective: ScheduleObjective, order: [Int]) {
        self.network = network
        self.objective = objective
        forward = Decoder(network)
        backward = Decoder(network.reversed())
        byRank = order
        keys = Array(repeating: 0, count: network.count)
    }

    /// Decodes `list` (precedence-feasible) and, when `justify`, justifies the schedule.
    mutating func trial(_ list: [Int], justify: Bool) -> Trial {
        let makespan = forward.run(list)
        let first = objective.cost(finishes: forward.finishes, makespan: makespan, network: network)
        let firstStarts = forward.starts
        guard justify else { return Trial(first: first, firstStarts: firstStarts) }
        // Right justification: backward in decreasing order of finish, mirrored at the
        // makespan, so no activity moves earlier and release dates stay kept; ties by
        // decreasing topological rank.
        let n = network.count
        for j in 0..<n { keys[j] = makespan - forward.finishes[j] }
        backward.run(ordered(byKeyThen: .decreasingRank))
        // Left justification: forward in increasing order of the right-justified starts.
        for j in 0..<n { keys[j] = makespan - backward.finishes[j] }
        let leftList = ordered(byKeyThen: .increasingRank)
        let justified = forward.run(leftList)
        let second = objective.cost(finishes: forward.finishes, makespan: justified, network: network)
        return Trial(first: first, firstStarts: firstStarts, second: (second, leftList, forward.starts))
    }

    /// One pass of the serial scheme: `list` decoded forward, or — `backward` — decoded on the
    /// reversed network (the list must be feasible there, as a decreasing finish order is)
    /// and mirrored at its makespan into forward time, a right-justified schedule. For
    /// problems without release dates only: the mirror does not keep them.
    mutating func pass(_ list: [Int], backward isBackward: Bool) -> (cost: ScheduleCost, starts: [Int]) {
        if !isBackward {
            let makespan = forward.run(list)
            return (objective.cost(finishes: forward.finishes, makespan: makespan, network: network), forward.starts)
        }
        let makespan = backward.run(list)
        let n = network.count
        var starts = Array(repeating: 0, count: n)
        for j in 0..<n {
            starts[j] = makespan - backward.finishes[j]
            keys[j] = makespan - backward.starts[j]
        }
        return (objective.cost(finishes: keys, makespan: makespan, network: network), starts)
    }

    /// The activities of a schedule by increasing start, ties by topological rank: a list
    /// that decodes forward into a schedule at least as good (its left justification).
    mutating func startOrder(_ starts: [Int]) -> [Int] {
        for j in 0..<network.count { keys[j] = starts[j] }
        return ordered(byKeyThen: .increasingRank)
    }

    /// The activities of a schedule by decreasing finish, ties by decreasing rank: a list of
    /// the reversed network that decodes backward into its right justification.
    mutating func finishOrderFromTheEnd(_ starts: [Int], makespan: Int) -> [Int] {
        for j in 0..<network.count { keys[j] = makespan - starts[j] - network.durations[j] }
        return ordered(byKeyThen: .decreasingRank)
    }

    enum Ties { case increasingRank, decreasingRank }

    /// The activities by increasing `keys` (times, ≥ 0), ties by topological rank: a counting
    /// sort, O(n + largest key), walking the activities in rank order so each bucket keeps
    /// it; a comparison sort when the keys spread far wider than n.
    private mutating func ordered(byKeyThen ties: Ties) -> [Int] {
        let n = network.count
        var largest = 0
        for key in keys where key > largest { largest = key }
        if largest > 8 * n + 64 {
            let keys = self.keys, rank = network.topologicalRank, sign = ties == .increasingRank ? 1 : -1
            return (0..<n).sorted { (keys[$0], sign * rank[$0]) < (keys[$1], sign * rank[$1]) }
        }
        if bucketStart.count < largest + 2 { bucketStart = Array(repeating: 0, count: largest + 2) }
        for b in 0...(largest + 1) { bucketStart[b] = 0 }
        for key in keys { bucketStart[key + 1] += 1 }
        for b in 0...largest { bucketStart[b + 1] += bucketStart[b] }
        var list = Array(repeating: 0, count: n)
        let byRank = self.byRank
        func place(_ j: Int) {
            list[bucketStart[keys[j]]] = j
            bucketStart[keys[j]] += 1
        }
        switch ties {
        case .increasingRank: for i in 0..<n { place(byRank[i]) }
        case .decreasingRank: for i in stride(from: n - 1, through: 0, by: -1) { place(byRank[i]) }
        }
        return list
    }
}
