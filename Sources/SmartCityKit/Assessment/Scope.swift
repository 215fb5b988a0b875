/// Which OPD answers which indicator, from the catalogs' `answeredBy` and the policy's role
/// bindings.
///
/// Computed once per run; scoring and coverage checks then work with positions only.
public struct Scope: Sendable {
    /// For each OPD (workspace order), the indicators it is expected to answer, sorted.
    public var expected: [[IndicatorRef]]
    /// For each catalog slot and indicator position, the OPDs expected to answer it.
    public var answering: [[[Int]]]
    /// For each catalog slot and indicator position, the owning OPD of role indicators.
    public var owner: [[Int?]]

    public init(workspace: Workspace, catalogs: CatalogSet, policy: Policy) {
        expected = Array(repeating: [], count: workspace.opds.count)
        answering = []
        owner = []
        for slot in CatalogSet.Slot.allCases {
            let catalog = catalogs.catalog(slot)
            var slotAnswering: [[Int]] = []
            var slotOwner: [Int?] = []
            for (position, indicator) in catalog.indicators.enumerated() {
                var opds: [Int] = []
                var ownerIndex: Int?
                switch indicator.answeredBy {
                case .role(let role):
                    if let id = policy.roles[role], let index = workspace.opdIndex[id] {
                        opds = [index]
                        ownerIndex = index
                    }
                case .all:
                    opds = Array(workspace.opds.indices)
                case .tags(let tags):
                    opds = workspace.opds.indices.filter { i in tags.contains { workspace.opds[i].hasTag($0) } }
                }
                for opd in opds { expected[opd].append(IndicatorRef(slot: slot, position: position)) }
                slotAnswering.append(opds)
                slotOwner.append(ownerIndex)
            }
            answering.append(slotAnswering)
            owner.append(slotOwner)
        }
    }

    public func answering(_ ref: IndicatorRef) -> [Int] { answering[ref.slot.rawValue][ref.position] }
    public func owner(of ref: IndicatorRef) -> Int? { owner[ref.slot.rawValue][ref.position] }

    /// Whether the OPD is expected to answer the indicator (binary search: `expected` is sorted).
    public func expects(_ opd: Int, _ ref: IndicatorRef) -> Bool {
        let list = expected[opd]
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < ref { lo = mid + 1 } else { hi = mid }
        }
        return lo < list.count && list[lo] == ref
    }
}
