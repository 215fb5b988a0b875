/// The city's results for one period.
public struct CityScore: Sendable {
    /// The city's level of every indicator, per catalog slot, in catalog order.
    public var levels: [[CityLevel]]
    public var index: CatalogScore
    /// The regulation's nested computation of the same index; equal to `index.value` when
    /// every level is present (a check the tests hold the engine to).
    public var nestedIndex: Fraction?
    public var dimensions: CatalogScore
    public var opdCount: Int
    public var assessedCount: Int
    public var daringCount: Int
    public var integratedCount: Int
    /// Services per stage over all OPDs.
    public var servicesPerStage: [Int]
    public var targets: [TargetStatus]
    /// The index indicators' values with what they rest on, when the period's method scores
    /// values from evidence and the period has an evidence register.
    public var values: EvidenceValues? = nil

    public func level(_ ref: IndicatorRef) -> CityLevel { levels[ref.slot.rawValue][ref.position] }
}

/// The city's level of one indicator and how it was formed.
public struct CityLevel: Sendable, Hashable {
    public enum Basis: Sendable, Hashable {
        /// The owning OPD's level.
        case owner(opd: Int)
        /// Mean (exact value kept) over this many answering OPDs.
        case mean(exact: Fraction, count: Int)
        /// Lowest over this many answering OPDs.
        case minimum(count: Int)
        /// Nobody answered: counted as the floor level (policy `missingAnswer: level-1`).
        case floor
        /// Nobody answered and the policy blocks the city value.
        case missing
        /// Formed from the city's evidence items or another agency's index
        /// (`CityScore.values`), for a method that scores values inside level bands.
        case evidence
    }

    /// The level used in the city's index; nil only when `basis` is `.missing`.
    public var level: Fraction?
    public var basis: Basis
}

/// Where the city stands against one of its dated targets on the period's date.
public struct TargetStatus: Sendable, Hashable {
    public var target: Policy.Target
    /// The measured value (an OPD count, an index, a lowest dimension score).
    public var actual: Fraction?
    /// The value asked for (OPD counts resolved against the city's number of OPDs).
    public var required: Fraction
    public var met: Bool
    /// Whole months from the period's date to the target date (negative when past).
    public var monthsLeft: Int
}
