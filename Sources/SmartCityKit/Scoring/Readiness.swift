/// How far an OPD's services are online, and whether it counts as *daring* (online-ready)
/// and integrated under the policy's rules.
public struct Readiness: Sendable, Hashable {
    /// Number of services at each stage, index = stage − lowest stage.
    public var countPerStage: [Int]
    public var serviceCount: Int
    /// Percent of services at or above the policy's daring stage; nil without services.
    public var daringShare: Fraction?
    public var integratedShare: Fraction?
    public var daring: Bool
    public var integrated: Bool

    static func assess(_ services: [ServiceRecord], stages: ServiceStageCatalog, policy: Policy) -> Readiness {
        let range = stages.range
        var counts = Array(repeating: 0, count: range.count)
        for s in services where range.contains(s.stage) { counts[s.stage - range.lowerBound] += 1 }
        func share(_ rule: Policy.ReadinessRule) -> Fraction? {
            guard !services.isEmpty else { return nil }
            let atLeast = services.filter { $0.stage >= rule.minimumStage }.count
            return Fraction(Int64(atLeast * 100), Int64(services.count))
        }
        let daringShare = share(policy.daring)
        let integratedShare = share(policy.integrated)
        return Readiness(
            countPerStage: counts, serviceCount: services.count, daringShare: daringShare, integratedShare: integratedShare,
            daring: daringShare.map { $0 >= policy.daring.minimumSharePercent } ?? false,
            integrated: integratedShare.map { $0 >= policy.integrated.minimumSharePercent } ?? false)
    }
}
