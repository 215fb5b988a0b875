import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The serial schedule-generation scheme and double justification on schedules small enough
    /// to follow by hand.
    @Suite struct SerialScheduleTests {
        /// The schedule of `list`, decoded on the dense grid and on the sparse profile, which
        /// must agree.
        static func decode(_ problem: SchedulingProblem, _ list: [Int]) -> Schedule {
            var generator = SerialScheduleGenerator(ProjectNetwork(problem))
            generator.run(list)
            let schedule = Schedule(starts: generator.starts, finishes: generator.finishes)
            #expect(ScheduleChecker.check(schedule, against: problem).isEmpty)
            var sparse = SparseScheduleGenerator(ProjectNetwork(problem))
            sparse.run(list)
            #expect(sparse.starts == generator.starts)
            return schedule
        }

        /// List A, B, C: B waits for A to free a unit, C waits for B. List A, C, B: A and C run
        /// back to back, then B alone — both 7, placed differently.
        @Test func startsEachActivityAtItsEarliestFeasibleTime() {
            let problem = SchedulingExamples.blocker
            let abc = Self.decode(problem, [0, 1, 2])
            #expect(abc.starts == [0, 2, 5])
            #expect(abc.finishes == [2, 5, 7])
            let acb = Self.decode(problem, [0, 2, 1])
            #expect(acb.starts == [0, 4, 2])
            let bac = Self.decode(problem, [1, 0, 2])
            #expect(bac.starts == [3, 0, 5])
            #expect(bac.makespan == 7)
        }

        @Test func respectsReleaseDates() {
            let problem = SchedulingExamples.released
            #expect(Self.decode(problem, [0, 1]).starts == [1, 3])
            #expect(Self.decode(problem, [1, 0]).starts == [2, 0])
        }

        /// A later activity fills a hole left earlier in the profile (serial, not parallel).
        @Test func fillsHolesInTheProfile() {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(2)], activities: [
                .init(name: "A", duration: 4, demands: [1]),
                .init(name: "B", duration: 2, demands: [2], predecessors: [0]),
                .init(name: "C", duration: 3, demands: [1]),
            ])
            // A [0,4), B [4,6); C fits beside A at 0.
            #expect(Self.decode(problem, [0, 1, 2]).starts == [0, 4, 0])
        }

        /// Milestones (duration 0) use no capacity and sit at their earliest time.
        @Test func milestonesTakeNoTime() {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "start", duration: 0, demands: [0]),
                .init(name: "A", duration: 2, demands: [1], predecessors: [0]),
                .init(name: "B", duration: 2, demands: [1], predecessors: [0]),
                .init(name: "end", duration: 0, demands: [1], predecessors: [1, 2]),
            ])
            let schedule = Self.decode(problem, [0, 1, 2, 3])
            #expect(schedule.starts == [0, 0, 2, 4])
            #expect(schedule.makespan == 4)
        }

        /// A (3 units), B (1) and C (1) share R of capacity 1; D (on S) needs A. Decoding
        /// C, B, A, D gives C [0,1) B [1,2) A [2,5) D [5,6). Right justification at 6, by
        /// decreasing finish: D [5,6), A [2,5), B [5,6), C [1,2). Left justification by
        /// increasing start: C [0,1), A [1,4), B [4,5), D [4,5): makespan 5, R's load.
        @Test func doubleJustificationShortensAndIsCountedThreeTimes() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1), SchedulingExamples.resource(1, "S")], activities: [
                .init(name: "A", duration: 3, demands: [1, 0]),
                .init(name: "B", duration: 1, demands: [1, 0]),
                .init(name: "C", duration: 1, demands: [1, 0]),
                .init(name: "D", duration: 1, demands: [0, 1], predecessors: [0]),
            ])
            let network = ProjectNetwork(problem)
            let cpm = CriticalPath(network)
            #expect(Self.decode(problem, [2, 1, 0, 3]).makespan == 6)
            var search = ScheduleSearch<SerialScheduleGenerator>(network: network, objective: .makespan, limit: 100, target: ScheduleCost(makespan: 0), deadline: nil, order: cpm.order)
            let evaluated = search.evaluate([2, 1, 0, 3])
            let (cost, list, starts) = try #require(evaluated)
            #expect(cost.makespan == 5)
            #expect(starts == [1, 4, 0, 4])  // the improved schedule's starts come with it
            #expect(search.generated == 3)
            #expect(Self.decode(problem, list).starts == [1, 4, 0, 4])
            // The returned list decodes straight into the improved schedule.
            #expect(Self.decode(problem, list).makespan == 5)
            let best = try #require(search.best)
            #expect(ScheduleChecker.check(Schedule(starts: best.starts, finishes: best.finishes), against: problem).isEmpty)
        }

        /// On random instances with release dates, justification never makes a schedule
        /// longer, every intermediate schedule is feasible, and the returned list reproduces it.
        @Test(arguments: 1...40 as ClosedRange<UInt64>)
        func justificationNeverWorsens(seed: UInt64) throws {
            let problem = SchedulingExamples.random(seed: seed, activities: 12)
            let network = ProjectNetwork(problem)
            let cpm = CriticalPath(network)
            var random = SeededRandom(seed: seed)
            let list = ActivityList.sampled(PriorityRule.latestFinishTime.values(network, cpm), network, random: &random)
            #expect(ActivityList.isPrecedenceFeasible(list, network))
            let plain = Self.decode(problem, list).makespan
            var search = ScheduleSearch<SerialScheduleGenerator>(network: network, objective: .makespan, limit: 100, target: ScheduleCost(makespan: 0), deadline: nil, order: cpm.order)
            let evaluated = search.evaluate(list)
            let (cost, improved, starts) = try #require(evaluated)
            #expect(cost.makespan <= plain)
            #expect(ActivityList.isPrecedenceFeasible(improved, network))
            #expect(Self.decode(problem, improved).makespan == cost.makespan)
            #expect(Self.decode(problem, improved).starts == starts)
        }

        /// Priority rules give precedence-feasible lists, deterministic for a problem.
        @Test(arguments: PriorityRule.allCases)
        func priorityRulesGiveFeasibleLists(rule: PriorityRule) {
            for seed in 1...10 as ClosedRange<UInt64> {
                let network = ProjectNetwork(SchedulingExamples.random(seed: seed, activities: 15))
                let cpm = CriticalPath(network)
                let list = rule.list(network, cpm)
                #expect(ActivityList.isPrecedenceFeasible(list, network))
                #expect(list == rule.list(network, cpm))
            }
        }

        /// The two-point crossover and shift mutation keep lists feasible.
        @Test func geneticOperatorsKeepPrecedence() {
            var random = SeededRandom(seed: 9)
            for seed in 1...20 as ClosedRange<UInt64> {
                let network = ProjectNetwork(SchedulingExamples.random(seed: seed, activities: 14))
                let cpm = CriticalPath(network)
                let lft = PriorityRule.latestFinishTime.values(network, cpm)
                let mother = ActivityList.sampled(lft, network, random: &random)
                let father = ActivityList.sampled(lft, network, random: &random)
                var taken = Array(repeating: false, count: 14), position = Array(repeating: 0, count: 14)
                for (q1, q2) in [(0, 0), (0, 14), (3, 9), (14, 14), (5, 5)] {
                    var child = GeneticOperators.crossover(mother: mother, father: father, q1: q1, q2: q2, taken: &taken)
                    #expect(ActivityList.isPrecedenceFeasible(child, network))
                    GeneticOperators.shift(&child, chances: 50, in: 100, network: network, random: &random, position: &position)
                    #expect(ActivityList.isPrecedenceFeasible(child, network))
                }
            }
        }
    }
}
