/// What `RCPSPSolver.solve` found: the best schedule with its cost and bounds, and how
/// much search it took; or, for a problem that cannot be scheduled, only the findings.
public struct SolverResult: Sendable {
    /// The best schedule, nil when the problem has errors.
    public var schedule: Schedule?
    /// Its cost under the solver's objective.
    public var cost: ScheduleCost?
    /// Lower bounds of the problem, nil when it has errors.
    public var bounds: LowerBounds?
    /// The problem's validation findings.
    public var findings: [Diagnostic]
    /// Schedule-generation passes used, justification passes included.
    public var schedulesGenerated: Int
    /// The pass count at which the best schedule was generated.
    public var bestFoundAt: Int
    /// Whether the wall-time limit ended the search.
    public var stoppedByTimeLimit: Bool
    /// Whether the cost equals the lower bound under the objective, which proves the
    /// schedule optimal (and ended the search early).
    public var reachedLowerBound: Bool

    public init(schedule: Schedule? = nil, cost: ScheduleCost? = nil, bounds: LowerBounds? = nil, findings: [Diagnostic] = [],
                schedulesGenerated: Int = 0, bestFoundAt: Int = 0, stoppedByTimeLimit: Bool = false, reachedLowerBound: Bool = false) {
        self.schedule = schedule
        self.cost = cost
        self.bounds = bounds
        self.findings = findings
        self.schedulesGenerated = schedulesGenerated
        self.bestFoundAt = bestFoundAt
        self.stoppedByTimeLimit = stoppedByTimeLimit
        self.reachedLowerBound = reachedLowerBound
    }

    /// Makespan of the best schedule.
    public var makespan: Int? { schedule?.makespan }


    /// Makespan above the lower bound, in percent of the bound.
    public var gap: Double? {
        guard let makespan, let bounds else { return nil }
        return bounds.gap(makespan)
    }
}
