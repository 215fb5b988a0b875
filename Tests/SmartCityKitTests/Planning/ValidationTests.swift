import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// Problems that cannot be scheduled are reported as findings naming the activities; the
    /// solver refuses them instead of looping or trapping.
    @Suite struct ValidationTests {
        typealias Activity = SchedulingProblem.Activity

        @Test func cycleNamesItsActivitiesInOrder() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: [
                Activity(name: "kickoff", duration: 1, demands: [0]),
                Activity(name: "design", duration: 2, demands: [1], predecessors: [0, 3]),
                Activity(name: "build", duration: 2, demands: [1], predecessors: [1]),
                Activity(name: "test", duration: 1, demands: [1], predecessors: [2]),
            ])
            let findings = problem.validate()
            #expect(findings.map(\.code) == ["PLN001"])
            let cycle = try #require(findings.first)
            #expect(cycle.activities == [1, 2, 3])
            #expect(cycle.message.text(.en) == "precedence cycle: \"design\" → \"build\" → \"test\" → \"design\"; none of them can start first")
            #expect(cycle.message.text(.id).hasPrefix("prasyarat membentuk siklus: \"design\" → \"build\""))
            let result = RCPSPSolver().solve(problem)
            #expect(result.schedule == nil)
            #expect(result.findings.map(\.code) == ["PLN001"])
        }

        @Test func selfLoopIsACycleOfOne() {
            let problem = SchedulingProblem(resources: [], activities: [Activity(name: "A", duration: 1, demands: [], predecessors: [0])])
            #expect(problem.validate().map(\.activities) == [[0]])
        }

        @Test func demandAboveCapacityNamesActivityResourceAndNumbers() throws {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(3, "tim TI"), SchedulingExamples.resource(2, "dana")], activities: [
                Activity(name: "A", duration: 1, demands: [3, 2]),
                Activity(name: "migrasi", duration: 2, demands: [5, 1]),
            ])
            let finding = try #require(problem.validate().first)
            #expect(finding.code == "PLN002")
            #expect(finding.activities == [1])
            #expect(finding.planningMessage == .demandAboveCapacity(activity: "migrasi", resource: "tim TI", demand: 5, capacity: 3))
            #expect(finding.message.text(.en) == "activity \"migrasi\" needs 5 of \"tim TI\" but its capacity is only 3")
            #expect(finding.message.text(.id) == "tugas \"migrasi\" memerlukan 5 \"tim TI\", padahal kapasitasnya hanya 3")
            #expect(RCPSPSolver().solve(problem).schedule == nil)
        }

        @Test func otherMalformedInputs() {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(-1, "X"), SchedulingExamples.resource(2, "Y")], activities: [
                Activity(name: "A", duration: -2, demands: [0, 1], release: -1),
                Activity(name: "B", duration: 1, uses: [.init(resource: 2, units: 1)], predecessors: [7, -1]),
                Activity(name: "C", duration: 1, demands: [0, -3]),
            ])
            #expect(problem.validate().map(\.code) == ["PLN008", "PLN004", "PLN007", "PLN005", "PLN003", "PLN003", "PLN006"])
        }

        @Test func absurdDurationsAreRefusedNotAllocated() {
            let huge = SchedulingProblem(resources: [], activities: [
                Activity(name: "A", duration: Int.max, demands: []),
                Activity(name: "B", duration: Int.max, demands: []),
            ])
            #expect(huge.validate().map(\.code) == ["PLN009"])
            let beyond = SchedulingProblem(resources: [SchedulingExamples.resource(1)],
                                           activities: [Activity(name: "A", duration: SchedulingProblem.timeLimit + 1, demands: [1])])
            #expect(beyond.validate().map(\.planningMessage) == [.horizonTooLong(horizon: (1 << 30) + 1, limit: 1 << 30)])
            #expect(RCPSPSolver().solve(beyond).schedule == nil)
        }

        /// Capacities up to 2³⁰ are solved; one more unit is refused, never truncated into
        /// the profile's 32-bit fields.
        @Test func capacitiesAboveTheLimitAreRefused() throws {
            let limit = SchedulingProblem.capacityLimit
            func problem(_ capacity: Int) -> SchedulingProblem {
                SchedulingProblem(resources: [.init(name: "r", capacity: capacity)], activities: [
                    Activity(name: "A", duration: 2, uses: [.init(resource: 0, units: capacity)]),
                    Activity(name: "B", duration: 3, uses: [.init(resource: 0, units: 1)]),
                ])
            }
            #expect(problem(limit + 1).validate().map(\.planningMessage) == [.capacityTooLarge(resource: "r", capacity: limit + 1, limit: limit)])
            #expect(RCPSPSolver().solve(problem(Int.max)).schedule == nil)
            // A takes all of it, so B waits: 5 units, on both profiles.
            #expect(problem(limit).validate().isEmpty)
            let network = ProjectNetwork(problem(limit))
            var sparse = SparseScheduleGenerator(network), dense = SerialScheduleGenerator(network)
            #expect(sparse.run([1, 0]) == 5 && sparse.starts == [3, 0])
            #expect(dense.run([1, 0]) == 5 && dense.starts == [3, 0])
            #expect(try #require(RCPSPSolver(options: .init(scheduleLimit: 9)).solve(problem(limit)).schedule).makespan == 5)
        }

        /// What the time grid once refused (PLN009 above 8 million cells): 3 million time
        /// units on 4 resources, and 20,000 resources of one activity each, are solved on
        /// the sparse profile in memory proportional to the activities.
        @Test func longAndWideProblemsNeedNoGrid() throws {
            let long = SchedulingProblem(resources: (1...4).map { SchedulingExamples.resource($0) }, activities: [
                Activity(name: "A", duration: 3_000_000, demands: [0, 1, 0, 0]),
                Activity(name: "B", duration: 5, demands: [0, 2, 0, 0]),
            ])
            #expect(long.validate().isEmpty)
            let schedule = try #require(RCPSPSolver(options: .init(scheduleLimit: 30)).solve(long).schedule)
            #expect(schedule.makespan == 3_000_005)
            let wide = SchedulingProblem(resources: (0..<20_000).map { SchedulingExamples.resource(1, "r\($0)") },
                                         activities: (0..<20_000).map { Activity(name: "a\($0)", duration: 3, uses: [.init(resource: $0 / 2, units: 1)]) })
            let result = RCPSPSolver(options: .init(scheduleLimit: 6)).solve(wide)
            // Two activities per resource of capacity 1: 6 units, which is the load bound.
            #expect(result.schedule?.makespan == 6)
            #expect(result.reachedLowerBound)
        }

        /// Every message has both texts and a distinct, stable code.
        @Test func messagesHaveCodesAndBothLanguages() {
            let messages: [PlanningMessage] = [
                .precedenceCycle(activities: ["a"]), .demandAboveCapacity(activity: "a", resource: "r", demand: 2, capacity: 1),
                .predecessorOutOfRange(activity: "a", predecessor: 3, count: 2), .negativeDuration(activity: "a", duration: -1),
                .demandResourceOutOfRange(activity: "a", resource: 3, count: 2), .negativeDemand(activity: "a", resource: "r", demand: -1),
                .negativeRelease(activity: "a", release: -1), .negativeCapacity(resource: "r", capacity: -1),
                .capacityTooLarge(resource: "r", capacity: 9, limit: 8), .horizonTooLong(horizon: 9, limit: 8),
                .scheduleSizeMismatch(found: 1, expected: 2), .finishNotStartPlusDuration(activity: "a", start: 0, finish: 1, duration: 2),
                .startBeforeRelease(activity: "a", start: 0, release: 1), .precedenceViolated(predecessor: "a", successor: "b", finish: 2, start: 1),
                .capacityExceeded(resource: "r", time: 0, usage: 2, capacity: 1, activities: ["a", "b"]),
                .missingSection("X:"), .notAnInteger(found: "x", section: "X:"), .wrongNumberCount(found: 1, expected: 2, section: "X:"),
                .unexpectedJobNumber(found: 2, expected: 1), .successorOutOfRange(job: 1, successor: 9, jobs: 3), .multipleModes(job: 1, modes: 2),
                .nonrenewableResources(count: 1), .jobCountMismatch(found: 1, expected: 2, section: "X:"), .unreadable(.notFound("f")),
                .invalidUTF8(byteOffset: 0), .missingColumn(expected: ["problem"]), .notAMakespan(found: "x"),
                .duplicateInstance("a.sm", firstLine: 2), .noInstances(folder: "d"),
            ]
            #expect(Set(messages.map(\.code)).count == messages.count)
            for message in messages {
                #expect(message.code.hasPrefix("PLN"))
                #expect(!message.text(.id).isEmpty && !message.text(.en).isEmpty)
                #expect(message.text(.id) != message.text(.en) || message.code == "PLN120", "\(message.code)")
            }
        }
    }
}
