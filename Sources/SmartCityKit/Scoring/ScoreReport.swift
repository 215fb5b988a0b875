/// The result of scoring one period: per OPD and for the city, with the methods named.
public struct ScoreReport: Sendable {
    public var period: PeriodInfo
    public var cityName: LocalizedText
    public var opds: [OPD]
    public var scores: [OPDScore]
    public var city: CityScore
    public var catalogs: CatalogSet
    public var policy: Policy
    /// How readiness was decided, for the texts that explain it.
    public var readiness: ReadinessDefinition
    /// The rules in force and what they found, per OPD in workspace order.
    public var rules = RuleSet()
    public var findings: [[Finding]] = []
}
