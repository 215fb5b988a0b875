/// How an indicator's value follows from its accepted evidence items, for a method whose
/// levels own bands of values (Indeks Pemdi 2026; shared/reference/pemdi.md, "How an
/// indicator value is formed").
///
/// Walking up from the lowest level, a level whose items are all accepted contributes its
/// whole band; at the first level `k` not complete the value is
/// `bottom(k) + width(k) × accepted(k) ÷ items(k)`; items above it never count. Nothing
/// accepted gives the lowest bottom (1.00). Exact: `1 + 0.5 × 1/3` stays `7/6`.
public enum IndicatorValueRule {
    /// The value and the level whose band holds it (the first level not complete; the top
    /// level when every level is).
    public static func value(accepted: [Int], items: [Int], bands: [ValueBand]) -> (value: Fraction, level: Int) {
        precondition(accepted.count == bands.count && items.count == bands.count, "one count per band")
        for (k, band) in bands.enumerated() where items[k] == 0 || accepted[k] < items[k] {
            let share = items[k] == 0 ? Fraction.zero : Fraction(Int64(accepted[k]), Int64(items[k]))
            return (band.bottom + band.width * share, band.level)
        }
        return (bands.last?.top ?? .zero, bands.last?.level ?? 0)
    }

    /// The value of an external index `x` mapped onto the bands: linearly inside the index's
    /// band for each level (SDI 25 in 12.5–37.5 gives 1.50 + 1.00 × 12.5/25 = 2.00).
    public static func value(external x: Fraction, mapping: ExternalIndexMapping, bands: [ValueBand]) -> (value: Fraction, level: Int) {
        for (k, (from, to)) in mapping.bands.enumerated() where k < bands.count && !(to < x) {
            let band = bands[k]
            let position = x < from ? Fraction.zero : (x - from) / (to - from)
            return (band.bottom + band.width * position, band.level)
        }
        return (bands.last?.top ?? .zero, bands.last?.level ?? 0)
    }
}
