/// What rules read about one OPD in one period, laid out as dense arrays indexed by
/// catalog slot and position, so that compiled rules read numbers without looking up text.
///
/// Built once per OPD (a few hundred bytes) and shared by every rule evaluated for it.
public final class RuleContext: Sendable {
    public let opd: OPD
    /// The roles the policy binds to this OPD.
    public let roles: [String]
    /// Values per slot and position; nil where there is none.
    let effective: [[Fraction?]]
    let selfLevels: [[Fraction?]]
    let verified: [[Fraction?]]
    /// Evidence per slot and position; nil when there is no answer.
    let evidence: [[String?]]
    let notApplicable: [[Bool]]
    public let services: [ServiceRecord]
    /// Score values, when the rule runs after scoring.
    let index: Fraction?
    let indexGroups: [Fraction?]
    let dimensions: Fraction?
    let dimensionGroups: [Fraction?]
    public let period: RulePeriodData

    /// A context for rules that run before answers are read (`applies`) or while scoring
    /// (`readiness`).
    public init(opd: OPD, roles: [String], services: [ServiceRecord] = [], period: RulePeriodData) {
        self.opd = opd
        self.roles = roles
        self.services = services
        self.period = period
        effective = period.emptyLevels
        selfLevels = period.emptyLevels
        verified = period.emptyLevels
        evidence = period.emptyEvidence
        notApplicable = period.emptyFlags
        index = nil
        dimensions = nil
        indexGroups = []
        dimensionGroups = []
    }

    /// A context with everything scored for the OPD.
    public init(opd: OPD, roles: [String], score: OPDScore, period: RulePeriodData) {
        self.opd = opd
        self.roles = roles
        self.period = period
        services = score.services
        var effective = period.emptyLevels, selfLevels = period.emptyLevels, verified = period.emptyLevels
        var evidence = period.emptyEvidence
        var notApplicable = period.emptyFlags
        for c in score.levels where c.source != .floor {
            effective[c.indicator.slot.rawValue][c.indicator.position] = c.level
        }
        for a in score.answers {
            let (s, p) = (a.indicator.slot.rawValue, a.indicator.position)
            selfLevels[s][p] = a.selfLevel
            verified[s][p] = a.verified
            evidence[s][p] = a.evidence
            if a.selfAssessment == .notApplicable { notApplicable[s][p] = true }
        }
        self.effective = effective
        self.selfLevels = selfLevels
        self.verified = verified
        self.evidence = evidence
        self.notApplicable = notApplicable
        index = score.index.value
        dimensions = score.dimensions.value
        indexGroups = period.indexGroupIDs.map { score.index.groups[$0] }
        dimensionGroups = period.dimensionGroupIDs.map { score.dimensions.groups[$0] }
    }
}

/// What every OPD's rules share in one period: target levels, weights, floors and the
/// city's values. A class: every OPD's context refers to the one instance.
public final class RulePeriodData: Sendable {
    /// Target value per slot and position for the period; nil where there is no target.
    let targets: [[Fraction?]]
    let weights: [[Fraction]]
    /// The lowest value of each slot's catalog (a missing answer counts as this in `gap`).
    let floors: [Fraction]
    let emptyLevels: [[Fraction?]]
    let emptyEvidence: [[String?]]
    let emptyFlags: [[Bool]]
    let indexGroupIDs: [String]
    let dimensionGroupIDs: [String]
    let cityLevels: [[Fraction?]]
    let cityIndex: Fraction?
    let cityIndexGroups: [Fraction?]
    let cityDimensions: Fraction?
    let cityDimensionGroups: [Fraction?]
    /// The city's OPDs, and how many are online-ready and integrated (zero before scoring).
    let cityCounts: (opds: Int, daring: Int, integrated: Int)
    /// The catalogs in use.
    let catalogs: CatalogSet

    /// Data for a period before anything is scored (applies and readiness rules).
    public convenience init(catalogs: CatalogSet, targets: [[Fraction?]]? = nil) {
        self.init(catalogs: catalogs, targets: targets, cityLevels: nil, cityIndex: nil, cityIndexGroups: [], cityDimensions: nil,
                  cityDimensionGroups: [], cityCounts: (0, 0, 0))
    }

    init(catalogs: CatalogSet, targets: [[Fraction?]]?, cityLevels: [[Fraction?]]?, cityIndex: Fraction?, cityIndexGroups: [Fraction?],
         cityDimensions: Fraction?, cityDimensionGroups: [Fraction?], cityCounts: (opds: Int, daring: Int, integrated: Int)) {
        self.cityCounts = cityCounts
        self.catalogs = catalogs
        let slots = CatalogSet.Slot.allCases.map { catalogs.catalog($0) }
        emptyLevels = slots.map { Array(repeating: nil, count: $0.indicators.count) }
        emptyEvidence = slots.map { Array(repeating: nil, count: $0.indicators.count) }
        emptyFlags = slots.map { Array(repeating: false, count: $0.indicators.count) }
        self.targets = targets ?? emptyLevels
        weights = slots.map { $0.indicators.map(\.weight) }
        floors = slots.map { $0.valueScale.minimum }
        indexGroupIDs = catalogs.index.allGroups.map(\.id)
        dimensionGroupIDs = catalogs.dimensions.allGroups.map(\.id)
        self.cityLevels = cityLevels ?? slots.map { Array(repeating: nil, count: $0.indicators.count) }
        self.cityIndex = cityIndex
        self.cityDimensions = cityDimensions
        self.cityIndexGroups = cityIndexGroups
        self.cityDimensionGroups = cityDimensionGroups
    }

    /// Data for a scored period.
    public convenience init(catalogs: CatalogSet, targets: [[Fraction?]], city: CityScore) {
        self.init(catalogs: catalogs, targets: targets, cityLevels: city.levels.map { $0.map(\.level) }, cityIndex: city.index.value,
                  cityIndexGroups: catalogs.index.allGroups.map { city.index.groups[$0.id] }, cityDimensions: city.dimensions.value,
                  cityDimensionGroups: catalogs.dimensions.allGroups.map { city.dimensions.groups[$0.id] },
                  cityCounts: (city.opdCount, city.daringCount, city.integratedCount))
    }
}

/// Where an evaluation stands: the indicator `it` names and the service a predicate is
/// looking at. A plain value, so passing it costs nothing.
public struct RuleCursor: Sendable, Hashable {
    public var it: IndicatorRef
    /// Index into the context's services; -1 outside a services predicate.
    public var service: Int

    public init(it: IndicatorRef = IndicatorRef(slot: .index, position: 0), service: Int = -1) {
        self.it = it
        self.service = service
    }
}
