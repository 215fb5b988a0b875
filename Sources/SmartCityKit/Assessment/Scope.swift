/// Which OPD answers which indicator, from the catalogs' `answeredBy`, the policy's role
/// bindings and `applies` rules (which replace `answeredBy` for the indicators they name).
///
/// Computed once per run; scoring and coverage checks then work with positions only.
public struct Scope: Sendable {
    /// For each OPD (workspace order), the indicators it is expected to answer, sorted.
    public var expected: [[IndicatorRef]]
    /// For each catalog slot and indicator position, the OPDs expected to answer it.
    public var answering: [[[Int]]]
    /// For each catalog slot and indicator position, the owning OPD of role indicators.
    public var owner: [[Int?]]
    /// For each OPD, the roles the policy binds to it, sorted.
    public var roles: [[String]]

    public init(workspace: Workspace, catalogs: CatalogSet, policy: Policy, applies: [AppliesRule] = []) {
        expected = Array(repeating: [], count: workspace.opds.count)
        var roles = Array(repeating: [String](), count: workspace.opds.count)
        for (role, id) in policy.roles.sorted(by: { $0.key < $1.key }) {
            if let i = workspace.opdIndex[id] { roles[i].append(role) }
        }
        self.roles = roles
        // The OPDs each applies rule selects, evaluated once per OPD.
        let period = RulePeriodData(catalogs: catalogs)
        var replaced: [IndicatorRef: [Int]] = [:]
        if !applies.isEmpty {
            let contexts = workspace.opds.indices.map { RuleContext(opd: workspace.opds[$0], roles: roles[$0], period: period) }
            for rule in applies {
                // An applies rule reads only the OPD's own counts; one whose arithmetic still
                // overflows does not select the OPD (no trap).
                let selected = contexts.indices.filter { (try? rule.condition.compiled.condition(contexts[$0], RuleCursor())) ?? false }
                for ref in rule.indicators { replaced[ref] = selected }
            }
        }
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
                // Another agency's index gives the value (Pemdi I5–I7, I18): never asked of a
                // unit, whatever `answeredBy` says.
                case _ where indicator.external != nil:
                    break
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
                if let selected = replaced[IndicatorRef(slot: slot, position: position)] {
                    opds = selected
                    if let o = ownerIndex, !selected.contains(o) { ownerIndex = selected.first }
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
