import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The scheduler's parts that must grow with the activities, not with time × resources or
    /// n²: the sparse resource profile, the activity-list construction and the shift mutation,
    /// each held to a plain reference that is obviously right.
    @Suite struct SparseProfileTests {
        /// On random problems (one to six resources, capacities 1–6, releases, milestones),
        /// the sparse profile and the dense grid decode every list into the same schedule —
        /// the grid's vector form (up to four resources) and its scalar form (five and six).
        @Test(arguments: 1...60 as ClosedRange<UInt64>)
        func sparseAndDenseProfilesAgree(seed: UInt64) {
            let problem = SchedulingExamples.random(seed: seed, activities: 10 + Int(seed % 25), resources: 1 + Int(seed % 6))
            let network = ProjectNetwork(problem)
            let cpm = CriticalPath(network)
            var dense = SerialScheduleGenerator(network), sparse = SparseScheduleGenerator(network)
            var random = SeededRandom(seed: seed)
            for _ in 0..<8 {
                let list = ActivityList.sampled(PriorityRule.latestFinishTime.values(network, cpm), network, random: &random)
                // The same generators run list after list: a reset that forgot a segment shows here.
                #expect(sparse.run(list) == dense.run(list))
                #expect(sparse.starts == dense.starts)
                #expect(ScheduleChecker.check(Schedule(starts: sparse.starts, finishes: sparse.finishes), against: problem).isEmpty)
            }
        }

        /// A hole between two bookings is found again after the profile merged its neighbours:
        /// R (capacity 2) holds A [0,4) 1 unit and B [4,6) 2 units; C (2 units, 3 long) cannot
        /// start before 6; D (1 unit, 4 long) fits beside A at 0.
        @Test func sparseProfileFindsHolesAndSkipsFullStretches() {
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(2)], activities: [
                .init(name: "A", duration: 4, demands: [1]),
                .init(name: "B", duration: 2, demands: [2], predecessors: [0]),
                .init(name: "C", duration: 3, demands: [2]),
                .init(name: "D", duration: 4, demands: [1]),
            ])
            var sparse = SparseScheduleGenerator(ProjectNetwork(problem))
            #expect(sparse.run([0, 1, 2, 3]) == 9)
            #expect(sparse.starts == [0, 4, 6, 0])
        }

        /// The lists the GA starts from are those of the plain quadratic constructions they
        /// replaced: scan every eligible activity for the best priority, or walk their
        /// regret weights in index order.
        @Test(arguments: 1...30 as ClosedRange<UInt64>)
        func listsMatchTheQuadraticReference(seed: UInt64) {
            let network = ProjectNetwork(SchedulingExamples.random(seed: seed, activities: 40, resources: 2, dues: true))
            let cpm = CriticalPath(network)
            for rule in PriorityRule.allCases {
                #expect(rule.list(network, cpm) == Self.referenceByPriority(rule.values(network, cpm), network))
            }
            let lft = PriorityRule.latestFinishTime.values(network, cpm)
            var a = SeededRandom(seed: seed), b = SeededRandom(seed: seed)
            for _ in 0..<5 {
                #expect(ActivityList.sampled(lft, network, random: &a) == Self.referenceSampled(lft, network, random: &b))
            }
        }

        /// Shift mutation moves activities exactly as removing and reinserting them would.
        @Test(arguments: 1...20 as ClosedRange<UInt64>)
        func shiftMatchesRemoveAndInsert(seed: UInt64) {
            let network = ProjectNetwork(SchedulingExamples.random(seed: seed, activities: 30))
            let cpm = CriticalPath(network)
            var random = SeededRandom(seed: seed)
            let list = ActivityList.sampled(PriorityRule.latestFinishTime.values(network, cpm), network, random: &random)
            var fast = list, slow = list
            var a = SeededRandom(seed: seed + 100), b = SeededRandom(seed: seed + 100)
            var position = Array(repeating: 0, count: network.count)
            GeneticOperators.shift(&fast, chances: 20, in: 100, network: network, random: &a, position: &position)
            Self.referenceShift(&slow, percent: 20, network: network, random: &b)
            #expect(fast == slow)
            #expect(fast != list)  // 20 % of 30 activities: some move
            #expect(ActivityList.isPrecedenceFeasible(fast, network))
        }

        /// A network too large for the successor closure still gets its five seed lists.
        @Test func largeNetworksKeepEveryPriorityRule() {
            let n = PriorityRule.closureLimit + 1
            let problem = SchedulingProblem(resources: [SchedulingExamples.resource(1)], activities: (0..<n).map {
                .init(name: "a\($0)", duration: 1, demands: [1], predecessors: $0 > 0 && $0 % 3 != 0 ? [$0 - 1] : [])
            })
            let network = ProjectNetwork(problem)
            let values = PriorityRule.mostTotalSuccessors.values(network, CriticalPath(network))
            #expect(values[0] == -1 && values[2] == 0)  // direct successors only above the limit
        }

        // MARK: references

        static func referenceEligible(_ taken: [Bool], _ network: ProjectNetwork) -> [Int] {
            (0..<network.count).filter { j in !taken[j] && network.predecessors(j).allSatisfy { taken[$0] } }
        }

        static func referenceByPriority(_ values: [Int], _ network: ProjectNetwork) -> [Int] {
            var taken = Array(repeating: false, count: network.count), list: [Int] = []
            while list.count < network.count {
                let eligible = referenceEligible(taken, network)
                let best = eligible.min { (values[$0], $0) < (values[$1], $1) }!
                list.append(best)
                taken[best] = true
            }
            return list
        }

        static func referenceSampled(_ values: [Int], _ network: ProjectNetwork, random: inout SeededRandom) -> [Int] {
            var taken = Array(repeating: false, count: network.count), list: [Int] = []
            while list.count < network.count {
                let eligible = referenceEligible(taken, network)
                let worst = eligible.map { values[$0] }.max()!
                let weights = eligible.map { worst - values[$0] + 1 }
                var pick = random.int(in: 0...(weights.reduce(0, +) - 1))
                var chosen = eligible.last!
                for (i, w) in weights.enumerated() {
                    if pick < w { chosen = eligible[i]; break }
                    pick -= w
                }
                list.append(chosen)
                taken[chosen] = true
            }
            return list
        }

        static func referenceShift(_ list: inout [Int], percent: Int, network: ProjectNetwork, random: inout SeededRandom) {
            for i in 0..<list.count where random.chance(percent) {
                let position = ActivityList.ranks(list)
                let j = list[i]
                let low = network.predecessors(j).map { position[$0] + 1 }.max() ?? 0
                let high = network.successors(j).map { position[$0] - 1 }.min() ?? list.count - 1
                guard low < high else { continue }
                let target = random.int(in: low...high)
                list.remove(at: i)
                list.insert(j, at: target)
            }
        }
    }
}

extension PlanningTests {
    /// What makes large projects fast must not change the search.
    @Suite struct LargeSearchTests {
        /// A 1,600-activity project (above `parallelFrom`) searched on one core and on two
        /// gives the same schedule, cost and counts.
        @Test func twoCoresSearchExactlyAsOne() throws {
            let problem = SchedulingExamples.random(seed: 5, activities: 1600, resources: 3, dues: true)
            let network = ProjectNetwork(problem)
            let cpm = CriticalPath(network)
            func search(workers: Int) -> ScheduleSearch<SparseScheduleGenerator> {
                var search = ScheduleSearch<SparseScheduleGenerator>(network: network, objective: .lateness, limit: 200, target: ScheduleCost(makespan: 0),
                                                                     deadline: nil, order: cpm.order, workers: workers)
                var random = SeededRandom(seed: 3)
                GeneticSearch(populationSize: 20, mutation: (2, network.count), restartAfter: 30, peakPercent: 50).run(&search, cpm: cpm, random: &random)
                return search
            }
            let one = search(workers: 1), two = search(workers: 2)
            let best = try #require(one.best)
            #expect(two.best?.starts == best.starts && two.best?.cost == best.cost)
            #expect(one.generated == two.generated && one.bestFoundAt == two.bestFoundAt)
            #expect(one.generated == 200)
        }

        /// A roadmap too large for one run, or running past the calendar, is refused with
        /// its reason in both languages.
        @Test func refusalsSayWhy() {
            let tooMany = RoadmapMessage.tooManyTasks(tasks: 213_400, limit: RoadmapPlanner.taskLimit)
            #expect(tooMany.code == "RMP011" && tooMany.defaultSeverity == .error)
            #expect(tooMany.text(.en) == "no plan made: the roadmap has 213,400 tasks, more than the 25,000 one run can schedule; plan per kabupaten/kota (a workspace each)")
            #expect(tooMany.text(.id).hasPrefix("rencana tidak dibuat: peta jalan berisi 213.400 tugas, lebih dari 25.000"))
            let chain = RoadmapMessage.beyondCalendar(cause: .prerequisites, units: 96_000, unit: .month, lastYear: 9999)
            #expect(chain.code == "RMP010")
            #expect(chain.text(.id) == "rencana tidak dibuat: rangkaian prasyarat saja memakan sedikitnya 96.000 bulan, melewati tahun 9999, batas kalender")
        }

        /// The budget of a roadmap search: whole up to 10,000 tasks, then 50 million task
        /// placements, never below 60 schedules.
        @Test func largeRoadmapsGetAShorterSearch() {
            #expect(RoadmapPlanner.scheduleBudget(5000, tasks: 4165) == 5000)
            #expect(RoadmapPlanner.scheduleBudget(5000, tasks: 10_000) == 5000)
            #expect(RoadmapPlanner.scheduleBudget(5000, tasks: 213_000) == 234)
            #expect(RoadmapPlanner.scheduleBudget(5000, tasks: 5_000_000) == 60)
            #expect(RoadmapPlanner.scheduleBudget(30, tasks: 213_000) == 30)
            #expect(RoadmapMessage.searchShortened(tasks: 213_000, schedules: 234, requested: 5000).text(.id)
                == "peta jalan ini berisi 213.000 tugas: pencarian dibatasi 234 jadwal (bukan 5.000) agar selesai dalam waktu wajar; jadwalnya sah, tetapi pencarian penuh mungkin menemukan yang lebih baik")
        }
    }
}
