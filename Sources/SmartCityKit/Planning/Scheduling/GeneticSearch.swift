/// A genetic algorithm on activity lists after Hartmann (1998) with every child improved
/// by double justification (Valls, Ballestín and Quintanilla, "Justification and RCPSP: A
/// technique that pays", EJOR 165, 2005); the improved schedule's start order replaces the
/// child's list, so later generations inherit the improvement.
///
/// - Initial population: one list per priority rule, the rest drawn by regret-based biased
///   random sampling on latest finish times.
/// - Each generation pairs the population at random; each pair gives two children by
///   two-point crossover or, with chance `peakPercent`, by peak crossover (`PeakCrossover`,
///   after Valls, Ballestín and Quintanilla 2008), then shift mutation.
/// - Ranking selection: parents and children together, the best `populationSize` by cost
///   survive (ties to the older individual); a list already kept is not kept twice, so the
///   population does not fill with copies of one schedule.
/// - After `restartAfter` generations without a better best individual, all but the best
///   are replaced by fresh samples (only long searches get there: at 5,000 schedules there
///   are about 20 generations of 80 individuals on j30, 40 of 20 on j120).
///
/// Runs until `ScheduleSearch` says it is done (budget, bound or time). Deterministic for a
/// given generator state.
struct GeneticSearch {
    var populationSize: Int
    /// Chance that shift mutation moves each activity of a child: `mutation.0` in `mutation.1`.
    var mutation: (chances: Int, in: Int)
    var restartAfter: Int
    /// Chance, in percent, that a pair's children come from peak crossover rather than
    /// two-point crossover.
    var peakPercent: Int = 0

    struct Individual {
        var list: [Int]
        var starts: [Int]
        var cost: ScheduleCost
        /// Birth order, for deterministic ties.
        var serial: Int
    }

    func run<Decoder: ScheduleDecoder>(_ search: inout ScheduleSearch<Decoder>, cpm: CriticalPath, random: inout SeededRandom) {
        let network = search.network
        let n = network.count
        var population: [Individual] = []
        var serial = 0
        // Lists are made first and decoded as a batch (on several cores for large projects);
        // the random draws and the budget run exactly as one list after another.
        func add(_ lists: [[Int]], to individuals: inout [Individual]) {
            for result in search.evaluate(lists) {
                guard let (cost, improved, starts) = result else { continue }
                individuals.append(Individual(list: improved, starts: starts, cost: cost, serial: serial))
                serial += 1
            }
        }
        let lft = PriorityRule.latestFinishTime.values(network, cpm)
        func fill(_ population: inout [Individual]) {
            if population.count < populationSize, !search.isDone {
                add((population.count..<populationSize).map { _ in ActivityList.sampled(lft, network, random: &random) }, to: &population)
            }
            population = select(population, [])
        }
        add(PriorityRule.allCases.map { $0.list(network, cpm) }, to: &population)
        fill(&population)
        var taken = Array(repeating: false, count: n)
        var position = Array(repeating: 0, count: n)
        var peaks = PeakCrossover(network)
        var stale = 0
        while !search.isDone, population.count >= 2 {
            var order = Array(population.indices)
            GeneticOperators.shuffle(&order, random: &random)
            var lists: [[Int]] = []
            var k = 0
            while k + 1 < order.count {
                let mother = population[order[k]], father = population[order[k + 1]]
                k += 2
                let q1 = random.int(in: 0...n), q2 = random.int(in: 0...n)
                let peak = peakPercent > 0 && random.chance(peakPercent)
                for (a, b) in [(mother, father), (father, mother)] {
                    var child: [Int]
                    if peak {
                        child = peaks.child(mother: a.list, starts: a.starts, father: b.list, network: network, random: &random)
                    } else {
                        child = GeneticOperators.crossover(mother: a.list, father: b.list, q1: min(q1, q2), q2: max(q1, q2), taken: &taken)
                    }
                    GeneticOperators.shift(&child, chances: mutation.chances, in: mutation.in, network: network, random: &random, position: &position)
                    lists.append(child)
                }
            }
            var children: [Individual] = []
            add(lists, to: &children)
            let previous = population[0].cost
            population = select(population, children)
            stale = population[0].cost < previous ? 0 : stale + 1
            if restartAfter > 0, stale >= restartAfter {
                stale = 0
                population.removeLast(population.count - 1)
                fill(&population)
            }
        }
    }

    /// The best `populationSize` of parents and children, without duplicate lists.
    func select(_ parents: [Individual], _ children: [Individual]) -> [Individual] {
        let candidates = parents + children
        return GeneticOperators.best(count: populationSize, costs: candidates.map(\.cost), serials: candidates.map(\.serial)) {
            candidates[$0].list == candidates[$1].list
        }.map { candidates[$0] }
    }
}
