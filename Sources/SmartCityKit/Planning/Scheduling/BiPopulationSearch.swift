/// The bi-population genetic algorithm of Debels and Vanhoucke ("A bi-population based
/// genetic algorithm for the resource-constrained project scheduling problem", LNCS 3483,
/// 2005), for makespan problems without release dates (PSPLIB's): one population of
/// left-justified schedules, one of right-justified ones, and every child is a single pass
/// of the serial scheme that is at once its decoding and a justification.
///
/// - Children of two right-justified parents are their start orders crossed, decoded
///   forward: a left-justified schedule, which joins the left population. Children of two
///   left-justified parents are their orders of decreasing finish crossed, decoded on the
///   reversed network: a right-justified schedule, which joins the right one.
/// - Crossover: peak crossover (`PeakCrossover`) on a share `peakPercent` of the pairs, the
///   others two-point; then shift mutation, on the reversed network for right children.
/// - Each population keeps its best `populationSize` (ranking selection, ties to the older,
///   no schedule twice).
///
/// One pass per child where double justification costs three: about three times the
/// children from the same budget, so the population is twice and the mutation half that of
/// `GeneticSearch` (measured on PSPLIB j30/j60/j120 at 5,000 schedules; docs/scheduling.md).
/// A right-justified schedule mirrored at its own makespan can start an activity before its
/// release date, hence no release dates; the roadmap's problems use `GeneticSearch`.
struct BiPopulationSearch {
    var populationSize: Int
    /// Chance that shift mutation moves each activity of a child: `mutation.0` in `mutation.1`.
    var mutation: (chances: Int, in: Int)
    var peakPercent: Int

    private struct Member {
        var starts: [Int]
        var cost: ScheduleCost
        var serial: Int
        /// The list it gives as a parent: a left member's finish order from the end (its
        /// children are backward), a right member's start order. Made once it survives a
        /// selection; about half the children do not.
        var list: [Int] = []
        /// A left member's schedule seen from the end (`makespan − finish`), where peak
        /// crossover reads it for backward children; made with `list`.
        var mirrored: [Int] = []
    }

    func run<Decoder: ScheduleDecoder>(_ search: inout ScheduleSearch<Decoder>, cpm: CriticalPath, random: inout SeededRandom) {
        let network = search.network
        let reversedNetwork = network.reversed()
        let n = network.count
        var serial = 0
        func decode(_ lists: [[Int]], backward: Bool) -> [Member] {
            var members: [Member] = []
            for result in search.evaluateOnePass(lists, backward: backward) {
                guard let result else { continue }
                members.append(Member(starts: result.starts, cost: result.cost, serial: serial))
                serial += 1
            }
            return members
        }
        /// The best of `members` of the left (forward-decoded) or right population, each with its list.
        func keep(_ members: [Member], left: Bool) -> [Member] {
            var kept = GeneticOperators.best(count: populationSize, costs: members.map(\.cost), serials: members.map(\.serial)) {
                members[$0].starts == members[$1].starts
            }.map { members[$0] }
            for i in kept.indices where kept[i].list.isEmpty {
                if left {
                    let makespan = kept[i].cost.makespan
                    kept[i].list = search.finishOrderFromTheEnd(kept[i].starts, makespan: makespan)
                    kept[i].mirrored = kept[i].starts.indices.map { makespan - kept[i].starts[$0] - network.durations[$0] }
                } else {
                    kept[i].list = search.startOrder(kept[i].starts)
                }
            }
            return kept
        }
        let lft = PriorityRule.latestFinishTime.values(network, cpm)
        var lists = PriorityRule.allCases.map { $0.list(network, cpm) }
        while lists.count < populationSize { lists.append(ActivityList.sampled(lft, network, random: &random)) }
        var left = keep(decode(lists, backward: false), left: true)
        var right = keep(decode(left.map(\.list), backward: true), left: false)
        var taken = Array(repeating: false, count: n)
        var position = Array(repeating: 0, count: n)
        var peaks = PeakCrossover(network), reversedPeaks = PeakCrossover(reversedNetwork)

        /// The children of `parents` (right-justified for forward children, left-justified for backward ones).
        func children(of parents: [Member], backward: Bool) -> [[Int]] {
            var order = Array(parents.indices)
            GeneticOperators.shuffle(&order, random: &random)
            var out: [[Int]] = []
            out.reserveCapacity(order.count)
            var k = 0
            while k + 1 < order.count {
                let pair = (order[k], order[k + 1])
                k += 2
                let q1 = random.int(in: 0...n), q2 = random.int(in: 0...n)
                let peak = peakPercent > 0 && random.chance(peakPercent)
                for (m, f) in [pair, (pair.1, pair.0)] {
                    let mother = parents[m], father = parents[f]
                    var child: [Int]
                    if peak, backward {
                        // Seen from the end, so that peak crossover works on the reversed
                        // network exactly as forward.
                        child = reversedPeaks.child(mother: mother.list, starts: mother.mirrored, father: father.list, network: reversedNetwork, random: &random)
                    } else if peak {
                        child = peaks.child(mother: mother.list, starts: mother.starts, father: father.list, network: network, random: &random)
                    } else {
                        child = GeneticOperators.crossover(mother: mother.list, father: father.list, q1: min(q1, q2), q2: max(q1, q2), taken: &taken)
                    }
                    GeneticOperators.shift(&child, chances: mutation.chances, in: mutation.in, network: backward ? reversedNetwork : network,
                                           random: &random, position: &position)
                    out.append(child)
                }
            }
            return out
        }

        while !search.isDone, left.count >= 2, right.count >= 2 {
            let forLeft = children(of: right, backward: false)
            let forRight = children(of: left, backward: true)
            left = keep(left + decode(forLeft, backward: false), left: true)
            right = keep(right + decode(forRight, backward: true), left: false)
        }
    }
}
