/// What the solver minimises.
public enum ScheduleObjective: String, Sendable, Hashable, CaseIterable {
    /// The project's duration, as in PSPLIB and the RCPSP literature.
    case makespan
    /// Total tardiness against the activities' due dates first, then makespan: the
    /// roadmap's targets matter more than finishing the whole plan early. Both are regular
    /// measures (non-decreasing in every finish), so the serial scheme still reaches an
    /// optimum.
    case lateness
}

/// A schedule's value under an objective, compared lexicographically: tardiness first
/// (always 0 under `.makespan`), then makespan.
public struct ScheduleCost: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var tardiness: Int
    public var makespan: Int

    public init(tardiness: Int = 0, makespan: Int) {
        self.tardiness = tardiness
        self.makespan = makespan
    }

    public static func < (a: ScheduleCost, b: ScheduleCost) -> Bool {
        (a.tardiness, a.makespan) < (b.tardiness, b.makespan)
    }

    public var description: String { tardiness == 0 ? "\(makespan)" : "(\(tardiness), \(makespan))" }
}

extension ScheduleObjective {
    /// The cost of finishing times `finishes` with makespan `makespan`.
    func cost(finishes: [Int], makespan: Int, network: ProjectNetwork) -> ScheduleCost {
        switch self {
        case .makespan:
            return ScheduleCost(makespan: makespan)
        case .lateness:
            var tardiness = 0
            for j in 0..<network.count where finishes[j] > network.dues[j] { tardiness += finishes[j] - network.dues[j] }
            return ScheduleCost(tardiness: tardiness, makespan: makespan)
        }
    }

    /// The cost of a schedule of `problem`.
    public func cost(of schedule: Schedule, in problem: SchedulingProblem) -> ScheduleCost {
        switch self {
        case .makespan: return ScheduleCost(makespan: schedule.makespan)
        case .lateness: return ScheduleCost(tardiness: schedule.tardiness(in: problem), makespan: schedule.makespan)
        }
    }
}
