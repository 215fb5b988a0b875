/// A scored period with what the rules found in it: the report every page, export, plan and
/// explanation reads. Made whole in one step (`RuleEvaluator.report`), never filled in later.
///
/// The scored values are read through it as its own (`report.scores`, `report.city`):
/// `ScoredPeriod` is the scoring stage's result, this the rule stage's.
@dynamicMemberLookup
public struct ScoreReport: Sendable {
    public let scored: ScoredPeriod
    /// The rules in force.
    public let rules: RuleSet
    /// What they found, per OPD in workspace order.
    public let findings: [[Finding]]

    public init(scored: ScoredPeriod, rules: RuleSet, findings: [[Finding]]) {
        self.scored = scored
        self.rules = rules
        self.findings = findings
    }

    public subscript<T>(dynamicMember keyPath: KeyPath<ScoredPeriod, T>) -> T { scored[keyPath: keyPath] }

    /// The period's target for one indicator.
    public func target(_ ref: IndicatorRef) -> Fraction? { scored.target(ref) }
}
