/// One OPD's need for one Bimtek module: how many of its people, how important, and by when.
///
/// The caller derives needs from the actions the rules found (each names its `modules`) and
/// the OPD's staff counts (`TrainingModule.participants(staff:)`); the priority usually comes
/// from the index gain the action is expected to bring.
public struct TrainingNeed: Sendable, Hashable {
    /// The OPD's position in the city's OPD list (tie-breaks follow it).
    public var opd: Int
    /// The OPD's id, for seats and reports.
    public var opdID: String
    /// The module id in the training catalog.
    public var module: String
    /// The role the participants hold.
    public var role: TrainingAudience
    /// People to train, at least 1.
    public var participants: Int
    /// Larger is more important. The budget goes to the most important needs first.
    public var priority: Fraction
    /// The day (0 = the plan's start date) on which a roadmap task waiting for this training
    /// starts: the training should have ended the day before. Nil: no deadline.
    public var latestStart: Int?
    /// Free labels saying where the need comes from (rule ids, indicator ids); not used by
    /// the planner.
    public var sources: [String]

    public init(opd: Int, opdID: String, module: String, role: TrainingAudience, participants: Int,
                priority: Fraction, latestStart: Int? = nil, sources: [String] = []) {
        self.opd = opd
        self.opdID = opdID
        self.module = module
        self.role = role
        self.participants = participants
        self.priority = priority
        self.latestStart = latestStart
        self.sources = sources
    }
}
