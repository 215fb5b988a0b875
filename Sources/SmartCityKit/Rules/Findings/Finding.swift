/// What a rule concluded about one OPD (and, for rules over indicators, one indicator),
/// with the values that decided it.
public struct Finding: Sendable, Hashable {
    public var rule: String
    public var kind: RuleKind
    /// The OPD evaluated (position in the workspace).
    public var opd: Int
    public var indicator: IndicatorRef?
    /// The values the condition read, in the order of its `inputs` (labels come from the
    /// rule: `RuleEvaluator.trace`).
    public var values: [RuleValue]
    /// For actions: what to reach, who acts, and what it waits for.
    public var action: ActionOutcome?

    public init(rule: String, kind: RuleKind, opd: Int, indicator: IndicatorRef?, values: [RuleValue], action: ActionOutcome? = nil) {
        self.rule = rule
        self.kind = kind
        self.opd = opd
        self.indicator = indicator
        self.values = values
        self.action = action
    }
}

/// One value read by a rule, for traces.
public struct TraceValue: Sendable, Hashable {
    /// The expression as written (`level("SPBE-07")`, with `it` replaced by the indicator).
    public var label: String
    public var value: RuleValue
}

/// The concrete action for one OPD.
public struct ActionOutcome: Sendable, Hashable {
    /// The period's target level of the indicator, when the action names one.
    public var targetLevel: Fraction?
    /// The OPD that acts (position in the workspace).
    public var owner: Int?
    /// Actions (rule ids) that must be done first and are still open.
    public var waitsOn: [String] = []
    /// `requires` rules whose city-wide condition does not hold yet.
    public var blockedBy: [String] = []
}
