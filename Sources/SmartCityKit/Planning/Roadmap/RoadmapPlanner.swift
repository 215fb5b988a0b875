/// What a planner may change for one run (`smartcity roadmap --capacity … --start …`).
public struct RoadmapOptions: Sendable, Hashable {
    /// First month of the plan; nil: the policy's `start`, else the month after the period.
    public var start: CalendarDate?
    /// Capacities replacing the policy's, by resource id.
    public var capacities: [String: Int]
    /// Seed and schedule budget replacing the policy's `search`.
    public var seed: UInt64?
    public var schedules: Int?
    /// The last day of the Bimtek training an OPD's people need for a module, by
    /// `"<opd position>/<module>"`: a task needing the module starts after it.
    public var trainedBy: [String: CalendarDate] = [:]
    /// The cores the search decodes on; nil: all of them. Searches run side by side take one
    /// each.
    public var cores: Int?

    public init(start: CalendarDate? = nil, capacities: [String: Int] = [:], seed: UInt64? = nil, schedules: Int? = nil) {
        self.start = start
        self.capacities = capacities
        self.seed = seed
        self.schedules = schedules
    }
}

/// Turns a scored period's actions into a roadmap: tasks with teams, durations and
/// prerequisites, scheduled by `RCPSPSolver` to finish as little late as possible against
/// the dates they serve, then projected onto the scores of each phase's end.
public enum RoadmapPlanner {
    /// The roadmap for `report`, or the findings that prevent one (no roadmap in the policy,
    /// an action needing an unknown team, a cycle of prerequisites, a task needing more than
    /// a team has).
    public static func plan(_ report: ScoreReport, workspace: Workspace, scope: Scope,
                            options: RoadmapOptions = RoadmapOptions()) -> (roadmap: Roadmap?, diagnostics: [Diagnostic]) {
        let policyFile = Diagnostic.Location(file: report.policy.file)
        guard let policy = report.policy.roadmap else { return (nil, [Diagnostic(.roadmap(.noRoadmap), at: policyFile)]) }
        var diagnostics: [Diagnostic] = []
        var capacities = Dictionary(uniqueKeysWithValues: policy.resources.map { ($0.id, $0.capacity) })
        for (name, value) in options.capacities.sorted(by: { $0.key < $1.key }) {
            guard capacities[name] != nil else {
                diagnostics.append(Diagnostic(.roadmap(.unknownCapacityResource(name, known: policy.resources.map(\.id))), at: policyFile))
                continue
            }
            capacities[name] = value
        }
        let goals = RoadmapGoals.compile(policy, catalogs: report.catalogs, file: report.policy.file)
        diagnostics += goals.diagnostics
        let calendar = self.calendar(report, policy: policy, options: options)
        let (tasks, taskDiagnostics) = RoadmapTasks.build(report, policy: policy, calendar: calendar)
        diagnostics += taskDiagnostics
        if tasks.count > taskLimit {
            diagnostics.append(Diagnostic(.roadmap(.tooManyTasks(tasks: tasks.count, limit: taskLimit)), at: policyFile))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }

        var problem = RoadmapTasks.problem(tasks, report: report, policy: policy, capacities: capacities, calendar: calendar)
        for (i, task) in tasks.enumerated() {
            problem.activities[i].release = RoadmapTasks.release(task, trainedBy: options.trainedBy, calendar: calendar)
        }
        if let refusal = beyondCalendar(problem, calendar: calendar) {
            return (nil, diagnostics + [Diagnostic(.roadmap(refusal), at: policyFile)])
        }
        let requested = options.schedules ?? policy.schedules
        let schedules = scheduleBudget(requested, tasks: tasks.count)
        if schedules < requested {
            diagnostics.append(Diagnostic(.roadmap(.searchShortened(tasks: tasks.count, schedules: schedules, requested: requested)), at: policyFile))
        }
        let solver = RCPSPSolver(options: .init(seed: options.seed ?? policy.seed, scheduleLimit: schedules, objective: .lateness, cores: options.cores))
        let result = solver.solve(problem)
        // The solver's findings are about the problem built from the policy: placed there.
        diagnostics += result.findings.map { var d = $0; d.location = d.location ?? policyFile; return d }
        guard let schedule = result.schedule, !diagnostics.hasErrors else { return (nil, diagnostics) }
        if schedule.makespan > calendar.lastUnit {
            // The search found no plan inside the calendar although the bounds allowed one.
            let refusal = RoadmapMessage.beyondCalendar(cause: .schedule, units: schedule.makespan, unit: calendar.unit, lastYear: CalendarDate.last.year)
            return (nil, diagnostics + [Diagnostic(.roadmap(refusal), at: policyFile)])
        }

        let projector = RoadmapProjector(report: report, workspace: workspace, scope: scope, tasks: tasks, finishes: schedule.finishes, calendar: calendar)
        var roadmap = Roadmap(calendar: calendar, policy: policy, capacities: capacities, tasks: tasks, starts: schedule.starts,
                              finishes: schedule.finishes, bound: result.bounds?.makespan ?? 0, schedulesGenerated: result.schedulesGenerated,
                              phases: [], milestones: [], projections: [], report: report)
        roadmap.cost = result.cost ?? ScheduleCost(makespan: roadmap.makespan)
        roadmap.late = tasks.indices.map { i in tasks[i].serves.map { max(0, schedule.finishes[i] - calendar.deadline($0.by)) } ?? 0 }
        roadmap.projections = projector.projections(policy.phases)
        let (phases, goalDiagnostics) = phasePlans(roadmap, goals: goals.programs, projector: projector)
        roadmap.phases = phases
        diagnostics += goalDiagnostics
        guard !goalDiagnostics.hasErrors else { return (nil, diagnostics) }
        roadmap.milestones = milestones(roadmap, projector: projector)
        roadmap.evaluation = evaluationMilestone(roadmap, projector: projector)
        return (roadmap, diagnostics)
    }

    /// The most tasks one roadmap plans: about 2,700 OPDs. Measured (release, 2 cores):
    /// 21,254 tasks (2,300 generated OPDs) plan in about 30 s; the 213,000 tasks of the
    /// 23,000-OPD workspace took over 150 s, where walks through the long profile of a shared
    /// team dominate. *Our choice*: refuse with the reason (RMP011) rather than run for
    /// minutes; a province plans per kabupaten/kota.
    public static let taskLimit = 25_000

    /// The most task placements (schedules × tasks) one search makes: 50 million, about two
    /// seconds of one core. Roadmaps up to 10,000 tasks (some 1,000 OPDs) get the whole budget
    /// of `search.schedules`; a national workspace (200,000 tasks) gets fewer schedules, never
    /// below `minimumSchedules`, with a warning (*our choice*: a plan within a minute rather
    /// than a better one in an hour).
    public static let placementLimit = 50_000_000
    /// The fewest schedules a shortened search tries: the priority lists and a few
    /// generations.
    public static let minimumSchedules = 60

    /// The schedules a search of `tasks` tasks tries when `requested` are asked for.
    static func scheduleBudget(_ requested: Int, tasks: Int) -> Int {
        min(requested, max(placementLimit / max(tasks, 1), minimumSchedules))
    }

    /// Why no plan can end within the calendar (`CalendarDate.last`), from the lower bounds,
    /// before any search: the team whose work alone is longest, or the prerequisite chain.
    static func beyondCalendar(_ problem: SchedulingProblem, calendar: RoadmapCalendar) -> RoadmapMessage? {
        guard let bounds = LowerBounds(problem), bounds.makespan > calendar.lastUnit else { return nil }
        guard let r = bounds.resourceLoad.indices.max(by: { (bounds.resourceLoad[$0], $1) < (bounds.resourceLoad[$1], $0) }),
              bounds.resourceLoad[r] > calendar.lastUnit else {
            return .beyondCalendar(cause: .prerequisites, units: bounds.criticalPath, unit: calendar.unit, lastYear: CalendarDate.last.year)
        }
        let resource = problem.resources[r]
        return .beyondCalendar(cause: .team(resource.name, capacity: resource.capacity), units: bounds.resourceLoad[r], unit: calendar.unit, lastYear: CalendarDate.last.year)
    }

    /// The plan's calendar: from `--start`, else the policy's `start` when it is after the
    /// period, else the month after the period.
    static func calendar(_ report: ScoreReport, policy: RoadmapPolicy, options: RoadmapOptions) -> RoadmapCalendar {
        let start = options.start ?? policy.start.flatMap { $0 > report.period.date ? $0 : nil } ?? report.period.date.firstOfNextMonth
        return RoadmapCalendar(start: start, unit: policy.unit)
    }

    /// The evaluation's upload as a milestone: the item tasks due by its last day, those late,
    /// and the index the items ready by then give.
    static func evaluationMilestone(_ roadmap: Roadmap, projector: RoadmapProjector) -> Roadmap.EvaluationMilestone? {
        guard let due = roadmap.report.evaluation?.due, let year = roadmap.report.evaluation?.calendar.year else { return nil }
        let serving = roadmap.tasks.indices.filter { roadmap.tasks[$0].serves?.kind == .evaluation(year: year) }
        guard !serving.isEmpty else { return nil }
        let deadline = roadmap.calendar.deadline(due)
        let late = serving.filter { roadmap.finishes[$0] > deadline }.map { (task: $0, late: roadmap.finishes[$0] - deadline) }
            .sorted { ($0.late, $1.task) > ($1.late, $0.task) }
        return Roadmap.EvaluationMilestone(year: year, due: due, items: serving.reduce(0) { $0 + roadmap.tasks[$1].items.count },
                                           tasks: serving.count, index: projector.report(doneBy: due).city.index.value,
                                           lateTasks: late)
    }

    /// Tasks grouped by the phase their start falls in; tasks outside every phase last.
    static func phasePlans(_ roadmap: Roadmap, goals: [[RuleProgram?]], projector: RoadmapProjector) -> ([Roadmap.PhasePlan], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let calendar = roadmap.calendar
        var plans: [Roadmap.PhasePlan] = []
        var placed = Set<Int>()
        // Each name once, not once per comparison: n log n string builds were a fifth of a
        // 900-OPD plan outside the search.
        let names = roadmap.tasks.map { $0.name(roadmap.report.opds) }
        let order = roadmap.tasks.indices.sorted { (roadmap.starts[$0], names[$0]) < (roadmap.starts[$1], names[$1]) }
        for (p, phase) in roadmap.policy.phases.enumerated() {
            let inside = order.filter { i in
                let date = calendar.date(roadmap.starts[i])
                return !placed.contains(i) && phase.start <= date && date <= phase.end
            }
            placed.formUnion(inside)
            let projected = roadmap.projections.first { $0.point == .phaseEnd(phase.id) }?.city ?? roadmap.report.city
            let method = roadmap.report.catalogs.index.id
            var results: [Roadmap.GoalResult] = []
            for (g, goal) in phase.goals.enumerated() where goal.method.map({ $0 == method }) ?? true {
                var met = false
                if let program = goals[p][g] {
                    do throws(RuleOverflow) {
                        met = try RoadmapGoals.holds(program, city: projected, report: roadmap.report)
                    } catch {
                        diagnostics.append(Diagnostic(.roadmap(.goalOverflow(phase: phase.id)),
                                                      at: Diagnostic.Location(file: roadmap.report.policy.file, line: goal.line, column: goal.column)))
                    }
                }
                results.append(Roadmap.GoalResult(goal: goal, met: met))
            }
            plans.append(Roadmap.PhasePlan(phase: phase, tasks: inside, goals: results))
        }
        let outside = order.filter { !placed.contains($0) }
        if !outside.isEmpty { plans.append(Roadmap.PhasePlan(phase: nil, tasks: outside, goals: [])) }
        return (plans, diagnostics)
    }

    /// Every policy target checked on the scores projected for its date.
    static func milestones(_ roadmap: Roadmap, projector: RoadmapProjector) -> [Roadmap.MilestoneResult] {
        let report = roadmap.report
        let allDone = roadmap.projections.last?.city ?? report.city
        return report.policy.targets.filter { $0.applies(to: report.catalogs, policy: report.policy) }.map { target in
            let city = projector.report(doneBy: target.by).city
            let status = Scorer.status(target, city: city, date: target.by, catalogs: report.catalogs, policy: report.policy)
            let deadline = roadmap.calendar.deadline(target.by)
            var late: [(task: Int, late: Int)] = []
            if !status.met {
                for (i, task) in roadmap.tasks.enumerated() where RoadmapTasks.serves(task, target) && roadmap.finishes[i] > deadline {
                    late.append((i, roadmap.finishes[i] - deadline))
                }
                late.sort { ($0.late, $1.task) > ($1.late, $0.task) }
            }
            let final = Scorer.status(target, city: allDone, date: target.by, catalogs: report.catalogs, policy: report.policy)
            return Roadmap.MilestoneResult(status: status, lateTasks: late, reachableWithAllTasks: final.met)
        }
    }
}
