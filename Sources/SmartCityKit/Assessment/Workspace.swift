/// A city's data folder: its OPDs and their assessments, period by period.
public struct Workspace: Sendable {
    /// The folder as the user named it.
    public var root: String
    public var opds: [OPD]
    /// OPD id → position in `opds`.
    public var opdIndex: [String: Int]
    /// The assessment periods found, sorted by date.
    public var periods: [PeriodInfo]

    public func opd(_ id: String) -> OPD? { opdIndex[id].map { opds[$0] } }
}

/// A period found on disk, before its answers are read.
public struct PeriodInfo: Sendable, Hashable {
    /// The folder name (`2019-09`).
    public var id: String
    /// The day the period's results describe (end of the month for `YYYY-MM`).
    public var date: CalendarDate
    public var label: LocalizedText?
    public var directory: String
    /// The index method the period is assessed with (`"method"` in `period.json`, e.g.
    /// `pemdi-2026`); nil: the policy's.
    public var method: String? = nil
    /// Where `method` is written, for messages about it.
    public var methodLocation: Diagnostic.Location? = nil
}

/// The answers and services of every OPD in one period.
public struct Period: Sendable {
    public var info: PeriodInfo
    /// One entry per OPD of the workspace, in `Workspace.opds` order.
    public var assessments: [OPDAssessment]
    /// The evidence register, assessor values and external indices, for a method that
    /// scores values from evidence.
    public var evidence: PeriodEvidence? = nil
    /// The indicator values formed from `evidence` (Scoring's `EvidenceValues.form`), once,
    /// when the period was loaded.
    public var values: EvidenceValues? = nil
}

/// What one OPD handed in for one period.
public struct OPDAssessment: Sendable {
    public var opd: Int
    /// Answers sorted by indicator.
    public var answers: [Answer]
    public var services: [ServiceRecord]
    /// Whether any answer file named this OPD (an OPD with none is "not assessed").
    public var assessed: Bool
    public var hasServiceFile: Bool
    /// Indicators answered with a value that was rejected (already reported).
    public var invalid: Set<IndicatorRef>

    public init(opd: Int) {
        self.opd = opd
        answers = []
        services = []
        assessed = false
        hasServiceFile = false
        invalid = []
    }
}
