extension SchedulingProblem {
    /// The latest time unit the solver works with: the sum of durations plus the latest
    /// release, and every due date, must stay within ±2³⁰ (about 88,000 years of days), so
    /// that times, lateness and their weighted sums stay far from `Int`'s range. Resource
    /// profiles are kept sparse, so the limit costs no memory: no real plan comes near it.
    public static let timeLimit = 1 << 30

    /// The largest capacity a resource may have, 2³⁰ units: remaining capacities then fit
    /// the 32-bit fields of the sparse profile (`SparseScheduleGenerator`), half the memory
    /// per segment, which is what a large roadmap's planning time is mostly spent waiting for.
    /// A team of a roadmap has at most 1,000; PSPLIB capacities are two or three digits.
    public static let capacityLimit = 1 << 30

    /// What makes the problem unsolvable, as findings naming the activities; empty when the
    /// solver can schedule it.
    ///
    /// Checks, in order: resource capacities (0…`capacityLimit`), each activity's duration, release, due, uses
    /// (resource index, sign, above capacity) and predecessor indices, each deadline's weight,
    /// due and activity indices, then the horizon against `timeLimit`, then precedence cycles
    /// (only when every index is in range). Cost O(n + uses + arcs + deadline entries).
    public func validate() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for resource in resources {
            if resource.capacity < 0 {
                findings.append(Diagnostic(.negativeCapacity(resource: resource.name, capacity: resource.capacity)))
            } else if resource.capacity > Self.capacityLimit {
                findings.append(Diagnostic(.capacityTooLarge(resource: resource.name, capacity: resource.capacity, limit: Self.capacityLimit)))
            }
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
            if let due = activity.due, !(-Self.timeLimit...Self.timeLimit).contains(due) {
                findings.append(Diagnostic(.dueOutOfRange(activity: name, due: due, limit: Self.timeLimit), activities: [index]))
            }
            for use in activity.uses where !resources.indices.contains(use.resource) {
                findings.append(Diagnostic(.demandResourceOutOfRange(activity: name, resource: use.resource, count: resources.count), activities: [index]))
            }
            for use in activity.mergedUses() where resources.indices.contains(use.resource) {
                let resource = resources[use.resource]
                if use.units < 0 {
                    findings.append(Diagnostic(.negativeDemand(activity: name, resource: resource.name, demand: use.units), activities: [index]))
                } else if use.units > max(resource.capacity, 0) {
                    findings.append(Diagnostic(
                        .demandAboveCapacity(activity: name, resource: resource.name, demand: use.units, capacity: resource.capacity), activities: [index]))
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
            if !(-Self.timeLimit...Self.timeLimit).contains(deadline.due) {
                findings.append(Diagnostic(.deadlineDueOutOfRange(deadline: g, due: deadline.due, limit: Self.timeLimit)))
            }
            for a in deadline.activities where a < 0 || a >= activities.count {
                findings.append(Diagnostic(.deadlineActivityOutOfRange(deadline: g, activity: a, count: activities.count)))
            }
        }
        let horizon = self.horizon() ?? Int.max
        if horizon > Self.timeLimit {
            findings.append(Diagnostic(.horizonTooLong(horizon: horizon, limit: Self.timeLimit)))
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
