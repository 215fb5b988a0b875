/// When each activity of a `SchedulingProblem` runs: start and finish per activity, in the
/// problem's order, in whole time units from 0.
///
/// A plain value that may be wrong: `ScheduleChecker` says whether it keeps the problem's
/// precedence, capacities and release dates. The solver only returns checked-by-construction
/// schedules, and the tests pass every one through the checker as well.
public struct Schedule: Sendable, Hashable {
    public var starts: [Int]
    public var finishes: [Int]

    /// A schedule from explicit starts and finishes.
    public init(starts: [Int], finishes: [Int]) {
        self.starts = starts
        self.finishes = finishes
    }

    /// A schedule from starts, finishing each activity after its duration in `problem`.
    /// Starts beyond the problem's activities are dropped; missing ones make the schedule
    /// shorter (the checker reports it).
    public init(starts: [Int], problem: SchedulingProblem) {
        self.starts = starts
        self.finishes = zip(starts, problem.activities).map { $0 + $1.duration }
    }

    /// The latest finish, 0 for an empty project.
    public var makespan: Int { finishes.max() ?? 0 }

    /// Total tardiness: Σ max(0, finish − due) over the activities of `problem` with a due
    /// date.
    public func tardiness(in problem: SchedulingProblem) -> Int {
        var total = 0
        for (finish, activity) in zip(finishes, problem.activities) {
            if let due = activity.due, finish > due { total += finish - due }
        }
        return total
    }

    /// Weighted tardiness against the deadlines of `problem`: Σ weight × max(0, finish − due)
    /// over each deadline and each of its activities.
    public func delay(in problem: SchedulingProblem) -> Int {
        var total = 0
        for deadline in problem.deadlines {
            for a in Set(deadline.activities) where a >= 0 && a < finishes.count && finishes[a] > deadline.due {
                total += deadline.weight * (finishes[a] - deadline.due)
            }
        }
        return total
    }
}
