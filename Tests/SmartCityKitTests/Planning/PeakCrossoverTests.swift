import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// Peak crossover: the densest window found by hand, the child's three parts, and
    /// precedence kept on random projects.
    @Suite struct PeakCrossoverTests {
        /// One resource of capacity 2; a, b, c, d of duration 2, 1, 2, 1 using 1, 2, 2, 1
        /// units, started at 0, 2, 3, 5: use per unit 1 1 2 2 2 1 0 → the densest window
        /// of length 2 starts at 2 (2 + 2; the one at 3 is as dense but later), of length 1 at 2.
        @Test func theDensestWindowByHand() {
            let problem = SchedulingProblem(resources: [.init(name: "r", capacity: 2)], activities: [
                .init(name: "a", duration: 2, demands: [1]), .init(name: "b", duration: 1, demands: [2]),
                .init(name: "c", duration: 2, demands: [2]), .init(name: "d", duration: 1, demands: [1]),
            ])
            let network = ProjectNetwork(problem)
            var peaks = PeakCrossover(network)
            let starts = [0, 2, 3, 5]
            #expect(peaks.peak(starts: starts, network: network, length: 2) == 2)
            #expect(peaks.peak(starts: starts, network: network, length: 1) == 2)
            #expect(peaks.peak(starts: starts, network: network, length: 3) == 2)
            #expect(peaks.peak(starts: starts, network: network, length: 6) == 0)
            // Window [2, 4): b and c from the mother in her order (c before b), a before it
            // and d after it in the father's order.
            let child = peaks.child(mother: [0, 2, 1, 3], starts: starts, father: [3, 1, 2, 0], network: network, length: 2)
            #expect(child == [0, 2, 1, 3])
            let other = peaks.child(mother: [3, 0, 1, 2], starts: starts, father: [1, 3, 0, 2], network: network, length: 2)
            #expect(other == [0, 1, 2, 3])
        }

        /// On random projects every child of two feasible parents is feasible and holds each
        /// activity once, whatever the window.
        @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
        func childrenKeepPrecedence(seed: UInt64) {
            var random = SeededRandom(seed: seed)
            var activities: [SchedulingProblem.Activity] = []
            for j in 0..<40 {
                let predecessors = j > 0 ? (0..<random.int(in: 0...2)).map { _ in random.int(in: 0...(j - 1)) } : []
                activities.append(.init(name: "a\(j)", duration: random.int(in: 0...5), demands: [random.int(in: 0...3), random.int(in: 0...2)],
                                        predecessors: Array(Set(predecessors)).sorted()))
            }
            let problem = SchedulingProblem(resources: [.init(name: "x", capacity: 3), .init(name: "y", capacity: 2)], activities: activities)
            let network = ProjectNetwork(problem)
            let cpm = CriticalPath(network)
            let lft = PriorityRule.latestFinishTime.values(network, cpm)
            var generator = SerialScheduleGenerator(network)
            var peaks = PeakCrossover(network)
            for _ in 0..<20 {
                let mother = ActivityList.sampled(lft, network, random: &random)
                let father = ActivityList.sampled(lft, network, random: &random)
                let makespan = generator.run(mother)
                let child = peaks.child(mother: mother, starts: generator.starts, father: father, network: network,
                                        length: random.int(in: 1...max(makespan, 1)))
                #expect(ActivityList.isPrecedenceFeasible(child, network))
            }
        }
    }
}
