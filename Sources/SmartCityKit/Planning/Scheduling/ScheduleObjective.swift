/// What the solver minimises.
public enum ScheduleObjective: String, Sendable, Hashable, CaseIterable {
    /// The project's duration, as in PSPLIB and the RCPSP literature.
    case makespan
    /// The weighted tardiness against the deadlines first, then the activities' total
    /// tardiness against their own due dates, then makespan: what the city promised matters more than finishing
    /// the whole plan early. All three are regular measures (non-decreasing in every
    /// finish), so the serial scheme still reaches an optimum.
    case lateness
}

/// A schedule's value under an objective, compared lexicographically: the weighted
/// tardiness against the deadlines, then total tardiness (both always 0 under `.makespan`), then makespan.
public struct ScheduleCost: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Σ weight × units late over the deadlines and each of their activities.
    public var delay: Int
    /// Σ units late over the activities with a due date.
    public var tardiness: Int
    public var makespan: Int

    public init(delay: Int = 0, tardiness: Int = 0, makespan: Int) {
        self.delay = delay
        self.tardiness = tardiness
        self.makespan = makespan
    }

    public static func < (a: ScheduleCost, b: ScheduleCost) -> Bool {
        (a.delay, a.tardiness, a.makespan) < (b.delay, b.tardiness, b.makespan)
    }

    public var description: String {
        delay == 0 && tardiness == 0 ? "\(makespan)" : "(\(delay), \(tardiness), \(makespan))"
    }
}

extension ScheduleObjective {
    /// The cost of finishing times `finishes` with makespan `makespan`. O(n + Σ deadline sizes).
    func cost(finishes: [Int], makespan: Int, network: ProjectNetwork) -> ScheduleCost {
        switch self {
        case .makespan:
            return ScheduleCost(makespan: makespan)
        case .lateness:
            var tardiness = 0
            for j in 0..<network.count where finishes[j] > network.dues[j] { tardiness += finishes[j] - network.dues[j] }
            var delay = 0
            for g in 0..<network.deadlineDues.count {
                let due = network.deadlineDues[g]
                var late = 0
                for k in network.deadlineStart[g]..<network.deadlineStart[g + 1] where finishes[network.deadlineList[k]] > due {
                    late += finishes[network.deadlineList[k]] - due
                }
                delay += network.deadlineWeights[g] * late
            }
            return ScheduleCost(delay: delay, tardiness: tardiness, makespan: makespan)
        }
    }

    /// The cost of a schedule of `problem`.
    public func cost(of schedule: Schedule, in problem: SchedulingProblem) -> ScheduleCost {
        switch self {
        case .makespan: return ScheduleCost(makespan: schedule.makespan)
        case .lateness:
            return ScheduleCost(delay: schedule.delay(in: problem), tardiness: schedule.tardiness(in: problem), makespan: schedule.makespan)
        }
    }
}
