import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The checker must be able to fail: bad schedules fed to it by hand.
    @Suite struct ScheduleCheckerTests {
        let problem = SchedulingExamples.blocker

        @Test func acceptsAFeasibleSchedule() {
            #expect(ScheduleChecker.check(Schedule(starts: [0, 4, 2], problem: problem), against: problem).isEmpty)
        }

        /// C starts at 1 while its predecessor A runs until 2.
        @Test func reportsPrecedence() throws {
            let findings = ScheduleChecker.check(Schedule(starts: [0, 4, 1], problem: problem), against: problem)
            #expect(findings.map(\.code) == ["PLN023"])
            #expect(findings.first?.activities == [0, 2])
            #expect(findings.first?.planningMessage == .precedenceViolated(predecessor: "A", successor: "C", finish: 2, start: 1))
        }

        /// B (2 units) overlaps A (1 unit) at time 1 on a capacity of 2.
        @Test func reportsCapacityAtTheTimeItIsExceeded() throws {
            let findings = ScheduleChecker.check(Schedule(starts: [0, 1, 4], problem: problem), against: problem)
            #expect(findings.map(\.code) == ["PLN024"])
            #expect(findings.first?.planningMessage == .capacityExceeded(resource: "R", time: 1, usage: 3, capacity: 2, activities: ["A", "B"]))
        }

        /// Touching intervals share no time unit: A [0,2) then B [2,5) is fine.
        @Test func finishAndStartAtTheSameTimeDoNotOverlap() {
            #expect(ScheduleChecker.check(Schedule(starts: [0, 2, 5], problem: problem), against: problem).isEmpty)
        }

        @Test func reportsReleaseDurationAndSize() {
            let released = SchedulingExamples.released
            #expect(ScheduleChecker.check(Schedule(starts: [0, 2], problem: released), against: released).map(\.code) == ["PLN022"])
            let wrongFinish = Schedule(starts: [0, 4, 2], finishes: [2, 6, 4])
            #expect(ScheduleChecker.check(wrongFinish, against: problem).map(\.code) == ["PLN021"])
            #expect(ScheduleChecker.check(Schedule(starts: [0], finishes: [2]), against: problem).map(\.code) == ["PLN020"])
            let negative = Schedule(starts: [-2, 4, 2], problem: problem)
            #expect(ScheduleChecker.check(negative, against: problem).map(\.code) == ["PLN022"])
        }
    }
}
