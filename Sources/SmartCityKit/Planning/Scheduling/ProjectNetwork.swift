/// A validated `SchedulingProblem` compiled into flat arrays for the inner loops of the
/// schedule-generation schemes: durations, the positive demands of each activity, and
/// predecessors and successors in compressed rows.
///
/// `reversed()` swaps predecessors and successors and drops release dates: scheduling the
/// reversed network forward and mirroring the times is scheduling the original backward,
/// which the justification passes need (Valls, Ballestín and Quintanilla 2005).
struct ProjectNetwork: Sendable {
    let count: Int
    let resourceCount: Int
    let capacities: [Int]
    let durations: [Int]
    let releases: [Int]
    /// Due dates, `Int.max` for activities without one.
    let dues: [Int]
    /// Positive demands of activity j: `demandResource[demandStart[j]..<demandStart[j+1]]`
    /// with the units in `demandUnits` at the same positions.
    let demandStart: [Int]
    let demandResource: [Int]
    let demandUnits: [Int]
    let predecessorStart: [Int]
    let predecessorList: [Int]
    let successorStart: [Int]
    let successorList: [Int]
    /// Position of each activity in one fixed topological order; breaks ties between equal
    /// times so that orders sorted by time stay precedence-feasible (0-duration activities).
    let topologicalRank: [Int]
    /// Sum of durations plus the latest release: no serial schedule ends later.
    let horizon: Int
    /// Deadline g: due `deadlineDues[g]`, weight `deadlineWeights[g]`, activities
    /// `deadlineList[deadlineStart[g]..<deadlineStart[g+1]]`.
    let deadlineDues: [Int]
    let deadlineWeights: [Int]
    let deadlineStart: [Int]
    let deadlineList: [Int]

    /// The network of a problem whose `validate()` found no error.
    init(_ problem: SchedulingProblem) {
        let n = problem.activities.count
        count = n
        resourceCount = problem.resources.count
        capacities = problem.resources.map(\.capacity)
        durations = problem.activities.map(\.duration)
        releases = problem.activities.map(\.release)
        dues = problem.activities.map { $0.due ?? Int.max }
        var start = [0], resource: [Int] = [], units: [Int] = []
        for j in 0..<n {
            for use in problem.activities[j].mergedUses() where use.units > 0 {
                resource.append(use.resource)
                units.append(use.units)
            }
            start.append(resource.count)
        }
        demandStart = start
        demandResource = resource
        demandUnits = units
        let predecessors = problem.activities.map { Array(Set($0.predecessors)).sorted() }
        var successors = Array(repeating: [Int](), count: n)
        for (j, list) in predecessors.enumerated() { for p in list { successors[p].append(j) } }
        (predecessorStart, predecessorList) = Self.compressed(predecessors)
        (successorStart, successorList) = Self.compressed(successors)
        topologicalRank = Self.ranks(predecessors: predecessors, successors: successors)
        horizon = problem.horizon() ?? 0
        deadlineDues = problem.deadlines.map(\.due)
        deadlineWeights = problem.deadlines.map(\.weight)
        (deadlineStart, deadlineList) = Self.compressed(problem.deadlines.map { Array(Set($0.activities)).sorted() })
    }

    private init(reversing network: ProjectNetwork) {
        count = network.count
        resourceCount = network.resourceCount
        capacities = network.capacities
        durations = network.durations
        releases = Array(repeating: 0, count: network.count)
        dues = Array(repeating: Int.max, count: network.count)
        demandStart = network.demandStart
        demandResource = network.demandResource
        demandUnits = network.demandUnits
        predecessorStart = network.successorStart
        predecessorList = network.successorList
        successorStart = network.predecessorStart
        successorList = network.predecessorList
        topologicalRank = network.topologicalRank.map { network.count - 1 - $0 }
        horizon = network.horizon
        deadlineDues = []
        deadlineWeights = []
        deadlineStart = [0]
        deadlineList = []
    }

    /// The same activities with every arc turned around and no release, due dates or deadlines.
    func reversed() -> ProjectNetwork { ProjectNetwork(reversing: self) }

    func predecessors(_ j: Int) -> ArraySlice<Int> { predecessorList[predecessorStart[j]..<predecessorStart[j + 1]] }
    func successors(_ j: Int) -> ArraySlice<Int> { successorList[successorStart[j]..<successorStart[j + 1]] }

    static func compressed(_ lists: [[Int]]) -> (start: [Int], list: [Int]) {
        var start = [0]
        var flat: [Int] = []
        for list in lists {
            flat += list
            start.append(flat.count)
        }
        return (start, flat)
    }

    /// Kahn's algorithm with a first-in first-out queue, so the order is deterministic.
    static func ranks(predecessors: [[Int]], successors: [[Int]]) -> [Int] {
        var remaining = predecessors.map(\.count)
        var queue = remaining.indices.filter { remaining[$0] == 0 }
        var head = 0
        var rank = Array(repeating: 0, count: predecessors.count)
        while head < queue.count {
            let j = queue[head]
            rank[j] = head
            head += 1
            for s in successors[j] {
                remaining[s] -= 1
                if remaining[s] == 0 { queue.append(s) }
            }
        }
        return rank
    }
}
