/// Scores one period: every OPD (in parallel, a pure map) and then the city.
///
/// Pure: the same inputs give the same report, whatever the number of threads.
public enum Scorer {
    public static func score(_ period: Period, workspace: Workspace, catalogs: CatalogSet, scope: Scope, policy: Policy,
                             readiness: ReadinessDefinition) -> ScoredPeriod {
        let base = RulePeriodData(catalogs: catalogs)
        let perOPD = period.assessments.parallelMap { assessment in
            scoreOPD(assessment, catalogs: catalogs, scope: scope, policy: policy, readiness: readiness,
                     context: RuleContext(opd: workspace.opds[assessment.opd], roles: scope.roles[assessment.opd],
                                          services: assessment.services, period: base))
        }
        let city = scoreCity(perOPD, period: period, workspace: workspace, catalogs: catalogs, scope: scope, policy: policy)
        let targets = policy.targetLevels(for: period.info.date, catalogs: catalogs)
        let scores = Array(perOPD.indices).parallelMap { opd -> OPDScore in
            var score = perOPD[opd].score
            score.gaps = IndicatorGap.gaps(opd: opd, result: perOPD[opd], city: city.levels, targets: targets, catalogs: catalogs, scope: scope)
            return score
        }
        var scored = ScoredPeriod(period: period.info, cityName: policy.city.name, opds: workspace.opds, scores: scores,
                                  city: city, catalogs: catalogs, policy: policy, readiness: readiness, targets: targets)
        scored.evaluation = EvaluationTimeline.next(policy.evaluations, method: catalogs.index.id, asOf: period.info.date)
        return scored
    }

    /// An OPD's score with its counted values per catalog slot (nil: none), kept for the city.
    struct OPDResult: Sendable {
        var score: OPDScore
        var levels: [[Fraction?]]
        /// Σ w·L and Σ w per slot: the OPD's value and covered weight, and the base of its gaps.
        var sums: [WeightedSums]
    }

    static func scoreOPD(_ assessment: OPDAssessment, catalogs: CatalogSet, scope: Scope, policy: Policy,
                         readiness definition: ReadinessDefinition, context: @autoclosure () -> RuleContext) -> OPDResult {
        let readiness = Readiness.assess(assessment.services, stages: catalogs.stages, definition: definition, context: context())
        var levels = CatalogSet.Slot.allCases.map { Array(repeating: Fraction?.none, count: catalogs.catalog($0).indicators.count) }
        var counted: [CountedLevel] = []
        var differences: [LevelDifference] = []
        var notApplicable: [Answer] = []
        var missing: [IndicatorRef] = []
        if assessment.assessed {
            var byRef: [IndicatorRef: Answer] = [:]
            for answer in assessment.answers where scope.expects(assessment.opd, answer.indicator) {
                byRef[answer.indicator] = answer
            }
            for ref in scope.expected[assessment.opd] {
                let answer = byRef[ref]
                if let answer, let verified = answer.verified, verified != answer.selfLevel {
                    differences.append(LevelDifference(indicator: ref, selfLevel: answer.selfLevel, verified: verified))
                }
                if let answer, let level = answer.effectiveLevel {
                    levels[ref.slot.rawValue][ref.position] = level
                    counted.append(CountedLevel(indicator: ref, level: level, source: answer.verified != nil ? .verified : .selfAssessed))
                } else if let answer, answer.selfAssessment == .notApplicable {
                    notApplicable.append(answer)
                } else {
                    missing.append(ref)
                    if policy.missingAnswer == .levelOne {
                        let floor = catalogs.catalog(ref.slot).valueScale.minimum
                        levels[ref.slot.rawValue][ref.position] = floor
                        counted.append(CountedLevel(indicator: ref, level: floor, source: .floor))
                    }
                }
            }
        }
        let blocked = policy.missingAnswer == .block ? missing : []
        let sums = CatalogSet.Slot.allCases.map { IndexCalculator.sums(levels[$0.rawValue], catalog: catalogs.catalog($0)) }
        func catalogScore(_ slot: CatalogSet.Slot) -> CatalogScore {
            let catalog = catalogs.catalog(slot)
            let slotBlocked = blocked.filter { $0.slot == slot }
            return CatalogScore(
                catalogID: catalog.id, catalogVersion: catalog.version,
                value: slotBlocked.isEmpty ? sums[slot.rawValue].mean : nil,
                groups: IndexCalculator.groupValues(levels[slot.rawValue], catalog: catalog),
                coveredWeight: sums[slot.rawValue].weight, blockedBy: slotBlocked)
        }
        let score = OPDScore(
            opd: assessment.opd, assessed: assessment.assessed, index: catalogScore(.index), dimensions: catalogScore(.dimensions),
            readiness: readiness, levels: counted, differences: differences, notApplicable: notApplicable, missing: missing,
            answers: assessment.answers, services: assessment.services)
        return OPDResult(score: score, levels: levels, sums: sums)
    }

    static func scoreCity(_ results: [OPDResult], period: Period, workspace: Workspace, catalogs: CatalogSet,
                          scope: Scope, policy: Policy) -> CityScore {
        var cityLevels: [[CityLevel]] = []
        for slot in CatalogSet.Slot.allCases {
            let catalog = catalogs.catalog(slot)
            // The government as a whole, from its evidence: the OPDs' answers do not count.
            if slot == .index, let values = period.values {
                cityLevels.append(values.values.map { CityLevel(level: $0.value, basis: .evidence) })
                continue
            }
            cityLevels.append(catalog.indicators.indices.map { position in
                cityLevel(IndicatorRef(slot: slot, position: position), catalog: catalog, results: results, scope: scope, policy: policy)
            })
        }
        func catalogScore(_ slot: CatalogSet.Slot) -> (CatalogScore, Fraction?) {
            let catalog = catalogs.catalog(slot)
            let fractions = cityLevels[slot.rawValue].map(\.level)
            let blocked = cityLevels[slot.rawValue].indices.filter { fractions[$0] == nil }.map { IndicatorRef(slot: slot, position: $0) }
            let score = CatalogScore(
                catalogID: catalog.id, catalogVersion: catalog.version,
                value: blocked.isEmpty ? IndexCalculator.flat(fractions, catalog: catalog) : nil,
                groups: IndexCalculator.groupValues(fractions, catalog: catalog),
                coveredWeight: zip(fractions, catalog.indicators).reduce(.zero) { $0 + ($1.0 == nil ? .zero : $1.1.weight) },
                blockedBy: blocked)
            return (score, IndexCalculator.nested(fractions, catalog: catalog))
        }
        let (index, nested) = catalogScore(.index)
        let (dimensions, _) = catalogScore(.dimensions)
        let scores = results.map(\.score)
        var perStage = Array(repeating: 0, count: catalogs.stages.range.count)
        for s in scores { for (i, n) in s.readiness.countPerStage.enumerated() { perStage[i] += n } }
        var city = CityScore(
            levels: cityLevels, index: index, nestedIndex: nested, dimensions: dimensions,
            opdCount: workspace.opds.count, assessedCount: scores.filter(\.assessed).count,
            daringCount: scores.filter(\.readiness.daring).count, integratedCount: scores.filter(\.readiness.integrated).count,
            servicesPerStage: perStage, targets: [], values: period.values)
        city.targets = policy.targets.filter { $0.applies(to: catalogs, policy: policy) }
            .map { status($0, city: city, date: period.info.date, catalogs: catalogs, policy: policy) }
        return city
    }

    static func cityLevel(_ ref: IndicatorRef, catalog: IndicatorCatalog, results: [OPDResult], scope: Scope, policy: Policy) -> CityLevel {
        let indicator = catalog.indicators[ref.position]
        var values: [Fraction] = []
        var ownerOPD: Int?
        for opd in scope.answering(ref) {
            if let level = results[opd].levels[ref.slot.rawValue][ref.position] { values.append(level); ownerOPD = opd }
        }
        guard let first = values.first, let lowest = values.min() else {
            return policy.missingAnswer == .levelOne
                ? CityLevel(level: catalog.valueScale.minimum, basis: .floor)
                : CityLevel(level: nil, basis: .missing)
        }
        switch indicator.cityLevel {
        case .owner:
            return CityLevel(level: first, basis: .owner(opd: ownerOPD ?? 0))
        case .min:
            return CityLevel(level: lowest, basis: .minimum(count: values.count))
        case .mean:
            let exact = values.dropFirst().reduce(first, +) / Fraction(values.count)
            // On a scale of bands a mean keeps the values' own two decimals (docs/scoring.md §1).
            let level = exact.rounded(decimals: max(catalog.cityMean.decimals, catalog.valueScale.decimals))
            return CityLevel(level: level, basis: .mean(exact: exact, count: values.count))
        }
    }

    static func status(_ target: Policy.Target, city: CityScore, date: CalendarDate, catalogs: CatalogSet, policy: Policy) -> TargetStatus {
        let actual: Fraction?
        var required = Fraction.zero
        switch target.threshold {
        case .atLeast(let v): required = v
        case .count, .all: required = Fraction(policy.requiredCount(target, opdCount: city.opdCount) ?? 0)
        }
        switch target.metric {
        case .opdDaring: actual = Fraction(city.daringCount)
        case .opdIntegrated: actual = Fraction(city.integratedCount)
        case .index: actual = city.index.value
        case .dimensionScore:
            if let dimension = target.dimension {
                actual = city.dimensions.groups[dimension]
            } else {
                actual = catalogs.dimensions.groups.compactMap { city.dimensions.groups[$0.id] }.min()
            }
        }
        let months = (target.by.year - date.year) * 12 + (target.by.month - date.month)
        return TargetStatus(target: target, actual: actual, required: required, met: actual.map { $0 >= required } ?? false, monthsLeft: months)
    }
}
