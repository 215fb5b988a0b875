/// A city's roadmap policy (`roadmaps/<city>.json`): which methods it is scored with, which of
/// its OPDs hold the roles the catalogs name, what counts as online-ready, how missing
/// answers count, and the dated targets it has set itself.
///
/// Later stages (roadmap scheduling, Bimtek planning) add keys; unknown keys are reported as
/// warnings so a typo never passes silently.
public struct Policy: Sendable {
    public var city: City
    public var start: CalendarDate?
    public var methods: Methods
    /// Role key → OPD id.
    public var roles: [String: String]
    public var missingAnswer: MissingAnswerRule
    /// Readiness thresholds; optional since a readiness rule may define them instead.
    public var daring: ReadinessThreshold?
    public var integrated: ReadinessThreshold?
    public var monthsPerOPD: Int
    public var targets: [Target]
    /// The level each indicator should reach by a date; the basis of `target()` and `gap()`.
    public var levelTargets: [LevelTarget] = []
    /// The roadmap settings (`roadmap` key), when the city plans with the tool.
    public var roadmap: RoadmapPolicy?
    public var file: String
    /// Line of each role binding, for messages about it.
    public var roleLines: [String: Int]
    /// The unit that produces an indicator's evidence items where it is not the one bound to
    /// the indicator's role (`evidenceOwners`).
    public var evidenceOwners: [EvidenceOwner] = []
    /// The national evaluations the city plans around, one calendar per year (`evaluations`).
    public var evaluations: [EvaluationCalendar] = []

    /// One `evidenceOwners` entry, as written.
    public struct EvidenceOwner: Sendable, Hashable {
        public var indicator: String
        public var opd: String
        public var line: Int
        public var column: Int
    }

    public struct City: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
    }

    /// The catalog ids a city is scored with.
    public struct Methods: Sendable, Hashable {
        public var index: String
        public var dimensions: String
        public var stages: String
    }

    /// How an expected answer that is absent counts.
    public enum MissingAnswerRule: String, Sendable, CaseIterable {
        /// As level 1, the official method's floor (level 1 is worded so that having nothing
        /// still scores 1); the gap is still reported.
        case levelOne = "level-1"
        /// The score that needs it is not computed until the answer is given.
        case block
    }

    /// "An OPD is online-ready when at least `minimumSharePercent` % of its services are at
    /// stage `minimumStage` or above."
    public struct ReadinessThreshold: Sendable, Hashable {
        public var minimumStage: Int
        public var minimumSharePercent: Fraction
    }

    /// One dated target of the city.
    public struct Target: Sendable, Hashable {
        public enum Metric: String, Sendable, CaseIterable {
            case opdDaring = "opd-daring"
            case opdIntegrated = "opd-integrated"
            case index
            case dimensionScore = "dimension-score"
        }

        /// A number of OPDs a target may ask for: more than the country has.
        public static let countRange = 0...100_000

        public enum Threshold: Sendable, Hashable {
            /// A number of OPDs.
            case count(Int)
            /// Every OPD of the city.
            case all
            /// A score at least this high.
            case atLeast(Fraction)
        }

        public var id: String
        public var metric: Metric
        public var threshold: Threshold
        /// For `dimension-score`: one dimension, or nil for every dimension.
        public var dimension: String?
        public var by: CalendarDate
        public var name: LocalizedText
        /// For an `index` target: the method it is stated in (`pemdi-2026`); nil: the
        /// policy's index method. A target only counts for periods of its method.
        public var method: String? = nil
        /// What each month of missing it costs, relative to the other milestones
        /// (`Policy.milestoneWeights`); the roadmap minimises the weighted delay.
        public var weight: Int = 1

        /// Whether the target speaks about results of these catalogs: index targets only for
        /// their own method, the others (OPD counts, dimensions) always.
        public func applies(to catalogs: CatalogSet, policy: Policy) -> Bool {
            metric != .index || (method ?? policy.methods.index) == catalogs.index.id
        }
    }

    /// The count of OPDs a target asks for, given the city's number of OPDs.
    public func requiredCount(_ target: Target, opdCount: Int) -> Int? {
        switch target.threshold {
        case .count(let n): return n
        case .all: return opdCount
        case .atLeast: return nil
        }
    }

    /// The first target of the given metric, in file order.
    public func target(_ metric: Target.Metric) -> Target? { targets.first { $0.metric == metric } }

    /// "Indicators of catalog C (or the named ones) at level L by date D."
    public struct LevelTarget: Sendable, Hashable {
        public var by: CalendarDate
        public var catalog: String?
        public var indicators: [String]
        /// A value on the covered catalog's scale (checked against it by `PolicyBinding`).
        public var level: Fraction
        public var line: Int
        public var column: Int = 0
        /// What each month of missing it costs, relative to the other milestones.
        public var weight: Int = 1
    }

    /// The weights a milestone may have (`weight` of a target, level target or evaluation).
    public static let milestoneWeights = 1...1000

    /// The level targets that speak about `indicator`: those naming it, else those for its
    /// whole catalog (named indicators before whole catalogs).
    public func levelTargets(covering indicator: Indicator, in catalog: IndicatorCatalog) -> [LevelTarget] {
        let normalized = IndicatorID.normalized(indicator.id)
        let named = levelTargets.filter { $0.indicators.contains { IndicatorID.normalized($0) == normalized } }
        return named.isEmpty ? levelTargets.filter { $0.catalog == catalog.id && $0.indicators.isEmpty } : named
    }

    /// The target value of every indicator for a period dated `date`: from the entries that
    /// cover the indicator (named indicators before whole catalogs), the one with the earliest
    /// date on or after `date`; when all are past, the latest. nil where none covers it.
    public func targetLevels(for date: CalendarDate, catalogs: CatalogSet) -> [[Fraction?]] {
        CatalogSet.Slot.allCases.map { slot in
            let catalog = catalogs.catalog(slot)
            return catalog.indicators.map { indicator in
                let covering = levelTargets(covering: indicator, in: catalog)
                let upcoming = covering.filter { $0.by >= date }.min { $0.by < $1.by }
                let chosen = upcoming ?? covering.max { $0.by < $1.by }
                return chosen?.level
            }
        }
    }
}
