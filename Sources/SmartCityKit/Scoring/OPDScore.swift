/// Everything scored for one OPD in one period.
public struct OPDScore: Sendable {
    public var opd: Int
    /// False when the OPD handed in no answers for the period; its scores are then empty.
    public var assessed: Bool
    /// The official index (SPBE 2020) over the indicators the OPD answers.
    public var index: CatalogScore
    /// Smart-city dimension scores (groups) over the indicators the OPD answers.
    public var dimensions: CatalogScore
    public var readiness: Readiness
    /// The levels that counted, by indicator, with where each came from.
    public var levels: [CountedLevel]
    /// Indicators where the assessor's verified level differs from the self level.
    public var differences: [LevelDifference]
    /// Indicators the OPD marked *tidak berlaku*, with its reason, for an assessor to check.
    public var notApplicable: [Answer]
    /// Expected indicators without an answer.
    public var missing: [IndicatorRef]
    /// The answers as handed in (self, verified, evidence), sorted by indicator, for exports.
    public var answers: [Answer]
    public var services: [ServiceRecord]
    /// The indicators below the period's target, with what closing each is worth.
    public var gaps: [IndicatorGap] = []

    /// The gap on `indicator`, if the OPD has one.
    public func gap(_ indicator: IndicatorRef) -> IndicatorGap? { gaps.first { $0.indicator == indicator } }
}

/// A level used in a score and its provenance.
public struct CountedLevel: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        case verified
        case selfAssessed = "self"
        /// A missing answer counted as level 1 (policy `missingAnswer: level-1`).
        case floor
    }

    public var indicator: IndicatorRef
    public var level: Fraction
    public var source: Source
}

/// Self level vs verified level on one indicator.
public struct LevelDifference: Sendable, Hashable {
    public var indicator: IndicatorRef
    public var selfLevel: Fraction?
    public var verified: Fraction
    /// verified − self (negative when the assessor found less than claimed); nil when the
    /// self answer was *tidak berlaku* or empty.
    public var difference: Fraction? { selfLevel.map { verified - $0 } }
}
