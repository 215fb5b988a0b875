/// One indicator the city may argue at the interview (*sanggah*): what its uploads claim
/// beside what the assessor gave, the items sent back, and the index points at stake.
public struct AppealCase: Sendable, Hashable {
    /// The indicator's position in the method's catalog.
    public var position: Int
    /// The value if every item the units put forward were accepted.
    public var claimed: Fraction
    /// The value that counts now (the assessor's where given).
    public var result: Fraction
    /// weight × (claimed − result) ÷ 100.
    public var pointsAtStake: Fraction
    /// The items in revision, lowest level first, with the assessor's note and the response.
    public var revisions: [IndicatorValue.ItemState]

    /// The indicators whose claim exceeds the result or that have items in revision, by the
    /// points at stake (largest first), then in catalog order.
    static func cases(_ values: [IndicatorValue], catalog: IndicatorCatalog) -> [AppealCase] {
        let cases = values.compactMap { value -> AppealCase? in
            guard case .evidence = value.source else { return nil }
            let revisions = value.items.filter { $0.status == .revisi }
            let stake = value.value < value.claimed ? catalog.indicators[value.position].weight * (value.claimed - value.value) / Fraction(100) : .zero
            guard !revisions.isEmpty || stake > .zero else { return nil }
            return AppealCase(position: value.position, claimed: value.claimed, result: value.value, pointsAtStake: stake, revisions: revisions)
        }
        return cases.sorted { a, b in a.pointsAtStake != b.pointsAtStake ? b.pointsAtStake < a.pointsAtStake : a.position < b.position }
    }
}
