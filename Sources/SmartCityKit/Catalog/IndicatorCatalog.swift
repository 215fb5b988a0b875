/// A versioned assessment method loaded from `indicators/*.json`: its indicators arranged in
/// a weighted tree, the level scales they are answered on, and (for an official index) the
/// predicate bands and rounding rule.
///
/// The SPBE index of PermenPANRB 59/2020 and the smart-city dimensions are both catalogs of
/// this shape; a later method (the Indeks Pemdi 2026) is one more file, not new code. Every
/// result carries the catalog's `id` and `version` so it always says which method produced it.
public struct IndicatorCatalog: Sendable {
    /// What the catalog's top-level score means.
    public enum Kind: String, Sendable, CaseIterable {
        /// An official index with predicates (SPBE 2020, Pemdi 2026).
        case index
        /// Dimension scores without an official overall predicate (smart city).
        case dimensions
    }

    /// How a mean of OPD levels becomes the city's level for an indicator.
    ///
    /// There is deliberately no "keep the mean exact": the means of different indicators
    /// have different counts as denominators (45, 44, 43 OPDs …), and summing them exactly
    /// makes the common denominator grow like the least common multiple of the counts —
    /// beyond any fixed-size integer at national scale. A fixed grid keeps every sum exact
    /// and bounded.
    public enum CityMean: String, Sendable, CaseIterable {
        /// Rounded half-up to a whole level: the official methods score whole levels only.
        case roundHalfUp = "round-half-up"
        /// Rounded half-up to four decimals, for dimension scores that show progress finer
        /// than whole levels.
        case fourDecimals = "round-4-decimals"

        /// The decimals a mean is rounded to.
        public var decimals: Int {
            switch self {
            case .roundHalfUp: return 0
            case .fourDecimals: return 4
            }
        }
    }

    public var id: String
    public var kind: Kind
    public var version: String
    public var title: LocalizedText
    /// The name a reader knows the result by ("Indeks Pemdi", "Indeks SPBE"); the title when
    /// the catalog gives none.
    public var shortName: LocalizedText = LocalizedText(id: "", en: "")
    /// When the method is the one in force, by the regulation's dates; nil when the catalog
    /// does not say.
    public var inForce: InForce? = nil
    public var source: CatalogSource
    public var notes: [LocalizedText]
    /// Names of the tree's levels, outermost first (domain, aspect).
    public var hierarchy: [HierarchyLevel]
    public var scales: [LevelScale]
    /// The lowest and highest level (1…5 in every method so far).
    public var levels: ClosedRange<Int>
    /// Bands sorted from the highest lower bound down; empty when the method has none.
    public var predicates: [PredikatBand]
    public var decimals: Int
    public var cityMean: CityMean
    public var roles: [CatalogTerm]
    public var tags: [CatalogTerm]
    /// The weighted tree, outermost groups first.
    public var groups: [IndicatorGroup]
    /// All indicators in document order; `IndicatorRef.position` indexes this array.
    public var indicators: [Indicator]
    /// The file the catalog was read from, for messages.
    public var file: String
    /// The value band of each level, lowest first; empty when the method scores whole levels.
    public var valueBands: [ValueBand] = []
    /// The other agencies' indices some indicators take their value from.
    public var externalIndices: [ExternalIndexDefinition] = []
    /// Every evidence item by its code.
    public var evidenceItems: [String: EvidenceItemRef] = [:]

    /// Whether indicator values are exact values inside level bands rather than whole levels.
    public var scoresValues: Bool { !valueBands.isEmpty }

    /// The band of `level`, when the method has bands.
    public func band(_ level: Int) -> ValueBand? { valueBands.first { $0.level == level } }

    /// The external index with this key.
    public func externalIndex(_ key: String) -> ExternalIndexDefinition? { externalIndices.first { $0.key == key } }

    /// The evidence item with this code, compared without regard to case.
    public func evidenceItem(_ code: String) -> EvidenceItemRef? { evidenceItems[code] ?? evidenceItems[code.trimmingSpaces().uppercased()] }

    /// The indicator with this id, compared leniently (`spbe-7` finds `SPBE-07`).
    public func position(of id: String) -> Int? { exactLookup[id] ?? lookup[IndicatorID.normalized(id)] }

    /// The predicate band an exact value falls in (inclusive lower bounds).
    public func predikat(for value: Fraction) -> PredikatBand? {
        predicates.first { value >= $0.minimum }
    }

    var lookup: [String: Int] = [:]
    /// Ids exactly as the catalog writes them: the common case, without normalising.
    var exactLookup: [String: Int] = [:]

    /// Every group in the tree, depth first, outer before inner (computed once, at load).
    public var allGroups: [IndicatorGroup] = []

    static func flatten(_ groups: [IndicatorGroup]) -> [IndicatorGroup] {
        var out: [IndicatorGroup] = []
        func walk(_ g: IndicatorGroup) { out.append(g); g.children.forEach(walk) }
        groups.forEach(walk)
        return out
    }

    public func scale(_ key: String) -> LevelScale? { scales.first { $0.key == key } }
}

/// Where a catalog's facts come from.
public struct CatalogSource: Sendable, Hashable {
    public var citation: String
    public var url: String?
    public var date: String?
}

/// The name of one level of a catalog's tree (domain, aspect, dimension).
/// The days a method is in force: from a date, until another or for as long as no later
/// method replaces it.
public struct InForce: Sendable, Hashable {
    public var from: CalendarDate
    public var until: CalendarDate?

    public func contains(_ date: CalendarDate) -> Bool { !(date < from) && until.map { !($0 < date) } ?? true }
}

public struct HierarchyLevel: Sendable, Hashable {
    public var key: String
    public var name: LocalizedText
}

/// A named key the catalog uses: a role (who owns an indicator) or an OPD tag.
public struct CatalogTerm: Sendable, Hashable {
    public var key: String
    public var name: LocalizedText
    public var description: LocalizedText?
}

/// A scale of capability levels (process capability 1 Rintisan … 5 Optimum; service
/// capability 1 Informasi … 5 Optimum).
public struct LevelScale: Sendable, Hashable {
    public var key: String
    public var name: LocalizedText
    /// Level names and descriptions, index `level - 1`.
    public var levels: [ScaleLevel]
}

public struct ScaleLevel: Sendable, Hashable {
    public var level: Int
    public var name: LocalizedText
    public var description: LocalizedText?
}

/// One predicate band: values at or above `minimum` (and below the next band) get `name`.
public struct PredikatBand: Sendable, Hashable {
    public var key: String
    public var minimum: Fraction
    public var name: LocalizedText
}

/// A group of the weighted tree (a domain, an aspect, a dimension).
public struct IndicatorGroup: Sendable {
    public var id: String
    public var number: Int?
    public var name: LocalizedText
    /// Percent of the whole catalog; equals the sum of the children's weights.
    public var weight: Fraction
    /// 0 for the outermost level.
    public var depth: Int
    public var children: [IndicatorGroup]
    /// Positions (in `IndicatorCatalog.indicators`) of the indicators directly in this group.
    public var indicatorPositions: [Int]
    /// Positions of every indicator below this group.
    public var allIndicatorPositions: [Int]
    public var elements: [CatalogTerm]
    /// Where the group is defined, for messages.
    public var line: Int
    public var column: Int
}
