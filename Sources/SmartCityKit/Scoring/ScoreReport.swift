/// The result of scoring one period: per OPD and for the city, with the methods named.
public struct ScoreReport: Sendable {
    public var period: PeriodInfo
    public var cityName: LocalizedText
    public var opds: [OPD]
    public var scores: [OPDScore]
    public var city: CityScore
    public var catalogs: CatalogSet
    public var policy: Policy
}
