/// Plans a year of Bimtek classes for the city's training needs, within the trainers and
/// the budget.
///
/// The method, in order (each step is a type of this folder):
/// 1. `BimtekProblem` checks the needs against the catalog, groups them by OPD and module and
///    links each OPD's needs by the modules' prerequisites (transitively).
/// 2. `BimtekSelection` spends the budget greedily by priority, with each need's missing
///    prerequisites of the same OPD, estimating classes by ⌈seats ÷ capacity⌉.
/// 3. `BimtekSimulation` forms and dates the classes of the selected needs week by week on the
///    trainer slots, earliest deadline first (EDD, optimal for the largest lateness on one
///    machine — Jackson 1955), filling classes before running them.
/// 4. Needs not fully seated by 31 December give back their seats. When the classes cost
///    more than the budget (more classes than the estimate), steps 2–4 run again with the
///    budget lowered by the overrun (at most `refinements` times); if still over, the least
///    important planned needs are dropped, with their OPD's dependent needs, until it fits.
///
/// A heuristic: it does not prove the fewest classes or the least lateness, but it keeps the
/// classes at or near ⌈participants ÷ capacity⌉ per module and reports that lower bound
/// beside them. Deterministic: every order breaks ties by module id, OPD position and input
/// index. Cost: O(r · (n log n + c · m)) for n needs, c classes, m modules and r ≤ 1 +
/// `refinements` rounds; no step compares needs pairwise.
public enum BimtekPlanner {
    /// Largest participant count of one need; more is treated as a data error.
    public static let participantLimit = 100_000
    /// Largest number of trainer slots used (more could never be filled in a week).
    public static let trainerLimit = 100_000
    /// Extra selection rounds when the formed classes cost more than estimated.
    static let refinements = 6

    /// The plan for `needs` under `settings`. Never fails: needs that cannot be planned are
    /// listed in `unmet` with their reason.
    public static func plan(needs: [TrainingNeed], catalog: TrainingCatalog, settings: BimtekSettings) -> BimtekPlan {
        let calendar = BimtekCalendar(start: settings.start)
        let problem = BimtekProblem(needs: needs, catalog: catalog, calendar: calendar)
        let trainers = min(max(0, settings.trainers), trainerLimit)
        let budget = max(0, settings.budget)
        var selectionBudget = budget
        var outcome = Outcome(problem: problem, admitted: BimtekSelection(problem: problem, budget: selectionBudget).admitted, trainers: trainers)
        for _ in 0..<refinements where outcome.totalCost > budget {
            selectionBudget = max(0, selectionBudget - (outcome.totalCost - budget))
            outcome = Outcome(problem: problem, admitted: BimtekSelection(problem: problem, budget: selectionBudget).admitted, trainers: trainers)
        }
        outcome.dropUntilWithin(budget)
        return outcome.plan(settings: settings, trainers: trainers)
    }

    /// One round: the selection simulated, unfinished needs removed, costs counted.
    struct Outcome {
        let problem: BimtekProblem
        var admitted: [Bool]
        var classes: [BimtekSimulation.FormedClass]
        var doneWeek: [Int?]
        /// Reasons for needs removed after the simulation (dropped for the budget, or their
        /// prerequisite was).
        var removed: [BimtekUnmetReason?]
        /// Classes each need sits in.
        var classesOf: [[Int]]
        var classCost: [Int]
        var totalCost = 0

        init(problem: BimtekProblem, admitted: [Bool], trainers: Int) {
            self.problem = problem
            self.admitted = admitted
            let simulation = BimtekSimulation(problem: problem, admitted: admitted, trainers: trainers)
            classes = simulation.classes
            doneWeek = simulation.doneWeek
            removed = Array(repeating: nil, count: problem.needs.count)
            classesOf = Array(repeating: [], count: problem.needs.count)
            for (c, formed) in classes.enumerated() {
                for seat in formed.seats { classesOf[seat.need].append(c) }
            }
            classCost = Array(repeating: 0, count: classes.count)
            // A need not fully seated by the year's end keeps no seat.
            for i in problem.needs.indices where admitted[i] && doneWeek[i] == nil && !classesOf[i].isEmpty {
                unseat(i)
            }
            for c in classes.indices { recost(c) }
        }

        mutating func unseat(_ i: Int) {
            for c in classesOf[i] { classes[c].seats.removeAll { $0.need == i } }
            classesOf[i] = []
            doneWeek[i] = nil
        }

        mutating func recost(_ c: Int) {
            let seated = classes[c].seats.reduce(0) { $0 + $1.count }
            let cost = seated == 0 ? 0 : problem.modules[classes[c].module].classCost(participants: seated)
            totalCost = Saturating.add(totalCost - classCost[c], cost)
            classCost[c] = cost
        }

        /// Drops planned needs, least important first, with the needs of their OPD that depend
        /// on them, until the classes cost at most `budget`.
        mutating func dropUntilWithin(_ budget: Int) {
            for i in problem.byPriority.reversed() where totalCost > budget {
                guard doneWeek[i] != nil else { continue }
                drop(i, reason: .budget)
                guard let m = problem.moduleOf[i] else { continue }
                for d in problem.groupDependants[problem.groupOf[i]] {
                    for j in problem.groupNeeds[d] where doneWeek[j] != nil {
                        drop(j, reason: .prerequisite(module: problem.modules[m].id))
                    }
                }
            }
        }

        mutating func drop(_ i: Int, reason: BimtekUnmetReason) {
            let affected = classesOf[i]
            unseat(i)
            removed[i] = reason
            for c in affected { recost(c) }
        }

        /// Why need i is not planned, or nil when it is.
        func reason(_ i: Int) -> BimtekUnmetReason? {
            if let r = problem.invalid[i] { return r }
            if let r = removed[i] { return r }
            if doneWeek[i] != nil { return nil }
            guard admitted[i] else { return .budget }
            for h in problem.groupAncestors[problem.groupOf[i]] where problem.groupNeeds[h].contains(where: { doneWeek[$0] == nil }) {
                return .prerequisite(module: problem.modules[problem.moduleOf[problem.groupNeeds[h][0]]!].id)
            }
            return .time
        }

        func plan(settings: BimtekSettings, trainers: Int) -> BimtekPlan {
            let calendar = problem.calendar, needs = problem.needs
            var out: [BimtekClass] = []
            for (c, formed) in classes.enumerated() where !formed.seats.isEmpty {
                let module = problem.modules[formed.module]
                let seats = formed.seats
                    .map { BimtekSeat(need: $0.need, opd: needs[$0.need].opd, opdID: needs[$0.need].opdID, role: needs[$0.need].role, count: $0.count) }
                    .sorted { ($0.opd, $0.need) < ($1.opd, $1.need) }
                out.append(BimtekClass(
                    module: module.id, start: calendar.monday(formed.week), end: calendar.lastDay(week: formed.week, days: module.days),
                    trainer: formed.slot, seats: seats, participants: seats.reduce(0) { $0 + $1.count }, cost: classCost[c]))
            }
            out.sort { ($0.start, $0.trainer) < ($1.start, $1.trainer) }
            let unmet = problem.byPriority.compactMap { i in reason(i).map { UnmetTrainingNeed(need: i, reason: $0) } }
            var lateness: [TrainingLateness] = []
            for i in needs.indices {
                guard let latest = needs[i].latestStart, doneWeek[i] != nil, let m = problem.moduleOf[i],
                      let week = classesOf[i].map({ classes[$0].week }).max() else { continue }
                let last = calendar.lastDay(week: week, days: problem.modules[m].days)
                let late = max(0, calendar.dayIndex(last) + 1 - min(max(latest, -1_000_000), 1_000_000))
                lateness.append(TrainingLateness(need: i, latestStart: latest, lastDay: last, daysLate: late))
            }
            return BimtekPlan(classes: out, unmet: unmet, lateness: lateness, modules: summaries(out),
                              totalCost: totalCost, budget: settings.budget, trainers: trainers, start: settings.start, end: calendar.end)
        }

        func summaries(_ planned: [BimtekClass]) -> [BimtekModuleSummary] {
            var requested = Array(repeating: 0, count: problem.modules.count)
            var asked = Array(repeating: false, count: problem.modules.count)
            for (i, m) in problem.moduleOf.enumerated() {
                guard let m else { continue }
                requested[m] = Saturating.add(requested[m], problem.needs[i].participants)
                asked[m] = true
            }
            return problem.modules.indices.filter { asked[$0] }.map { m in
                let module = problem.modules[m]
                let own = planned.filter { $0.module == module.id }
                let seated = own.reduce(0) { $0 + $1.participants }
                let least = BimtekSelection.classes(requested[m], module.classCapacity)
                let people = Saturating.multiply(Saturating.multiply(requested[m], module.days), module.costPerParticipantDay)
                return BimtekModuleSummary(
                    module: module.id, classCapacity: module.classCapacity,
                    requestedParticipants: requested[m], requestedLowerBound: least,
                    requestedCost: Saturating.add(people, Saturating.multiply(least, module.costPerClass)),
                    plannedParticipants: seated, lowerBound: BimtekSelection.classes(seated, module.classCapacity),
                    classes: own.count, cost: own.reduce(0) { Saturating.add($0, $1.cost) })
            }
        }
    }
}
