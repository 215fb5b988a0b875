extension Diagnostic {
    /// A finding of the planning stage: its message, the activities it names and, for input
    /// read from a file, where.
    public init(_ message: PlanningMessage, activities: [Int] = [], at location: Location? = nil, severity: Severity? = nil) {
        self.init(.planning(message), at: location, severity: severity, subjects: activities)
    }

    /// Indices into `SchedulingProblem.activities` a planning finding names.
    public var activities: [Int] { subjects }
}

extension Diagnostic {
    /// The planning message, when this is a planning finding.
    public var planningMessage: PlanningMessage? {
        if case .planning(let m) = message { return m }
        return nil
    }
}
