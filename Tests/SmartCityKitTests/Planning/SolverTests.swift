import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The solver on hand-computed optima, its budget, determinism and stopping rules, and a
    /// property test over seeded random instances. Every schedule passes `ScheduleChecker`.
    @Suite struct SolverTests {
        @Test(arguments: [
            (SchedulingExamples.blocker, 7),
            (SchedulingExamples.sequence, 5),
            (SchedulingExamples.released, 4),
            (SchedulingExamples.dueDates, 4),
        ])
        func reachesHandComputedOptima(problem: SchedulingProblem, optimum: Int) throws {
            let (result, schedule) = try SchedulingExamples.solve(problem)
            #expect(schedule.makespan == optimum)
            #expect(result.cost == ScheduleCost(makespan: optimum))
        }

        /// B (due 1) goes first: total tardiness 1 (A finishes at 4, due 3), not 3.
        @Test func latenessPutsTheDueActivityFirst() throws {
            var options = RCPSPSolver.Options(scheduleLimit: 200)
            options.objective = .lateness
            let (result, schedule) = try SchedulingExamples.solve(SchedulingExamples.dueDates, options)
            #expect(schedule.starts == [1, 0])
            #expect(result.cost == ScheduleCost(tardiness: 1, makespan: 4))
            #expect(schedule.tardiness(in: SchedulingExamples.dueDates) == 1)
        }

        /// The lateness objective trades makespan for tardiness: L then X beside M ends at 6
        /// with X 4 late; X first (due 2) is on time but ends at 8.
        @Test func latenessIsLexicographic() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "L", duration: 4, demands: [1]),
                .init(name: "M", duration: 2, demands: [0], predecessors: [0]),
                .init(name: "X", duration: 2, demands: [1], due: 2),
            ])
            let makespan = try SchedulingExamples.solve(problem)
            #expect(makespan.schedule.makespan == 6)
            var options = RCPSPSolver.Options(scheduleLimit: 300)
            options.objective = .lateness
            let lateness = try SchedulingExamples.solve(problem, options)
            #expect(lateness.result.cost == ScheduleCost(tardiness: 0, makespan: 8))
            #expect(lateness.schedule.starts[2] == 0)
        }

        /// With a bound below the optimum the whole budget is used, counting three passes per
        /// justified list; the last list gets only the passes left.
        @Test func countsEverySchedulePass() throws {
            for limit in [1, 2, 3, 7, 50] {
                let (result, _) = try SchedulingExamples.solve(SchedulingExamples.blocker, .init(scheduleLimit: limit))
                #expect(result.schedulesGenerated == limit)
                #expect(result.bestFoundAt >= 1 && result.bestFoundAt <= limit)
            }
            var plain = RCPSPSolver.Options(scheduleLimit: 10)
            plain.justification = false
            #expect(try SchedulingExamples.solve(SchedulingExamples.blocker, plain).result.schedulesGenerated == 10)
        }

        /// The load bound 5 is the optimum of `sequence`: the first schedule proves it.
        @Test func stopsAtTheLowerBound() throws {
            let (result, _) = try SchedulingExamples.solve(SchedulingExamples.sequence, .init(scheduleLimit: 5000))
            #expect(result.schedulesGenerated == 1)
            #expect(result.reachedLowerBound)
            #expect(result.gap == 0)
        }

        /// A zero time limit still returns the first schedule and says why it stopped.
        @Test func timeLimitStillReturnsASchedule() throws {
            var options = RCPSPSolver.Options(scheduleLimit: 1_000_000)
            options.timeLimit = .zero
            let (result, _) = try SchedulingExamples.solve(SchedulingExamples.random(seed: 3, activities: 20), options)
            #expect(result.stoppedByTimeLimit)
            #expect(result.schedulesGenerated < 1_000_000)
        }

        @Test func sameSeedSameSchedule() throws {
            let problem = SchedulingExamples.random(seed: 77, activities: 25, resources: 3)
            let options = RCPSPSolver.Options(seed: 42, scheduleLimit: 900)
            let first = try SchedulingExamples.solve(problem, options)
            let second = try SchedulingExamples.solve(problem, options)
            #expect(first.schedule == second.schedule)
            #expect(first.result.bestFoundAt == second.result.bestFoundAt)
            #expect(first.result.schedulesGenerated == second.result.schedulesGenerated)
        }

        @Test func emptyProjectHasAnEmptySchedule() throws {
            let (result, schedule) = try SchedulingExamples.solve(SchedulingProblem(resources: [], activities: []))
            #expect(schedule.makespan == 0)
            #expect(result.schedulesGenerated == 0)
        }

        /// Random instances: the checker passes, the makespan is never below the bound, and
        /// on tiny ones the solver matches the exhaustive optimum.
        @Test(arguments: 1...60 as ClosedRange<UInt64>)
        func randomInstances(seed: UInt64) throws {
            let tiny = seed % 3 == 0
            let problem = SchedulingExamples.random(seed: seed, activities: tiny ? 6 : 18, resources: 1 + Int(seed % 3), dues: seed % 2 == 0)
            for objective in ScheduleObjective.allCases {
                let options = RCPSPSolver.Options(seed: seed, scheduleLimit: 300, objective: objective)
                let (result, schedule) = try SchedulingExamples.solve(problem, options)
                let bounds = try #require(result.bounds)
                #expect(schedule.makespan >= bounds.makespan)
                #expect(result.cost == objective.cost(of: schedule, in: problem))
                #expect(try #require(result.cost) >= bounds.cost(objective))
                if tiny, objective == .makespan {
                    #expect(schedule.makespan == SchedulingExamples.optimalMakespan(problem), "seed \(seed)")
                }
            }
        }
    }
}
