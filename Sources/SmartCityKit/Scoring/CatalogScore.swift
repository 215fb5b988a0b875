/// One catalog's result for an OPD or for the city: the overall value, the value of every
/// group (domain, aspect, dimension) and how much of the catalog it rests on.
public struct CatalogScore: Sendable {
    /// Id and version of the method that produced it; every output repeats them.
    public var catalogID: String
    public var catalogVersion: String
    /// The exact overall value; nil when nothing was answered or a missing answer blocks it.
    public var value: Fraction?
    /// Group id → exact value, for the groups with at least one level.
    public var groups: [String: Fraction]
    /// Percent of the catalog's weight the value rests on (100 for the city index).
    public var coveredWeight: Fraction
    /// Indicators whose missing answer blocks the value (policy `missingAnswer: block`).
    public var blockedBy: [IndicatorRef]

    /// The value as published: rounded half-up to the catalog's decimals.
    public func published(_ catalog: IndicatorCatalog, decimalSeparator: String = ".") -> String? {
        value.map { $0.formatted(decimals: catalog.decimals, decimalSeparator: decimalSeparator) }
    }

    /// The predicate of the unrounded value, as the regulation takes it.
    public func predikat(_ catalog: IndicatorCatalog) -> PredikatBand? {
        value.flatMap(catalog.predikat(for:))
    }

    /// Whether the published (rounded) value would suggest another predicate than the true
    /// one — e.g. 3.4985 is shown as 3.50 yet is *Baik*. Reports explain such cases.
    public func roundingCrossesBand(_ catalog: IndicatorCatalog) -> Bool {
        guard let value else { return false }
        return catalog.predikat(for: value) != catalog.predikat(for: value.rounded(decimals: catalog.decimals))
    }
}
