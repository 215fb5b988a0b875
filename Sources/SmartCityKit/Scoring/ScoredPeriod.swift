/// The result of scoring one period: per OPD and for the city, with the methods named, the
/// period's targets and each OPD's gaps. Complete when `Scorer.score` returns it; the rules'
/// findings are the next stage's (`ScoreReport`).
public struct ScoredPeriod: Sendable {
    public var period: PeriodInfo
    public var cityName: LocalizedText
    public var opds: [OPD]
    public var scores: [OPDScore]
    public var city: CityScore
    public var catalogs: CatalogSet
    public var policy: Policy
    /// How readiness was decided, for the texts that explain it.
    public var readiness: ReadinessDefinition
    /// The target value of every indicator for the period's date (`Policy.targetLevels`), per
    /// slot and position; nil where the policy sets none. Worked out once, when scoring.
    public var targets: [[Fraction?]]
    /// The evaluation the period prepares for, with its stages' days left as of the period's
    /// date; nil when the policy dates none for the period's method.
    public var evaluation: EvaluationTimeline? = nil

    /// The period's target for one indicator.
    public func target(_ ref: IndicatorRef) -> Fraction? { targets[ref.slot.rawValue][ref.position] }

    /// What rules read about the scored period (targets and the city's values).
    public var ruleData: RulePeriodData { RulePeriodData(catalogs: catalogs, targets: targets, city: city) }
}
