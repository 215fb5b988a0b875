/// A scored period with what the rules found in it: the report every page, export, plan and
/// explanation reads. Made whole in one step (`RuleEvaluator.report`), never filled in later.
///
/// The scored values are read through it as its own (`report.scores`, `report.city`):
/// `ScoredPeriod` is the scoring stage's result, this the rule stage's. They are plain
/// forwarding properties, not a key-path lookup: renderers read them per OPD and indicator of
/// a national run, where a key path's copy on every read costs.
public struct ScoreReport: Sendable {
    public let scored: ScoredPeriod
    /// The rules in force.
    public let rules: RuleSet
    /// What they found, per OPD in workspace order.
    public let findings: [[Finding]]
    /// Evaluation errors: rules whose arithmetic overflowed for an OPD.
    public let diagnostics: [Diagnostic]

    public init(scored: ScoredPeriod, rules: RuleSet, findings: [[Finding]], diagnostics: [Diagnostic] = []) {
        self.scored = scored
        self.rules = rules
        self.findings = findings
        self.diagnostics = diagnostics
    }

    public var period: PeriodInfo { scored.period }
    public var cityName: LocalizedText { scored.cityName }
    public var opds: [OPD] { scored.opds }
    public var scores: [OPDScore] { scored.scores }
    public var city: CityScore { scored.city }
    public var catalogs: CatalogSet { scored.catalogs }
    public var policy: Policy { scored.policy }
    public var readiness: ReadinessDefinition { scored.readiness }
    public var targets: [[Fraction?]] { scored.targets }
    public var evaluation: EvaluationTimeline? { scored.evaluation }
    public var ruleData: RulePeriodData { scored.ruleData }

    /// The period's target for one indicator.
    public func target(_ ref: IndicatorRef) -> Fraction? { scored.target(ref) }
}
