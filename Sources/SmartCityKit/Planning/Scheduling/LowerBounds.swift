/// Lower bounds on the makespan (and total tardiness) of every feasible schedule, to judge
/// a schedule and to stop the search when one is reached.
///
/// - Critical path (LB0 in Stinson, Davis and Khumawala 1978): the longest chain of
///   durations, starting each activity no earlier than its release date.
/// - Resource load (Kolisch and Hartmann's "capacity bound"): resource r must serve
///   Σ dⱼ·qⱼᵣ units of work at most cᵣ per time unit, none before the earliest release
///   among the activities using it: `minRelease + ⌈Σ dⱼ·qⱼᵣ / cᵣ⌉`.
///
/// Both are cheap (O(n·R + arcs)) and weak on hard instances: on PSPLIB j30 the optimum is
/// often above them, so a positive gap does not mean the schedule is poor.
public struct LowerBounds: Sendable, Hashable {
    public var criticalPath: Int
    /// The load bound of each resource, in the problem's order.
    public var resourceLoad: [Int]
    /// Σ max(0, earliest finish − due) over activities with a due date.
    public var tardiness: Int
    /// Σ weight × max(0, earliest finish − due) over the deadlines and their activities.
    public var delay: Int

    /// The best of the makespan bounds.
    public var makespan: Int { max(criticalPath, resourceLoad.max() ?? 0) }

    /// The bounds of `problem`, or nil when `validate()` reports an error.
    public init?(_ problem: SchedulingProblem) {
        guard !problem.validate().hasErrors else { return nil }
        self.init(ProjectNetwork(problem))
    }

    init(_ network: ProjectNetwork, criticalPath cpm: CriticalPath? = nil) {
        let cpm = cpm ?? CriticalPath(network)
        criticalPath = cpm.length
        var work = Array(repeating: 0, count: network.resourceCount)
        var firstRelease = Array(repeating: Int.max, count: network.resourceCount)
        for j in 0..<network.count {
            for k in network.demandStart[j]..<network.demandStart[j + 1] where network.durations[j] > 0 {
                let r = network.demandResource[k]
                work[r] += network.durations[j] * network.demandUnits[k]
                firstRelease[r] = min(firstRelease[r], network.releases[j])
            }
        }
        resourceLoad = work.indices.map { r in
            guard work[r] > 0, network.capacities[r] > 0 else { return 0 }
            return firstRelease[r] + (work[r] + network.capacities[r] - 1) / network.capacities[r]
        }
        var late = 0
        for j in 0..<network.count where cpm.earliestFinish[j] > network.dues[j] { late += cpm.earliestFinish[j] - network.dues[j] }
        tardiness = late
        var delay = 0
        for g in 0..<network.deadlineDues.count {
            for k in network.deadlineStart[g]..<network.deadlineStart[g + 1] where cpm.earliestFinish[network.deadlineList[k]] > network.deadlineDues[g] {
                delay += network.deadlineWeights[g] * (cpm.earliestFinish[network.deadlineList[k]] - network.deadlineDues[g])
            }
        }
        self.delay = delay
    }

    /// The bound under `objective`: no schedule costs less.
    public func cost(_ objective: ScheduleObjective) -> ScheduleCost {
        switch objective {
        case .makespan: return ScheduleCost(makespan: makespan)
        case .lateness: return ScheduleCost(delay: delay, tardiness: tardiness, makespan: makespan)
        }
    }

    /// How far `makespan` is above the bound, in percent of the bound (0 when the bound
    /// is 0).
    public func gap(_ makespan: Int) -> Double {
        self.makespan > 0 ? Double(makespan - self.makespan) * 100 / Double(self.makespan) : 0
    }
}
