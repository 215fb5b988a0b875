import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The bi-population search (`BiPopulationSearch`): where it runs, and that what it
    /// returns is a feasible schedule whose reported cost is its own, never worse than its
    /// starting lists and the same for the same seed.
    @Suite struct BiPopulationTests {
        @Test func itRunsOnlyForMakespanWithoutReleaseDates() {
            let plain = ProjectNetwork(SchedulingExamples.random(seed: 3, activities: 30, releases: false))
            let released = ProjectNetwork(SchedulingExamples.random(seed: 3, activities: 30, releases: true))
            #expect(released.releases.contains { $0 > 0 })
            #expect(RCPSPSolver.usesBiPopulation(plain, .init()))
            #expect(!RCPSPSolver.usesBiPopulation(released, .init()))
            #expect(!RCPSPSolver.usesBiPopulation(plain, .init(objective: .lateness)))
            #expect(!RCPSPSolver.usesBiPopulation(plain, .init(justification: false)))
            let large = ProjectNetwork(SchedulingExamples.random(seed: 3, activities: ScheduleSearch<SerialScheduleGenerator>.parallelFrom, releases: false))
            #expect(!RCPSPSolver.usesBiPopulation(large, .init()))
        }

        /// Right-justified children are mirrored at their own makespan: every schedule it
        /// returns must still hold precedence and capacity, and be at least as short as the
        /// best priority list decoded once (those lists start its left population).
        @Test(arguments: 1...25 as ClosedRange<UInt64>)
        func schedulesAreFeasibleAndNoWorseThanTheirStart(seed: UInt64) throws {
            let problem = SchedulingExamples.random(seed: seed, activities: 12 + Int(seed % 30), resources: 1 + Int(seed % 4), releases: false)
            let network = ProjectNetwork(problem)
            #expect(RCPSPSolver.usesBiPopulation(network, .init()))
            let solver = RCPSPSolver(options: .init(seed: seed, scheduleLimit: 400))
            let result = solver.solve(problem)
            let schedule = try #require(result.schedule)
            #expect(ScheduleChecker.check(schedule, against: problem).isEmpty)
            #expect(result.cost?.makespan == schedule.makespan)
            #expect(result.schedulesGenerated <= 400)
            let cpm = CriticalPath(network)
            var decoder = SerialScheduleGenerator(network)
            let start = PriorityRule.allCases.map { decoder.run($0.list(network, cpm)) }.min() ?? .max
            #expect(schedule.makespan <= start)
            #expect(schedule.makespan >= cpm.length)
            #expect(solver.solve(problem).schedule == schedule)
        }

        /// Tiny problems: it finds the optimum the exhaustive reference computes.
        @Test(arguments: 1...12 as ClosedRange<UInt64>)
        func tinyProblemsReachTheOptimum(seed: UInt64) throws {
            let problem = SchedulingExamples.random(seed: 100 + seed, activities: 7, resources: 2, releases: false)
            let result = RCPSPSolver(options: .init(seed: seed, scheduleLimit: 1000)).solve(problem)
            #expect(try #require(result.schedule).makespan == SchedulingExamples.optimalMakespan(problem))
        }
    }
}
