/// The bookkeeping every search method shares: decodes activity lists with the serial
/// scheme, improves each schedule by double justification, counts every schedule-generation
/// pass against the budget, remembers the best schedule and says when to stop.
///
/// Counting convention (Kolisch and Hartmann, "Experimental investigation of heuristics
/// for resource-constrained project scheduling: An update", EJOR 174, 2006): every pass of a
/// schedule-generation scheme counts as one schedule, so one evaluated list costs three —
/// the forward decode, the backward (right) justification and the forward (left)
/// justification. When the budget runs out between passes, the last passes are skipped.
struct ScheduleSearch {
    let network: ProjectNetwork
    let objective: ScheduleObjective
    let limit: Int
    /// The cost no schedule can beat; reaching it ends the search.
    let target: ScheduleCost
    let deadline: ContinuousClock.Instant?
    var justify = true
    private var forward: SerialScheduleGenerator
    private var backward: SerialScheduleGenerator
    /// Activity of each topological rank, to break ties when ordering by time.
    private let byRank: [Int]
    private var keys: [Int]
    private(set) var generated = 0
    private(set) var best: (cost: ScheduleCost, starts: [Int], finishes: [Int])?
    private(set) var bestFoundAt = 0
    private(set) var timedOut = false

    init(network: ProjectNetwork, objective: ScheduleObjective, limit: Int, target: ScheduleCost, deadline: ContinuousClock.Instant?, order: [Int]) {
        self.network = network
        self.objective = objective
        self.limit = limit
        self.target = target
        self.deadline = deadline
        forward = SerialScheduleGenerator(network)
        backward = SerialScheduleGenerator(network.reversed())
        byRank = order
        keys = Array(repeating: 0, count: network.count)
    }

    /// Whether the search must stop: budget used, bound reached, or time up.
    var isDone: Bool {
        if generated >= limit || timedOut { return true }
        if let best, best.cost <= target { return true }
        return false
    }

    /// Decodes `list` (precedence-feasible) and justifies the schedule. Returns its cost, the
    /// list that decodes directly into the improved schedule (the order of its starts) and
    /// that schedule's starts, or nil when the search is done before the first pass.
    mutating func evaluate(_ list: [Int]) -> (cost: ScheduleCost, list: [Int], starts: [Int])? {
        // The first list is always decoded, so even a zero time limit returns a schedule.
        if let deadline, generated > 0, ContinuousClock.now >= deadline { timedOut = true }
        guard !isDone else { return nil }
        let makespan = forward.run(list)
        generated += 1
        let first = objective.cost(finishes: forward.finishes, makespan: makespan, network: network)
        record(first)
        guard justify, !isDone else { return (first, list, forward.starts) }
        let firstStarts = forward.starts
        // Right justification: backward in decreasing order of finish, mirrored at the
        // makespan, so no activity moves earlier and release dates stay kept.
        let n = network.count
        for j in 0..<n { keys[j] = (makespan - forward.finishes[j]) * n + (n - 1 - network.topologicalRank[j]) }
        keys.sort()
        let backwardList = keys.map { byRank[n - 1 - $0 % n] }
        backward.run(backwardList)
        generated += 1
        guard !isDone else { return (first, list, firstStarts) }
        // Left justification: forward in increasing order of the right-justified starts.
        for j in 0..<n { keys[j] = (makespan - backward.finishes[j]) * n + network.topologicalRank[j] }
        keys.sort()
        let leftList = keys.map { byRank[$0 % n] }
        let justified = forward.run(leftList)
        generated += 1
        let second = objective.cost(finishes: forward.finishes, makespan: justified, network: network)
        record(second)
        return second <= first ? (second, leftList, forward.starts) : (first, list, firstStarts)
    }

    private mutating func record(_ cost: ScheduleCost) {
        if let best, best.cost <= cost { return }
        best = (cost, forward.starts, forward.finishes)
        bestFoundAt = generated
    }
}
