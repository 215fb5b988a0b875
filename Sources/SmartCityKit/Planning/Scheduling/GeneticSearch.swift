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
    var mutationPercent: Int
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

    func run(_ search: inout ScheduleSearch, cpm: CriticalPath, random: inout SeededRandom) {
        let network = search.network
        let n = network.count
        var population: [Individual] = []
        var serial = 0
        func add(_ list: [Int], to individuals: inout [Individual]) {
            guard let (cost, improved, starts) = search.evaluate(list) else { return }
            individuals.append(Individual(list: improved, starts: starts, cost: cost, serial: serial))
            serial += 1
        }
        let lft = PriorityRule.latestFinishTime.values(network, cpm)
        func fill(_ population: inout [Individual]) {
            while population.count < populationSize, !search.isDone {
                add(ActivityList.sampled(lft, network, random: &random), to: &population)
            }
            population = select(population, [])
        }
        for rule in PriorityRule.allCases where !search.isDone {
            add(rule.list(network, cpm), to: &population)
        }
        fill(&population)
        var taken = Array(repeating: false, count: n)
        var position = Array(repeating: 0, count: n)
        var peaks = PeakCrossover(network)
        var stale = 0
        while !search.isDone, population.count >= 2 {
            var order = Array(population.indices)
            GeneticOperators.shuffle(&order, random: &random)
            var children: [Individual] = []
            var k = 0
            while k + 1 < order.count, !search.isDone {
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
                    GeneticOperators.shift(&child, percent: mutationPercent, network: network, random: &random, position: &position)
                    add(child, to: &children)
                }
            }
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
        let all = (parents + children).sorted { ($0.cost, $0.serial) < ($1.cost, $1.serial) }
        var kept: [Individual] = []
        var seen = Set<[Int]>()
        for individual in all where kept.count < populationSize {
            if seen.insert(individual.list).inserted { kept.append(individual) }
        }
        return kept
    }
}
