import Testing
@testable import SmartCityKit

extension PlanningTests {
    @Suite struct LowerBoundsTests {
        @Test func criticalPathAndResourceLoad() throws {
            let bounds = try #require(LowerBounds(SchedulingExamples.blocker))
            #expect(bounds.criticalPath == 4)  // A then C
            #expect(bounds.resourceLoad == [5])  // ⌈(2·1 + 3·2 + 2·1) / 2⌉
            #expect(bounds.makespan == 5)
            #expect(bounds.gap(7) == 40)
        }

        /// Release dates lengthen the critical path and delay the load bound.
        @Test func releaseDatesCount() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "A", duration: 2, demands: [1], release: 5),
                .init(name: "B", duration: 1, demands: [0], predecessors: [0]),
                .init(name: "C", duration: 3, demands: [1], release: 4),
            ])
            let bounds = try #require(LowerBounds(problem))
            #expect(bounds.criticalPath == 8)  // 5 + 2 + 1
            #expect(bounds.resourceLoad == [9])  // 4 + ⌈(2 + 3) / 1⌉
            #expect(bounds.makespan == 9)
        }

        /// Tardiness bound: each due activity's earliest finish past its due date.
        @Test func tardinessBound() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                .init(name: "A", duration: 3, demands: [0], due: 1),
                .init(name: "B", duration: 2, demands: [0], predecessors: [0], due: 4),
                .init(name: "C", duration: 2, demands: [0], due: 5),
            ])
            let bounds = try #require(LowerBounds(problem))
            #expect(bounds.tardiness == 2 + 1)
            #expect(bounds.cost(.lateness) == ScheduleCost(tardiness: 3, makespan: 5))
            #expect(bounds.cost(.makespan) == ScheduleCost(makespan: 5))
        }

        @Test func noBoundsForAnInvalidProblem() {
            var problem = SchedulingExamples.blocker
            problem.activities[0].predecessors = [2]
            #expect(LowerBounds(problem) == nil)
        }
    }
}
