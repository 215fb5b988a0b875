import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The monotone rule on random projects: plans searched at every capacity of two teams,
    /// the chosen plan with more of a team never worse than with less — never missing more
    /// milestone weight, never costing more when it misses as much.
    @Suite struct CapacityLatticeTests {
        /// A random project of 14 activities on teams "x" and "y" (each activity needs one
        /// unit of one team), three deadlines of weights 1–5; the plan's milestones met are
        /// the deadlines its schedule keeps.
        static func project(seed: UInt64, schedules: Int = 30) -> (problem: SchedulingProblem, planner: CapacityLattice<SolverResult>.Planner) {
            var random = SeededRandom(seed: seed)
            var activities: [SchedulingProblem.Activity] = []
            for j in 0..<14 {
                let p = j > 2 && random.chance(50) ? [random.int(in: 0...(j - 1))] : []
                let team = random.int(in: 0...1)
                activities.append(.init(name: "a\(j)", duration: random.int(in: 1...4), demands: team == 0 ? [1, 0] : [0, 1], predecessors: p,
                                        due: random.int(in: 3...12)))
            }
            let deadlines = (0..<3).map { g in
                SchedulingProblem.Deadline(due: random.int(in: 4...14), weight: random.int(in: 1...5), activities: Array(stride(from: g, to: 14, by: 3)))
            }
            let problem = SchedulingProblem(resources: [.init(name: "x", capacity: 1), .init(name: "y", capacity: 1)], activities: activities,
                                            deadlines: deadlines)
            let planner: CapacityLattice<SolverResult>.Planner = { capacities, _ in
                var p = problem
                p.resources = [.init(name: "x", capacity: capacities["x"] ?? 1), .init(name: "y", capacity: capacities["y"] ?? 1)]
                var options = RCPSPSolver.Options(seed: seed, scheduleLimit: schedules)
                options.objective = .lateness
                return (RCPSPSolver(options: options).solve(p), [])
            }
            return (problem, planner)
        }

        static func quality(_ problem: SchedulingProblem) -> @Sendable (SolverResult) -> PlanQuality {
            { result in
                guard let schedule = result.schedule, let cost = result.cost else { return PlanQuality(nil) }
                var met = Set<Milestone.Kind>()
                for (g, d) in problem.deadlines.enumerated() where d.activities.allSatisfy({ schedule.finishes[$0] <= d.due }) {
                    met.insert(.target("d\(g)"))
                }
                let missed = problem.deadlines.indices.filter { !met.contains(.target("d\($0)")) }.reduce(0) { $0 + problem.deadlines[$1].weight }
                return PlanQuality(met: met, missedWeight: missed, cost: cost)
            }
        }

        @Test(arguments: 1...12)
        func moreCapacityIsNeverWorse(seed: Int) {
            let (problem, planner) = Self.project(seed: UInt64(seed))
            var lattice = CapacityLattice(capacities: ["x": 4, "y": 3], peaks: ["x": 14, "y": 14], order: ["x", "y"],
                                          quality: Self.quality(problem), planner: planner)
            _ = lattice.choose([4, 3])
            for (p, choice) in lattice.chosen {
                for d in p.indices where p[d] < [4, 3][d] {
                    var more = p
                    more[d] += 1
                    let better = lattice.chosen[more]!
                    #expect(better.quality <= choice.quality, "\(p) → \(more): \(choice.quality) then \(better.quality)")
                    #expect(better.quality.missedWeight <= choice.quality.missedWeight)
                }
                // The kept schedule fits the capacities of its point.
                let checked = ScheduleChecker.check(choice.plan.schedule!, against: {
                    var q = problem
                    q.resources = [.init(name: "x", capacity: p[0]), .init(name: "y", capacity: p[1])]
                    return q
                }())
                #expect(checked.isEmpty)
            }
        }

        /// A search that finds worse with 2 teams than with 1 (cost 12 against 10) gives the
        /// plan of 1 at 2; with 3 its own (8). Missing less weight beats costing less.
        @Test func theRuleKeepsAPlanFoundWithLess() {
            let costs = [1: (missed: 3, makespan: 10), 2: (missed: 3, makespan: 12), 3: (missed: 3, makespan: 8), 4: (missed: 0, makespan: 20)]
            var lattice = CapacityLattice<Int>(capacities: ["x": 4], peaks: ["x": 9], order: ["x"], quality: { c in
                PlanQuality(met: [], missedWeight: costs[c]!.missed, cost: ScheduleCost(makespan: costs[c]!.makespan))
            }, planner: { capacities, _ in (capacities["x"]!, []) })
            _ = lattice.choose([4])
            #expect(lattice.chosen[[1]]!.foundAt == [1])
            #expect(lattice.chosen[[2]]!.foundAt == [1])
            #expect(lattice.chosen[[3]]!.foundAt == [3])
            #expect(lattice.chosen[[4]]!.foundAt == [4])
            #expect(lattice.answer(at: ["x": 2]).choice.plan == 1)
        }

        /// A team no task can fill is capped at its peak; one with capacity 1 is not varied.
        @Test func pointsAreCappedAtThePeak() {
            let lattice = CapacityLattice<Int>(capacities: ["x": 9, "y": 1, "z": 5], peaks: ["x": 4, "y": 7, "z": 1], order: ["x", "y", "z"],
                                               quality: { _ in PlanQuality(nil) }, planner: { _, _ in (0, []) })
            #expect(lattice.dimensions == ["x"])
            #expect(lattice.point(["x": 9]) == [4])
            #expect(lattice.capacities(at: [2]) == ["x": 2, "y": 1, "z": 5])
            #expect(lattice.capacities(at: [4]) == ["x": 9, "y": 1, "z": 5])
            #expect(CapacityLattice<Int>.points(below: [2, 3]) == [[1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3]])
        }
    }
}
