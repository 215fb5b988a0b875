/// An estimated profile under a newer method from the city levels of an older one, through a
/// crosswalk (docs/crosswalk.md): a starting point, always labelled as an estimate, never a
/// score of the newer method.
public struct CrosswalkEstimate: Sendable {
    public struct Entry: Sendable {
        /// Position in the newer catalog.
        public var position: Int
        /// The weighted mean of the linked levels, exact; nil: no evidence yet.
        public var exact: Fraction?
        /// `exact` rounded half-up to a whole level.
        public var level: Int?
        /// Where the estimate lands on the newer method's scale: the middle of the estimated
        /// level's value band when the method scores values (level 3 → 3.00, level 4 → 3.75),
        /// else the level itself.
        public var value: Fraction?
        /// The estimated level's value band, when the method has bands.
        public var band: ValueBand?
        /// The linked indicators with their weights and the city levels read.
        public var sources: [(indicator: String, weight: Fraction, level: Fraction?)]
    }

    public var crosswalk: Crosswalk
    public var catalog: IndicatorCatalog
    public var entries: [Entry]
    /// Weight of the indicators with an estimate, and of all indicators.
    public var coveredWeight: Fraction
    public var totalWeight: Fraction
    /// Σ w·v ÷ Σ w over the estimated indicators (`v`: `Entry.value`).
    public var coveredMean: Fraction?
    /// The index with every indicator without evidence at the lowest and at the highest level,
    /// and, on a method with value bands, every estimated one at its band's bottom and top.
    public var lower: Fraction
    public var upper: Fraction

    /// The predicate, from the newer method's own bands, when both bounds fall in one band.
    public var predikat: PredikatBand? {
        guard let a = catalog.predikat(for: lower), let b = catalog.predikat(for: upper), a == b else { return nil }
        return a
    }

    /// The estimate from a scored period's city levels (the crosswalk's `from` method).
    public static func estimate(_ crosswalk: Crosswalk, catalog: IndicatorCatalog, from report: ScoreReport) -> CrosswalkEstimate {
        let index = report.catalogs.index
        return estimate(crosswalk, catalog: catalog) { id in
            index.position(of: id).flatMap { report.city.level(IndicatorRef(slot: .index, position: $0)).level }
        }
    }

    /// The share of the weight with an estimate, in whole percent (`58`).
    public var coveragePercent: String {
        totalWeight.isZero ? "0" : (coveredWeight * Fraction(100) / totalWeight).formatted(decimals: 0)
    }

    /// The estimate for `catalog` (the crosswalk's `to`) from `levels`, the older method's city
    /// level of each of its indicator ids (nil: not known — left out of the mean).
    public static func estimate(_ crosswalk: Crosswalk, catalog: IndicatorCatalog, levels: (String) -> Fraction?) -> CrosswalkEstimate {
        var entries: [Entry] = []
        var covered = Fraction.zero, total = Fraction.zero, weighted = Fraction.zero
        var floorPart = Fraction.zero, ceilingPart = Fraction.zero
        let low = catalog.valueScale.minimum, high = catalog.valueScale.maximum
        for (position, indicator) in catalog.indicators.enumerated() {
            let link = crosswalk.links.first { IndicatorID.normalized($0.target) == IndicatorID.normalized(indicator.id) }
            let sources = (link?.sources ?? []).map { (indicator: $0.indicator, weight: $0.weight, level: levels($0.indicator)) }
            var sum = Fraction.zero, weights = Fraction.zero
            for s in sources {
                guard let level = s.level else { continue }
                sum += s.weight * level
                weights += s.weight
            }
            let exact = weights.isZero ? nil : sum / weights
            let level = exact.map { Int($0.rounded(decimals: 0).numerator) }
            let band = level.flatMap(catalog.band)
            let value = band.map { $0.bottom + $0.width / Fraction(2) } ?? level.map { Fraction($0) }
            entries.append(Entry(position: position, exact: exact, level: level, value: value, band: band, sources: sources))
            total += indicator.weight
            if let level, let value {
                covered += indicator.weight
                weighted += indicator.weight * value
                // On a method with bands the estimate is the whole band: the range keeps it.
                floorPart += indicator.weight * ((band?.bottom ?? Fraction(level)) - value)
                ceilingPart += indicator.weight * ((band?.top ?? Fraction(level)) - value)
            } else {
                floorPart += indicator.weight * low
                ceilingPart += indicator.weight * high
            }
        }
        let divisor = total.isZero ? Fraction.one : total
        return CrosswalkEstimate(crosswalk: crosswalk, catalog: catalog, entries: entries, coveredWeight: covered, totalWeight: total,
                                 coveredMean: covered.isZero ? nil : weighted / covered,
                                 lower: (weighted + floorPart) / divisor, upper: (weighted + ceilingPart) / divisor)
    }
}
