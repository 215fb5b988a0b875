/// Priority rules that turn a network into an activity list: among the activities whose
/// predecessors are all listed, take the one with the best priority next.
///
/// The classical single-pass heuristics surveyed by Kolisch ("Efficient priority rules for
/// the resource-constrained project scheduling problem", JOM 14, 1996), where LFT and
/// LST did best with the serial scheme. They seed the search with good, diverse lists.
/// Ties go to the lower activity index, so every list is deterministic.
public enum PriorityRule: String, Sendable, Hashable, CaseIterable {
    /// Latest finish time first (due dates tighten latest finishes).
    case latestFinishTime
    /// Latest start time first.
    case latestStartTime
    /// Minimum slack (latest minus earliest start) first.
    case minimumSlack
    /// Most total (direct and indirect) successors first. Above `closureLimit` activities
    /// the transitive closure would not fit in memory (n² bits: 11 GB at 300,000 tasks), so
    /// the rule counts direct successors only (*our choice*, one seed list of many).
    case mostTotalSuccessors
    /// Greatest rank positional weight first: own duration plus the durations of the
    /// direct successors (Alvarez-Valdés and Tamarit 1989).
    case greatestRankPositionalWeight

    /// Priority values, lower first.
    func values(_ network: ProjectNetwork, _ cpm: CriticalPath) -> [Int] {
        let n = network.count
        switch self {
        case .latestFinishTime:
            return cpm.latestFinish
        case .latestStartTime:
            return (0..<n).map { cpm.latestStart($0, network) }
        case .minimumSlack:
            return (0..<n).map { cpm.latestStart($0, network) - cpm.earliestStart[$0] }
        case .mostTotalSuccessors:
            guard n <= Self.closureLimit else { return (0..<n).map { -network.successors($0).count } }
            return Self.totalSuccessorCounts(network, cpm).map { -$0 }
        case .greatestRankPositionalWeight:
            return (0..<n).map { j in -(network.durations[j] + network.successors(j).reduce(0) { $0 + network.durations[$1] }) }
        }
    }

    /// The activity list of this rule.
    func list(_ network: ProjectNetwork, _ cpm: CriticalPath) -> [Int] {
        ActivityList.byPriority(values(network, cpm), network)
    }

    /// The most activities whose successor sets are computed in full: 16,384² bits are 32 MB.
    static let closureLimit = 16_384

    /// The number of direct and indirect successors of each activity, with bit sets merged
    /// in reverse topological order. Cost O(n² / 64 + arcs · n / 64).
    static func totalSuccessorCounts(_ network: ProjectNetwork, _ cpm: CriticalPath) -> [Int] {
        let n = network.count
        let words = (n + 63) / 64
        var sets = Array(repeating: UInt64(0), count: n * words)
        var counts = Array(repeating: 0, count: n)
        for j in cpm.order.reversed() {
            for s in network.successors(j) {
                sets[j * words + s / 64] |= 1 << UInt64(s % 64)
                for w in 0..<words { sets[j * words + w] |= sets[s * words + w] }
            }
            for w in 0..<words { counts[j] += sets[j * words + w].nonzeroBitCount }
        }
        return counts
    }
}
