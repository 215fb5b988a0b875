import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// Deadlines: milestones served by several activities, weighed by what missing them costs.
    @Suite struct DeadlineTests {
        /// One team, A (2 units) serves a deadline due 2 of weight 5, B (3 units) one due 3 of
        /// weight 1. A first: A on time, B done at 5, 2 late × 1 = 2. B first: A done at 5,
        /// 3 late × 5 = 15. The solver puts A first.
        @Test func theHeavierDeadlineGoesFirst() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "A", duration: 2, demands: [1]),
                .init(name: "B", duration: 3, demands: [1]),
            ], deadlines: [.init(due: 2, weight: 5, activities: [0]), .init(due: 3, weight: 1, activities: [1])])
            var options = RCPSPSolver.Options(scheduleLimit: 100)
            options.objective = .lateness
            let (result, schedule) = try SchedulingExamples.solve(problem, options)
            #expect(schedule.starts == [0, 2])
            #expect(result.cost == ScheduleCost(delay: 2, tardiness: 0, makespan: 5))
            #expect(schedule.delay(in: problem) == 2)
            // The other order, by hand.
            #expect(Schedule(starts: [3, 0], problem: problem).delay(in: problem) == 15)
        }

        /// Three tasks of one milestone due 1 finishing at 1, 2, 3 are 0 + 1 + 2 late, weight
        /// 4 each: 12. A date before the start (due −3) is late by the units since it: 4.
        @Test func aDeadlineWeighsEachLateActivityFromItsRealDate() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "a", duration: 1, demands: [1], due: 1),
                .init(name: "b", duration: 1, demands: [1], due: 1),
                .init(name: "c", duration: 1, demands: [1], due: 1),
                .init(name: "old", duration: 1, demands: [0], due: -3),
            ], deadlines: [.init(due: 1, weight: 4, activities: [0, 1, 2]), .init(due: -3, weight: 1, activities: [3])])
            let schedule = Schedule(starts: [0, 1, 2, 0], problem: problem)
            #expect(schedule.delay(in: problem) == 4 * (0 + 1 + 2) + 1 * 4)
            #expect(schedule.tardiness(in: problem) == 0 + 1 + 2 + 4)
            let bounds = try #require(LowerBounds(problem))
            // Earliest finishes without the team limit: all at 1; `old` 4 late from −3.
            #expect(bounds.delay == 4)
            #expect(ScheduleObjective.lateness.cost(of: schedule, in: problem) == ScheduleCost(delay: 16, tardiness: 7, makespan: 3))
        }

        @Test func badDeadlinesAreFindings() {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "a", duration: 1, demands: [1], due: SchedulingProblem.timeLimit + 1),
            ], deadlines: [.init(due: 1, weight: 0, activities: [0]), .init(due: Int.min, weight: 1, activities: [3])])
            let codes = problem.validate().map(\.code)
            #expect(codes == ["PLN013", "PLN010", "PLN011", "PLN012"])
            #expect(RCPSPSolver().solve(problem).schedule == nil)
        }
    }
}
