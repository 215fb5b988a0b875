import Dispatch

/// The bookkeeping every search method shares: decodes activity lists with the serial
/// scheme (`Decoder`, dense or sparse), improves each schedule by double justification
/// (`Justifier`), counts every schedule-generation pass against the budget, remembers the
/// best schedule and says when to stop.
///
/// Counting convention (Kolisch and Hartmann, "Experimental investigation of heuristics
/// for resource-constrained project scheduling: An update", EJOR 174, 2006): every pass of a
/// schedule-generation scheme counts as one schedule, so one evaluated list costs three —
/// the forward decode, the backward (right) justification and the forward (left)
/// justification. When the budget runs out between passes, the last passes are skipped.
///
/// A batch of lists (`evaluate(_:)` with several) is decoded on up to `workers` cores when
/// the project is large (`parallelFrom` activities), then committed in list order exactly as
/// one list after another would be: the result does not depend on the number of cores.
struct ScheduleSearch<Decoder: ScheduleDecoder> {
    let network: ProjectNetwork
    let objective: ScheduleObjective
    let limit: Int
    /// The cost no schedule can beat; reaching it ends the search.
    let target: ScheduleCost
    let deadline: ContinuousClock.Instant?
    var justify = true
    private var justifiers: [Justifier<Decoder>]
    private(set) var generated = 0
    private(set) var best: (cost: ScheduleCost, starts: [Int], finishes: [Int])?
    private(set) var bestFoundAt = 0
    private(set) var timedOut = false

    /// Projects from this many activities decode batches on several cores; below it the
    /// hand-off costs more than it saves (a j120 list decodes in about 50 µs).
    static var parallelFrom: Int { 1500 }

    init(network: ProjectNetwork, objective: ScheduleObjective, limit: Int, target: ScheduleCost, deadline: ContinuousClock.Instant?, order: [Int],
         workers: Int = 1) {
        self.network = network
        self.objective = objective
        self.limit = limit
        self.target = target
        self.deadline = deadline
        let count = network.count >= Self.parallelFrom ? max(workers, 1) : 1
        justifiers = (0..<count).map { _ in Justifier<Decoder>(network: network, objective: objective, order: order) }
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
        evaluate([list])[0]
    }

    /// `evaluate` of each list in order; nil for those the search was done before.
    mutating func evaluate(_ lists: [[Int]]) -> [(cost: ScheduleCost, list: [Int], starts: [Int])?] {
        // No more lists can be committed than passes are left.
        let useful = isDone ? 0 : min(lists.count, limit - generated)
        let trials = self.trials(Array(lists.prefix(useful)))
        var results: [(cost: ScheduleCost, list: [Int], starts: [Int])?] = []
        results.reserveCapacity(lists.count)
        for (i, trial) in trials.enumerated() { results.append(commit(trial, list: lists[i])) }
        while results.count < lists.count { results.append(nil) }
        return results
    }

    /// One pass per list (`Justifier.pass`), each charged as one schedule; nil for the lists
    /// the search was done before. For the bi-population search, whose every child is one
    /// justification pass.
    mutating func evaluateOnePass(_ lists: [[Int]], backward: Bool) -> [(cost: ScheduleCost, starts: [Int])?] {
        var results: [(cost: ScheduleCost, starts: [Int])?] = []
        results.reserveCapacity(lists.count)
        for list in lists {
            if let deadline, generated > 0, ContinuousClock.now >= deadline { timedOut = true }
            guard !isDone else { results.append(nil); continue }
            generated += 1
            let result = justifiers[0].pass(list, backward: backward)
            record(result.cost, starts: result.starts)
            results.append(result)
        }
        return results
    }

    /// `Justifier.startOrder` and `Justifier.finishOrderFromTheEnd`, with the search's scratch.
    mutating func startOrder(_ starts: [Int]) -> [Int] { justifiers[0].startOrder(starts) }
    mutating func finishOrderFromTheEnd(_ starts: [Int], makespan: Int) -> [Int] { justifiers[0].finishOrderFromTheEnd(starts, makespan: makespan) }

    /// The trials of `lists`, split into contiguous parts, one per justifier.
    private mutating func trials(_ lists: [[Int]]) -> [Justifier<Decoder>.Trial] {
        let justify = self.justify
        let parts = min(justifiers.count, lists.count)
        guard parts > 1 else { return lists.map { justifiers[0].trial($0, justify: justify) } }
        var out = [[Justifier<Decoder>.Trial]](repeating: [], count: parts)
        justifiers.withUnsafeMutableBufferPointer { justifiers in
            out.withUnsafeMutableBufferPointer { out in
                // Each iteration owns justifier p and slot p: no two touch the same memory.
                nonisolated(unsafe) let workers = justifiers, slots = out
                DispatchQueue.concurrentPerform(iterations: parts) { p in
                    let range = (lists.count * p / parts)..<(lists.count * (p + 1) / parts)
                    slots[p] = lists[range].map { workers[p].trial($0, justify: justify) }
                }
            }
        }
        return out.flatMap { $0 }
    }

    /// Charges one trial's passes to the budget as if they ran now, one after another.
    private mutating func commit(_ trial: Justifier<Decoder>.Trial, list: [Int]) -> (cost: ScheduleCost, list: [Int], starts: [Int])? {
        // The first list is always decoded, so even a zero time limit returns a schedule.
        if let deadline, generated > 0, ContinuousClock.now >= deadline { timedOut = true }
        guard !isDone else { return nil }
        generated += 1
        record(trial.first, starts: trial.firstStarts)
        let first = (trial.first, list, trial.firstStarts)
        guard justify, !isDone, let second = trial.second else { return first }
        generated += 1  // the backward pass
        guard !isDone else { return first }
        generated += 1
        record(second.cost, starts: second.starts)
        return second.cost <= trial.first ? second : first
    }

    private mutating func record(_ cost: ScheduleCost, starts: [Int]) {
        if let best, best.cost <= cost { return }
        best = (cost, starts, starts.indices.map { starts[$0] + network.durations[$0] })
        bestFoundAt = generated
    }
}
