/// Chooses which needs the year's budget covers, most important first.
///
/// Greedy in priority order (a knapsack heuristic): a need is admitted with every need of
/// its OPD for an ancestor module not admitted yet (an OPD cannot take module B before its
/// prerequisite A), when that bundle's estimated cost fits in what is left; otherwise it is
/// left out and the next, less important need is tried, so a cheaper need may still use the
/// rest of the budget.
///
/// The estimate of a need's cost is its participant cost plus the class fees of the classes
/// it adds to its module, counting ⌈seats ÷ capacity⌉ classes per module — the least any
/// packing needs. The simulated plan may need a few more classes; the planner then runs the
/// selection again with a budget smaller by the overrun.
///
/// Cost: O(n · b) for n needs and bundles of at most b needs (b ≤ 1 + the OPD's needs for
/// ancestor modules).
struct BimtekSelection {
    /// Whether each need is in the plan's scope.
    var admitted: [Bool]

    init(problem: BimtekProblem, budget: Int) {
        let n = problem.needs.count
        admitted = Array(repeating: false, count: n)
        var seats = Array(repeating: 0, count: problem.modules.count)
        var left = max(0, budget)
        var bundle: [Int] = []
        var added: [Int: Int] = [:]
        for i in problem.byPriority {
            guard !admitted[i], problem.moduleOf[i] != nil else { continue }
            bundle.removeAll(keepingCapacity: true)
            bundle.append(i)
            for h in problem.groupAncestors[problem.groupOf[i]] {
                for j in problem.groupNeeds[h] where !admitted[j] { bundle.append(j) }
            }
            added.removeAll(keepingCapacity: true)
            var cost = 0
            for j in bundle {
                let m = problem.moduleOf[j]!, module = problem.modules[m]
                let before = seats[m] + added[m, default: 0]
                let p = problem.needs[j].participants
                let newClasses = BimtekSelection.classes(before + p, module.classCapacity) - BimtekSelection.classes(before, module.classCapacity)
                let people = Saturating.multiply(Saturating.multiply(p, module.days), module.costPerParticipantDay)
                cost = Saturating.add(cost, Saturating.add(people, Saturating.multiply(newClasses, module.costPerClass)))
                added[m, default: 0] += p
            }
            guard cost <= left else { continue }
            left -= cost
            for j in bundle { admitted[j] = true }
            for (m, p) in added { seats[m] += p }
        }
    }

    /// ⌈seats ÷ capacity⌉.
    static func classes(_ seats: Int, _ capacity: Int) -> Int {
        let c = max(1, capacity)
        return seats / c + (seats % c == 0 ? 0 : 1)
    }
}
