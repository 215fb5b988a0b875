extension SchedulingProblem {
    /// The most cells (time units × resources) of the solver's time grid.
    ///
    /// The serial schedule-generation scheme keeps one row of remaining capacities per time
    /// unit up to the sum of durations plus the latest release, so an absurd duration (a
    /// typo of 10⁹ days) must be refused, not allocated. 8 million cells are 64 MB per grid.
    public static let gridCellLimit = 8_000_000

    /// The longest horizon (sum of durations plus latest release) the solver accepts for
    /// this problem's number of resources.
    public var horizonLimit: Int { Self.gridCellLimit / max(resources.count, 1) }

    /// What makes the problem unsolvable, as findings naming the activities; empty when the
    /// solver can schedule it.
    ///
    /// Checks, in order: resource capacities, each activity's duration, release, demands
    /// (count, sign, above capacity) and predecessor indices, each deadline's weight, due
    /// and activity indices, then the size of the time grid,
    /// then precedence cycles (only when every index is in range). Cost O(n·R + arcs).
    public func validate() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for resource in resources where resource.capacity < 0 {
            findings.append(Diagnostic(.negativeCapacity(resource: resource.name, capacity: resource.capacity)))
        }
        var indicesInRange = true
        for (index, activity) in activities.enumerated() {
            let name = activity.name
            if activity.duration < 0 {
                findings.append(Diagnostic(.negativeDuration(activity: name, duration: activity.duration), activities: [index]))
            }
            if activity.release < 0 {
                findings.append(Diagnostic(.negativeRelease(activity: name, release: activity.release), activities: [index]))
            }
            if let due = activity.due, abs(due) > Self.gridCellLimit {
                findings.append(Diagnostic(.dueOutOfRange(activity: name, due: due, limit: Self.gridCellLimit), activities: [index]))
            }
            if activity.demands.count != resources.count {
                findings.append(Diagnostic(.demandCountMismatch(activity: name, found: activity.demands.count, expected: resources.count), activities: [index]))
            }
            for (r, resource) in resources.enumerated() {
                let demand = self.demand(index, r)
                if demand < 0 {
                    findings.append(Diagnostic(.negativeDemand(activity: name, resource: resource.name, demand: demand), activities: [index]))
                } else if demand > max(resource.capacity, 0) {
                    findings.append(Diagnostic(
                        .demandAboveCapacity(activity: name, resource: resource.name, demand: demand, capacity: resource.capacity), activities: [index]))
                }
            }
            for p in activity.predecessors where p < 0 || p >= activities.count {
                indicesInRange = false
                findings.append(Diagnostic(.predecessorOutOfRange(activity: name, predecessor: p, count: activities.count), activities: [index]))
            }
        }
        for (g, deadline) in deadlines.enumerated() {
            if !(1...Self.maximumWeight).contains(deadline.weight) {
                findings.append(Diagnostic(.deadlineWeightOutOfRange(deadline: g, weight: deadline.weight, maximum: Self.maximumWeight)))
            }
            if abs(deadline.due) > Self.gridCellLimit {
                findings.append(Diagnostic(.deadlineDueOutOfRange(deadline: g, due: deadline.due, limit: Self.gridCellLimit)))
            }
            for a in deadline.activities where a < 0 || a >= activities.count {
                findings.append(Diagnostic(.deadlineActivityOutOfRange(deadline: g, activity: a, count: activities.count)))
            }
        }
        let horizon = self.horizon() ?? Int.max
        if horizon > horizonLimit {
            findings.append(Diagnostic(.horizonTooLong(horizon: horizon, limit: horizonLimit)))
        }
        if indicesInRange, let cycle = precedenceCycle() {
            findings.append(Diagnostic(.precedenceCycle(activities: cycle.map { activities[$0].name }), activities: cycle))
        }
        return findings
    }

    /// Sum of (non-negative) durations plus the latest release; nil on overflow.
    func horizon() -> Int? {
        var total = 0
        var latestRelease = 0
        for activity in activities {
            let (sum, overflow) = total.addingReportingOverflow(max(activity.duration, 0))
            if overflow { return nil }
            total = sum
            latestRelease = max(latestRelease, activity.release)
        }
        let (horizon, overflow) = total.addingReportingOverflow(latestRelease)
        return overflow ? nil : horizon
    }

    /// One precedence cycle as activity indices along the arcs (each a predecessor of the
    /// next, the last a predecessor of the first), or nil when the network is acyclic.
    ///
    /// Iterative depth-first search with three colours (Cormen et al., *Introduction to
    /// Algorithms*, §22.3): a grey node met again closes a cycle, read back from the stack.
    /// Predecessor indices must be in range. Cost O(n + arcs), no recursion.
    func precedenceCycle() -> [Int]? {
        let n = activities.count
        var successors = Array(repeating: [Int](), count: n)
        for (j, activity) in activities.enumerated() {
            for p in activity.predecessors { successors[p].append(j) }
        }
        var colour = Array(repeating: UInt8(0), count: n)  // 0 white, 1 grey (on stack), 2 black
        var stack: [(node: Int, next: Int)] = []
        for root in 0..<n where colour[root] == 0 {
            stack.append((root, 0))
            colour[root] = 1
            while let top = stack.last {
                let list = successors[top.node]
                if top.next < list.count {
                    stack[stack.count - 1].next += 1
                    let s = list[top.next]
                    if colour[s] == 1 {
                        let from = stack.firstIndex { $0.node == s } ?? 0
                        return stack[from...].map(\.node)
                    }
                    if colour[s] == 0 {
                        colour[s] = 1
                        stack.append((s, 0))
                    }
                } else {
                    colour[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return nil
    }
}
