/// Building precedence-feasible activity lists: the representation the genetic algorithm
/// searches (Hartmann 1998), decoded into schedules by the serial scheme.
enum ActivityList {
    /// The list taking, among the eligible activities (all predecessors listed), the one
    /// with the lowest `values` entry, ties to the lower index. Cost O(n log n + arcs).
    static func byPriority(_ values: [Int], _ network: ProjectNetwork) -> [Int] {
        let rank = ranks((0..<network.count).sorted { (values[$0], $0) < (values[$1], $1) })
        var eligible = EligibleSet(network)
        var heap = RankHeap()
        for j in eligible.initial { heap.push(j, rank: rank) }
        var list: [Int] = []
        list.reserveCapacity(network.count)
        var freed: [Int] = []
        while let best = heap.pop(rank: rank) {
            list.append(best)
            eligible.take(best, network, freed: &freed)
            for j in freed { heap.push(j, rank: rank) }
        }
        return list
    }

    /// Regret-based biased random sampling (Drexl, "Scheduling of project networks by job
    /// assignment", Management Science 37, 1991), as Hartmann seeds his GA: an eligible
    /// activity j is drawn with weight `max_i vᵢ − vⱼ + 1`, so better priorities are likelier
    /// yet every order remains possible. The draw walks the eligible activities in index
    /// order; a Fenwick tree over counts and value sums (`RegretTree`) finds the drawn one
    /// in O(log n), so a list costs O(n log n + arcs) even when thousands are eligible at
    /// once (a roadmap's independent OPD tasks).
    static func sampled(_ values: [Int], _ network: ProjectNetwork, random: inout SeededRandom) -> [Int] {
        let n = network.count
        // Largest value first, ties to the lower index: the heap's top is the worst eligible.
        let worstRank = ranks((0..<n).sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 })
        var eligible = EligibleSet(network)
        var tree = RegretTree(values)
        var worst = RankHeap()
        var present = Array(repeating: false, count: n)
        func insert(_ j: Int) {
            tree.insert(j)
            present[j] = true
            worst.push(j, rank: worstRank)
        }
        for j in eligible.initial { insert(j) }
        var list: [Int] = []
        list.reserveCapacity(n)
        var freed: [Int] = []
        while tree.count > 0 {
            // Taken activities stay in the heap until they reach its top.
            while let top = worst.first, !present[top] { _ = worst.pop(rank: worstRank) }
            guard let top = worst.first else { break }
            let ceiling = values[top] + 1
            let pick = random.int(in: 0...(tree.total(ceiling: ceiling) - 1))
            let chosen = tree.find(pick, ceiling: ceiling)
            tree.remove(chosen)
            present[chosen] = false
            list.append(chosen)
            eligible.take(chosen, network, freed: &freed)
            for j in freed { insert(j) }
        }
        return list
    }

    /// The position of each activity in `order`.
    static func ranks(_ order: [Int]) -> [Int] {
        var rank = Array(repeating: 0, count: order.count)
        for (i, j) in order.enumerated() { rank[j] = i }
        return rank
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

/// Counts, per activity, the predecessors not yet taken: what makes an activity eligible.
struct EligibleSet {
    private var missing: [Int]
    /// The activities without predecessors, in index order.
    let initial: [Int]

    init(_ network: ProjectNetwork) {
        let missing = (0..<network.count).map { network.predecessorStart[$0 + 1] - network.predecessorStart[$0] }
        self.missing = missing
        initial = (0..<network.count).filter { missing[$0] == 0 }
    }

    /// Takes `j`; `freed` becomes the successors whose last predecessor it was.
    mutating func take(_ j: Int, _ network: ProjectNetwork, freed: inout [Int]) {
        freed.removeAll(keepingCapacity: true)
        for s in network.successors(j) {
            missing[s] -= 1
            if missing[s] == 0 { freed.append(s) }
        }
    }
}

/// A Fenwick tree (Fenwick, "A new data structure for cumulative frequency tables",
/// Software: Practice and Experience 24, 1994) over activity indices holding, for the
/// activities present, their count and the sum of their values: with a ceiling c above
/// every present value, the weight of j is c − vⱼ and prefix weights are c · count − sum.
struct RegretTree {
    private let values: [Int]
    private var counts: [Int]
    private var sums: [Int]
    private(set) var count = 0
    private var sum = 0
    private let top: Int

    init(_ values: [Int]) {
        self.values = values
        counts = Array(repeating: 0, count: values.count + 1)
        sums = Array(repeating: 0, count: values.count + 1)
        var top = 1
        while top * 2 <= values.count { top *= 2 }
        self.top = top
    }

    mutating func insert(_ j: Int) { update(j, count: 1, value: values[j]) }
    mutating func remove(_ j: Int) { update(j, count: -1, value: -values[j]) }

    private mutating func update(_ j: Int, count delta: Int, value: Int) {
        count += delta
        sum += value
        var i = j + 1
        while i < counts.count {
            counts[i] += delta
            sums[i] += value
            i += i & -i
        }
    }

    /// The weight of all present activities under `ceiling`.
    func total(ceiling: Int) -> Int { ceiling * count - sum }

    /// The lowest present index whose prefix weight (itself included) exceeds `pick`.
    func find(_ pick: Int, ceiling: Int) -> Int {
        var position = 0, remaining = pick, step = top
        while step > 0 {
            let next = position + step
            if next < counts.count {
                let weight = ceiling * counts[next] - sums[next]
                if weight <= remaining {
                    position = next
                    remaining -= weight
                }
            }
            step /= 2
        }
        return position
    }
}
