/// The rules a city is evaluated with, loaded from `indicators/rules/*.json` and the
/// workspace's `rules/*.json` (which may replace a national rule by using its id), compiled
/// against the catalogs in use.
public struct RuleSet: Sendable {
    public var applies: [AppliesRule] = []
    public var readiness: [ReadinessRule] = []
    public var actions: [ActionRule] = [] { didSet { actionIndex = Self.index(actions.map(\.header.id)) } }
    public var requires: [RequiresRule] = [] { didSet { requiresIndex = Self.index(requires.map(\.header.id)) } }
    public var flags: [FlagRule] = [] { didSet { flagIndex = Self.index(flags.map(\.header.id)) } }
    private var actionIndex: [String: Int] = [:]
    private var requiresIndex: [String: Int] = [:]
    private var flagIndex: [String: Int] = [:]

    static func index(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }
    /// The rule files that were used, as `id version`.
    public var files: [String] = []

    public init() {}

    public var isEmpty: Bool { applies.isEmpty && readiness.isEmpty && actions.isEmpty && requires.isEmpty && flags.isEmpty }

    public func action(_ id: String) -> ActionRule? { actionIndex[id].map { actions[$0] } }
    /// The position of an action in `actions`: reading one field through it does not copy
    /// the whole rule (its compiled program included), which pages do for every action.
    public func actionPosition(_ id: String) -> Int? { actionIndex[id] }
    public func flag(_ id: String) -> FlagRule? { flagIndex[id].map { flags[$0] } }
    /// The action that plans an indicator's evidence items (its days per item, team, modules
    /// and phase): the first action naming the indicator.
    public func itemAction(for ref: IndicatorRef) -> ActionRule? { actions.first { $0.indicator == ref } }
    public func requirement(_ id: String) -> RequiresRule? { requiresIndex[id].map { requires[$0] } }

    /// The condition of the rule with this kind and id (`when`, or `condition` of `requires`).
    public func condition(_ kind: RuleKind, _ id: String) -> RuleProgram? {
        switch kind {
        case .action: return actionIndex[id].map { actions[$0].condition }
        case .flag: return flag(id)?.condition
        case .requires: return requirement(id)?.condition
        case .readiness: return readiness.first { $0.header.id == id }?.condition
        case .applies: return applies.first { $0.header.id == id }?.condition
        }
    }

    /// The text of the rule with this kind and id (applies rules have none).
    public func text(_ kind: RuleKind, _ id: String) -> LocalizedText? {
        switch kind {
        case .action: return actionIndex[id].map { actions[$0].text }
        case .flag: return flag(id)?.text
        case .requires: return requirement(id)?.text
        case .readiness: return readiness.first { $0.header.id == id }?.text
        case .applies: return nil
        }
    }

    /// Every rule's header, in file order by kind.
    public var headers: [RuleHeader] {
        applies.map(\.header) + readiness.map(\.header) + actions.map(\.header) + requires.map(\.header) + flags.map(\.header)
    }
}

/// What every rule has: its id, kind, and where it was written.
public struct RuleHeader: Sendable, Hashable {
    public var id: String
    public var kind: RuleKind
    public var file: String
    public var line: Int
    public var description: LocalizedText?
}

public enum RuleKind: String, Sendable, Hashable, CaseIterable {
    case applies, readiness, action, requires, flag
}

/// Which OPDs answer the named indicators: replaces the catalog's `answeredBy` for them.
public struct AppliesRule: Sendable {
    public var header: RuleHeader
    public var indicators: [IndicatorRef]
    public var condition: RuleProgram
}

/// The definition of *daring* or *integrated* for an OPD.
public struct ReadinessRule: Sendable {
    public enum Status: String, Sendable, Hashable, CaseIterable { case daring, integrated }

    public var header: RuleHeader
    public var status: Status
    public var condition: RuleProgram
    /// The definition in words, shown next to the counts.
    public var text: LocalizedText
}

/// What to do when a condition holds, typically a gap between an indicator's level and the
/// period's target.
public struct ActionRule: Sendable {
    public enum Owner: Sendable, Hashable {
        /// Whoever answers the indicator (the OPD itself, or the role holder).
        case responsible
        case role(String)
        case opd(String)
    }

    public var header: RuleHeader
    public var indicator: IndicatorRef?
    public var condition: RuleProgram
    public var text: LocalizedText
    public var effortMonths: Fraction
    public var resource: String
    public var owner: Owner
    public var phase: String
    /// Bimtek module ids the action needs.
    public var modules: [String]
    /// When done, the OPD's services below this stage reach it (digitisation actions); what
    /// a roadmap projects for readiness.
    public var servicesTo: Int? = nil
    /// Days of work to prepare one evidence item of the indicator (indicators scored from
    /// evidence): what orders a unit's items by index points per day.
    public var daysPerItem: Fraction? = nil
}

/// A prerequisite of an action: other actions to finish first, and/or a city-wide condition.
public struct RequiresRule: Sendable {
    public var header: RuleHeader
    public var action: String
    public var after: [String]
    public var condition: RuleProgram?
    public var text: LocalizedText
}

/// A data-quality flag for the facilitator.
public struct FlagRule: Sendable {
    public var header: RuleHeader
    /// Evaluated once per indicator the OPD answers (`it`), or once per OPD.
    public var forEach: Bool
    public var condition: RuleProgram
    public var severity: Severity
    public var text: LocalizedText

    public enum Severity: String, Sendable, Hashable, CaseIterable { case warning, info }
}
