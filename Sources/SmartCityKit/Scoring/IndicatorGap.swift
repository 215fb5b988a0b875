/// An indicator an OPD holds below the period's target, with what closing it is worth —
/// worked out once, when the period is scored, for the gap report, the Bimtek priorities and
/// the exports to read.
public struct IndicatorGap: Sendable, Hashable {
    public var indicator: IndicatorRef
    /// The value counted for the OPD, or the scale's lowest when it gave none.
    public var level: Fraction
    public var target: Fraction
    /// The OPD's own score (its weighted mean over what it answers) after − before.
    public var gain: Fraction
    /// weight × (target − level) ÷ 100: what the indicator adds to its index at the city's
    /// level when it reaches the target.
    public var indexPoints: Fraction
    /// `indexPoints` when this OPD's level is the city's (the role owner of an index
    /// indicator); nil otherwise.
    public var cityGain: Fraction?

    /// The gaps of one OPD, in catalog order: every expected indicator with a target, not
    /// marked *tidak berlaku*, whose counted value is below it.
    static func gaps(opd: Int, result: Scorer.OPDResult, city: [[CityLevel]], targets: [[Fraction?]],
                     catalogs: CatalogSet, scope: Scope) -> [IndicatorGap] {
        let (levels, sums, notApplicable) = (result.levels, result.sums, result.score.notApplicable)
        var out: [IndicatorGap] = []
        for ref in scope.expected[opd] {
            guard let target = targets[ref.slot.rawValue][ref.position], !notApplicable.contains(where: { $0.indicator == ref }) else { continue }
            let catalog = catalogs.catalog(ref.slot)
            let counted = levels[ref.slot.rawValue][ref.position]
            let level = counted ?? catalog.valueScale.minimum
            guard level < target else { continue }
            let w = catalog.indicators[ref.position].weight
            let slotSums = sums[ref.slot.rawValue]
            let gain = slotSums.mean(replacing: counted, with: target, weight: w) - (slotSums.mean ?? .zero)
            let points = w * (target - level) / Fraction(100)
            var cityGain: Fraction?
            if ref.slot == .index, case .owner(let owner) = city[ref.slot.rawValue][ref.position].basis, owner == opd { cityGain = points }
            out.append(IndicatorGap(indicator: ref, level: level, target: target, gain: gain, indexPoints: points, cityGain: cityGain))
        }
        return out
    }
}
