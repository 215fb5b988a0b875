/// Building precedence-feasible activity lists: the representation the genetic algorithm
/// searches (Hartmann 1998), decoded into schedules by the serial scheme.
enum ActivityList {
    /// The list taking, among the eligible activities (all predecessors listed), the one
    /// with the lowest `values` entry, ties to the lower index. Cost O(n²).
    static func byPriority(_ values: [Int], _ network: ProjectNetwork) -> [Int] {
        var eligible = EligibleSet(network)
        var list: [Int] = []
        list.reserveCapacity(network.count)
        while !eligible.members.isEmpty {
            var best = eligible.members[0]
            for j in eligible.members where (values[j], j) < (values[best], best) { best = j }
            list.append(best)
            eligible.take(best, network)
        }
        return list
    }

    /// Regret-based biased random sampling (Drexl, "Scheduling of project networks by job
    /// assignment", Management Science 37, 1991), as Hartmann seeds his GA: an eligible
    /// activity j is drawn with weight `max_i vᵢ − vⱼ + 1`, so better priorities are likelier
    /// yet every order remains possible. Cost O(n²).
    static func sampled(_ values: [Int], _ network: ProjectNetwork, random: inout SeededRandom) -> [Int] {
        var eligible = EligibleSet(network)
        var list: [Int] = []
        list.reserveCapacity(network.count)
        var weights: [Int] = []
        while !eligible.members.isEmpty {
            let worst = eligible.members.reduce(Int.min) { max($0, values[$1]) }
            weights.removeAll(keepingCapacity: true)
            var total = 0
            for j in eligible.members {
                let w = min(worst - values[j], 1 << 30) + 1
                weights.append(w)
                total += w
            }
            var pick = random.int(in: 0...(total - 1))
            var chosen = eligible.members[eligible.members.count - 1]
            for (i, w) in weights.enumerated() {
                if pick < w { chosen = eligible.members[i]; break }
                pick -= w
            }
            list.append(chosen)
            eligible.take(chosen, network)
        }
        return list
    }

    /// Whether `list` holds every activity once with each predecessor before its successors.
    static func isPrecedenceFeasible(_ list: [Int], _ network: ProjectNetwork) -> Bool {
        guard list.count == network.count else { return false }
        var position = Array(repeating: -1, count: network.count)
        for (i, j) in list.enumerated() {
            guard j >= 0, j < network.count, position[j] < 0 else { return false }
            position[j] = i
        }
        for j in 0..<network.count {
            for p in network.predecessors(j) where position[p] > position[j] { return false }
        }
        return true
    }
}

/// The activities whose predecessors have all been taken, kept in increasing index order.
struct EligibleSet {
    private(set) var members: [Int]
    private var missing: [Int]

    init(_ network: ProjectNetwork) {
        let missing = (0..<network.count).map { network.predecessorStart[$0 + 1] - network.predecessorStart[$0] }
        self.missing = missing
        members = (0..<network.count).filter { missing[$0] == 0 }
    }

    mutating func take(_ j: Int, _ network: ProjectNetwork) {
        if let i = members.firstIndex(of: j) { members.remove(at: i) }
        for s in network.successors(j) {
            missing[s] -= 1
            if missing[s] == 0 {
                let at = members.firstIndex { $0 > s } ?? members.count
                members.insert(s, at: at)
            }
        }
    }
}
