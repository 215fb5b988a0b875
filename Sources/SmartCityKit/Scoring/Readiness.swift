/// How far an OPD's services are online, and whether it counts as *daring* (online-ready)
/// and *integrated* under the city's definition (a readiness rule, or the policy's threshold).
public struct Readiness: Sendable, Hashable {
    /// Number of services at each stage, index = stage − lowest stage.
    public var countPerStage: [Int]
    public var serviceCount: Int
    /// Percent of services at the transaction stage or above (stage key `transaction`, else
    /// 3); nil without services. Descriptive: the definition of daring may differ.
    public var transactionShare: Fraction?
    public var daring: Bool
    public var integrated: Bool

    static func assess(_ services: [ServiceRecord], stages: ServiceStageCatalog, definition: ReadinessDefinition,
                       context: @autoclosure () -> RuleContext) -> Readiness {
        let range = stages.range
        var counts = Array(repeating: 0, count: range.count)
        for s in services where range.contains(s.stage) { counts[s.stage - range.lowerBound] += 1 }
        let transaction = stages.transaction
        let share = services.isEmpty ? nil
            : Fraction(Int64(services.filter { $0.stage >= transaction }.count * 100), Int64(services.count))
        let needsContext = definition.usesRules
        let ctx = needsContext ? context() : nil
        return Readiness(countPerStage: counts, serviceCount: services.count, transactionShare: share,
                         daring: definition.decide(.daring, services: services, context: ctx),
                         integrated: definition.decide(.integrated, services: services, context: ctx))
    }
}

/// How the city decides readiness: a loaded readiness rule wins; otherwise the policy's
/// threshold ("at least X % of services at stage ≥ S").
public struct ReadinessDefinition: Sendable {
    public enum Source: Sendable {
        case threshold(Policy.ReadinessThreshold)
        case rule(ReadinessRule)
    }

    public var daring: Source?
    public var integrated: Source?

    public init(rules: RuleSet, policy: Policy) {
        func source(_ status: ReadinessRule.Status, _ threshold: Policy.ReadinessThreshold?) -> Source? {
            if let rule = rules.readiness.first(where: { $0.status == status }) { return .rule(rule) }
            return threshold.map { .threshold($0) }
        }
        daring = source(.daring, policy.daring)
        integrated = source(.integrated, policy.integrated)
    }

    public func source(_ status: ReadinessRule.Status) -> Source? { status == .daring ? daring : integrated }

    var usesRules: Bool {
        [daring, integrated].contains { if case .rule? = $0 { return true } else { return false } }
    }

    func decide(_ status: ReadinessRule.Status, services: [ServiceRecord], context: RuleContext?) -> Bool {
        switch source(status) {
        case .threshold(let t)?:
            guard !services.isEmpty else { return false }
            let share = Fraction(Int64(services.filter { $0.stage >= t.minimumStage }.count * 100), Int64(services.count))
            return share >= t.minimumSharePercent
        case .rule(let r)?:
            guard let context else { return false }
            // Overflowing arithmetic over the services does not make an OPD ready (no trap).
            return (try? r.condition.compiled.condition(context, RuleCursor())) ?? false
        case nil: return false
        }
    }
}
