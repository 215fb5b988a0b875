/// One task of the roadmap: an action the rules found for one OPD, with what it needs (a
/// team, some months, tasks before it) and what it serves (a dated target).
public struct RoadmapTask: Sendable, Hashable {
    /// The action rule (`act-spbe-23`).
    public var rule: String
    /// The OPD the action was found for (position in the workspace).
    public var opd: Int
    /// The OPD that acts.
    public var owner: Int
    public var indicator: IndicatorRef?
    /// The level the task brings the indicator to.
    public var targetLevel: Fraction?
    /// The stage the OPD's services reach when the task is done.
    public var servicesTo: Int?
    /// The rules' phase key (`kebijakan`, `layanan`, …).
    public var phaseKey: String
    /// The policy resource the task needs (`kominfo-dev`).
    public var resource: String
    public var effortMonths: Fraction
    /// Length in the roadmap's time unit.
    public var duration: Int
    /// Tasks (positions in the roadmap) that must finish first.
    public var predecessors: [Int]
    /// What the task is due for, and by when.
    public var serves: Milestone?
    public var modules: [String]
    /// For a method scored from evidence: the level whose items the task prepares (`I1-L3`),
    /// and those items (`I1-L3-02`, `I1-L3-04`: the ones its unit owes).
    public var item: String? = nil
    public var items: [String] = []
    /// The level of the indicator those items are criteria of (5 for `I16-L5`).
    public var itemLevel: Int? = nil

    /// `dinkes/act-spbe-23`, or `barenlitbang/I1-L3` for a level's evidence items: how
    /// messages and the calendar name the task.
    public func name(_ opds: [OPD]) -> String { opds[opd].id + "/" + (item ?? rule) }
}

/// A dated aim a task serves: one of the policy's targets, or a level target.
public struct Milestone: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A policy target, by id (`daring-45`).
        case target(String)
        /// A `levelTargets` entry: this level (a value on the indicator's scale) by the date.
        case level(Fraction)
        /// The upload of this year's evaluation (the policy's `evaluations`).
        case evaluation(year: Int)
    }

    public var kind: Kind
    public var by: CalendarDate
    /// What each unit of delay costs, from the policy (`weight`, default 1).
    public var weight: Int = 1
}
