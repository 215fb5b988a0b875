/// A dated, phased plan: every task with its dates and team, whether each milestone is met
/// on the scores the plan projects, and how far the schedule is from its lower bound.
public struct Roadmap: Sendable {
    public var calendar: RoadmapCalendar
    public var policy: RoadmapPolicy
    /// The capacity each policy resource had in this plan (after `--capacity` overrides).
    public var capacities: [String: Int]
    public var tasks: [RoadmapTask]
    /// Start and finish unit of each task (finish exclusive).
    public var starts: [Int]
    public var finishes: [Int]
    /// The scheduler's lower bound on the makespan and the schedules it generated.
    public var bound: Int
    public var schedulesGenerated: Int
    /// The schedule's cost under the roadmap's objective: weighted milestone delay, total
    /// tardiness, makespan (docs/roadmap.md).
    public var cost: ScheduleCost = ScheduleCost(makespan: 0)
    /// Units each task finishes after its milestone's real date (0 on time or without one).
    public var late: [Int] = []
    /// Capacities at which this schedule was found, when a plan with less capacity was kept
    /// because more found nothing better (`RoadmapPlanner`'s monotone rule); nil otherwise.
    public var keptFrom: [String: Int]? = nil
    public var phases: [PhasePlan]
    public var milestones: [MilestoneResult]
    /// The evaluation's upload, for a period scored from evidence with a dated evaluation.
    public var evaluation: EvaluationMilestone? = nil
    /// Scores now, at the end of each phase, and with every task done.
    public var projections: [Projection]
    /// The report the plan starts from.
    public var report: ScoreReport

    public var makespan: Int { finishes.max() ?? 0 }

    /// The units of the schedule, for charts and the load table.
    public var horizon: Int { makespan }

    /// The tasks of one phase, and whether its goals hold on the projected scores.
    public struct PhasePlan: Sendable {
        /// Nil for the tasks before the first phase or after the last.
        public var phase: RoadmapPolicy.Phase?
        /// Tasks starting within the phase, by start then name.
        public var tasks: [Int]
        public var goals: [GoalResult]
    }

    public struct GoalResult: Sendable {
        public var goal: RoadmapPolicy.Goal
        public var met: Bool
    }

    /// One policy target checked on the projected scores of its date.
    public struct MilestoneResult: Sendable {
        public var status: TargetStatus
        /// Tasks serving the target that finish after its date, most late first, with
        /// the units they are late by.
        public var lateTasks: [(task: Int, late: Int)]
        /// Whether the target is reached once every task is done (if not, no amount of
        /// scheduling meets it: the plan lacks actions, e.g. OPDs without services listed).
        public var reachableWithAllTasks: Bool
    }

    /// The upload of the evaluation a period scored from evidence prepares for: whether every
    /// evidence item the units owe is ready by its last day.
    public struct EvaluationMilestone: Sendable {
        public var year: Int
        public var due: CalendarDate
        /// The evidence items, and the tasks preparing them, that serve it.
        public var items: Int
        public var tasks: Int
        /// The city's index projected with every task done by `due`.
        public var index: Fraction?
        /// Item tasks finishing after the upload closes, most late first, with the units late.
        public var lateTasks: [(task: Int, late: Int)]
        public var met: Bool { lateTasks.isEmpty }
    }

    /// The city's and each OPD's scores at a point of the plan.
    public struct Projection: Sendable {
        public enum Point: Sendable, Hashable {
            case now
            case phaseEnd(String)
            case allDone
        }

        public var point: Point
        public var date: CalendarDate
        public var city: CityScore
        /// The index of each OPD.
        public var opdIndex: [Fraction?]
    }
}
