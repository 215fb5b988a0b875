import Testing
@testable import SmartCityKit

/// Small problems whose schedules can be checked by hand, a seeded generator of random
/// instances, and an exhaustive solver for tiny ones, shared by the planning tests.
enum SchedulingExamples {
    typealias Activity = SchedulingProblem.Activity

    static func resource(_ capacity: Int, _ name: String = "R") -> SchedulingProblem.Resource {
        SchedulingProblem.Resource(name: name, capacity: capacity)
    }

    /// A (2 units, 1 of 2), B (3 units, 2 of 2: it runs alone), C (2 units, 1 of 2) after A.
    /// B cannot overlap anything, A and C form a chain of 4, so the optimum is 3 + 4 = 7,
    /// while the bounds only say max(critical path 4, ⌈(2 + 6 + 2) / 2⌉ = 5) = 5.
    static let blocker = SchedulingProblem(resources: [resource(2)], activities: [
        Activity(name: "A", duration: 2, demands: [1]),
        Activity(name: "B", duration: 3, demands: [2]),
        Activity(name: "C", duration: 2, demands: [1], predecessors: [0]),
    ])

    /// Two activities sharing one unit: 3 + 2 = 5 in sequence, which the load bound proves.
    static let sequence = SchedulingProblem(resources: [resource(1)], activities: [
        Activity(name: "A", duration: 3, demands: [1]),
        Activity(name: "B", duration: 2, demands: [1]),
    ])

    /// A can start at 1 only; B fits before it: B [0, 2), A [2, 4), makespan 4 (A first
    /// would give A [1, 3), B [3, 5)).
    static let released = SchedulingProblem(resources: [resource(1)], activities: [
        Activity(name: "A", duration: 2, demands: [1], release: 1),
        Activity(name: "B", duration: 2, demands: [1]),
    ])

    /// A (3 units, due 3) and B (1 unit, due 1) on one unit: B first is 1 late in total,
    /// A first 3; makespan 4 either way.
    static let dueDates = SchedulingProblem(resources: [resource(1)], activities: [
        Activity(name: "A", duration: 3, demands: [1], due: 3),
        Activity(name: "B", duration: 1, demands: [1], due: 1),
    ])

    /// A random feasible instance: predecessors among earlier activities, demands within
    /// capacity, some release and due dates.
    static func random(seed: UInt64, activities n: Int, resources: Int = 2, releases: Bool = true, dues: Bool = false) -> SchedulingProblem {
        var random = SeededRandom(seed: seed)
        let capacities = (0..<resources).map { _ in random.int(in: 1...6) }
        var list: [Activity] = []
        for j in 0..<n {
            var predecessors: [Int] = []
            if j > 0 {
                for _ in 0..<random.int(in: 0...2) {
                    let p = random.int(in: 0...(j - 1))
                    if !predecessors.contains(p) { predecessors.append(p) }
                }
            }
            let duration = random.int(in: 0...6)
            let demands = capacities.map { random.chance(60) ? random.int(in: 0...$0) : 0 }
            let release = releases && random.chance(20) ? random.int(in: 0...8) : 0
            let due = dues && random.chance(40) ? random.int(in: 2...20) : nil
            list.append(Activity(name: "a\(j)", duration: duration, demands: demands, predecessors: predecessors, release: release, due: due))
        }
        return SchedulingProblem(resources: capacities.enumerated().map { resource($0.element, "R\($0.offset)") }, activities: list)
    }

    /// The optimal makespan by exhaustive search, independent of the solver's code: every
    /// ordering of the activities that keeps precedence, each placed at its earliest
    /// feasible start in a naive usage grid. The best of these is optimal because the
    /// serial scheme reaches every active schedule (Kolisch 1996). Tiny instances only.
    static func optimalMakespan(_ problem: SchedulingProblem) -> Int {
        let n = problem.activities.count
        let horizon = problem.activities.reduce(0) { $0 + $1.duration } + (problem.activities.map(\.release).max() ?? 0)
        var best = Int.max
        var order: [Int] = []
        var used = Array(repeating: false, count: n)
        func decode() -> Int {
            var usage = Array(repeating: Array(repeating: 0, count: problem.resources.count), count: horizon + 1)
            var finish = Array(repeating: 0, count: n)
            for j in order {
                let a = problem.activities[j]
                var t = a.predecessors.reduce(a.release) { max($0, finish[$1]) }
                while !(t..<(t + a.duration)).allSatisfy({ row in
                    problem.resources.indices.allSatisfy { usage[row][$0] + a.demand(on: $0) <= problem.resources[$0].capacity }
                }) { t += 1 }
                for row in t..<(t + a.duration) { for r in problem.resources.indices { usage[row][r] += a.demand(on: r) } }
                finish[j] = t + a.duration
            }
            return finish.max() ?? 0
        }
        func extend() {
            if order.count == n { best = min(best, decode()); return }
            for j in 0..<n where !used[j] && problem.activities[j].predecessors.allSatisfy({ used[$0] }) {
                used[j] = true
                order.append(j)
                extend()
                order.removeLast()
                used[j] = false
            }
        }
        extend()
        return best
    }

    /// Solves and requires the schedule to pass the checker.
    static func solve(_ problem: SchedulingProblem, _ options: RCPSPSolver.Options = .init(scheduleLimit: 500)) throws -> (result: SolverResult, schedule: Schedule) {
        let result = RCPSPSolver(options: options).solve(problem)
        let schedule = try #require(result.schedule, "no schedule: \(result.findings.map(\.code))")
        let violations = ScheduleChecker.check(schedule, against: problem)
        #expect(violations.isEmpty, "\(violations.map { $0.message.text(.en) })")
        return (result, schedule)
    }
}
