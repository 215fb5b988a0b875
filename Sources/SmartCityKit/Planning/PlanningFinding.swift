/// A finding of the planning stage: a message, the activities it is about and, for input
/// read from a file, where.
///
/// It carries everything a `Diagnostic` does (message, position, severity) and becomes one
/// with `diagnostic`; `activities` stays for callers that want to highlight the activities
/// themselves.
public struct PlanningFinding: Sendable, Hashable {
    public var message: PlanningMessage
    /// Indices into `SchedulingProblem.activities` the finding names, in the message's order
    /// (a cycle lists its activities along the cycle).
    public var activities: [Int]
    public var location: Diagnostic.Location?
    public var severity: Diagnostic.Severity

    public init(_ message: PlanningMessage, activities: [Int] = [], at location: Diagnostic.Location? = nil, severity: Diagnostic.Severity? = nil) {
        self.message = message
        self.activities = activities
        self.location = location
        self.severity = severity ?? message.defaultSeverity
    }

    /// The stable code, e.g. `PLN001`; tests match on it, not on wording.
    public var code: String { message.code }

    public var isError: Bool { severity == .error }

    /// The finding as a `Diagnostic`, for `DiagnosticRenderer` and the run's other findings.
    public var diagnostic: Diagnostic { Diagnostic(.planning(message), at: location, severity: severity) }
}

extension Array where Element == PlanningFinding {
    /// Whether any finding is an error.
    public var hasErrors: Bool { contains { $0.isError } }

    /// The findings by file, line, column, then code, as `Diagnostic`s are shown.
    public func sortedForDisplay() -> [PlanningFinding] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): break
            case (nil, _): return true
            case (_, nil): return false
            case let (la?, lb?):
                if la < lb { return true }
                if lb < la { return false }
            }
            if a.element.code != b.element.code { return a.element.code < b.element.code }
            return a.offset < b.offset
        }.map(\.element)
    }
}
