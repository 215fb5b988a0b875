/// The tasks of a roadmap, from a scored period's action findings.
enum RoadmapTasks {
    /// One task per action finding, in workspace then finding order, with its prerequisites:
    /// the open actions it waits on (the same OPD's when it has them, else whoever has them:
    /// the role holder's city-wide action), and the tasks that raise the city levels a
    /// blocking `requires` condition reads.
    static func build(_ report: ScoreReport, policy: RoadmapPolicy, calendar: RoadmapCalendar) -> (tasks: [RoadmapTask], diagnostics: [Diagnostic]) {
        var tasks: [RoadmapTask] = []
        var findings: [Finding] = []
        var diagnostics: [Diagnostic] = []
        var reported = Set<String>()
        let resources = Dictionary(uniqueKeysWithValues: policy.resources.map { ($0.id, $0) })
        for f in report.findings.joined() where f.kind == .action {
            guard let rule = report.rules.action(f.rule) else { continue }
            guard resources[rule.resource] != nil else {
                if reported.insert(rule.header.id).inserted {
                    diagnostics.append(Diagnostic(.roadmap(.unknownResource(rule: rule.header.id, resource: rule.resource,
                                                                            suggestion: Suggestion.closest(to: rule.resource, in: resources.keys.sorted()))),
                                                  at: Diagnostic.Location(file: rule.header.file, line: rule.header.line)))
                }
                continue
            }
            tasks.append(RoadmapTask(rule: f.rule, opd: f.opd, owner: f.action?.owner ?? f.opd, indicator: f.indicator,
                                     targetLevel: f.action?.targetLevel, servicesTo: rule.servicesTo, phaseKey: rule.phase,
                                     resource: rule.resource, effortMonths: rule.effortMonths,
                                     duration: calendar.duration(months: rule.effortMonths), predecessors: [],
                                     serves: milestone(rule: rule, finding: f, report: report), modules: rule.modules))
            findings.append(f)
        }
        var byOPDRule: [String: [Int]] = [:], byRule: [String: [Int]] = [:], byIndicator: [IndicatorRef: [Int]] = [:]
        for (i, t) in tasks.enumerated() {
            byOPDRule["\(t.opd)/\(t.rule)", default: []].append(i)
            byRule[t.rule, default: []].append(i)
            if let ref = t.indicator { byIndicator[ref, default: []].append(i) }
        }
        for i in tasks.indices {
            let f = findings[i]
            var before = Set<Int>()
            for rule in f.action?.waitsOn ?? [] {
                before.formUnion(byOPDRule["\(f.opd)/\(rule)"] ?? byRule[rule] ?? [])
            }
            for id in f.action?.blockedBy ?? [] {
                guard let requires = report.rules.requires.first(where: { $0.header.id == id }), let condition = requires.condition else { continue }
                for input in condition.inputs {
                    if case .city(.level(.fixed(let ref))) = input.node { before.formUnion(byIndicator[ref] ?? []) }
                }
            }
            before.remove(i)
            tasks[i].predecessors = before.sorted()
        }
        return (tasks, diagnostics)
    }

    /// What a task is due for: the first daring (or, for services raised to stage 4 and
    /// above, integrated) target; for an indicator, the earliest level target covering it
    /// at the task's level or above.
    static func milestone(rule: ActionRule, finding f: Finding, report: ScoreReport) -> Milestone? {
        let policy = report.policy
        if let stage = rule.servicesTo {
            let metric: Policy.Target.Metric = stage >= 4 ? .opdIntegrated : .opdDaring
            return policy.targets.filter { $0.metric == metric }.min { ($0.by, $0.id) < ($1.by, $1.id) }
                .map { Milestone(kind: .target($0.id), by: $0.by) }
        }
        guard let ref = f.indicator, let level = f.action?.targetLevel else { return nil }
        let covering = policy.levelTargets(covering: report.catalogs.indicator(ref), in: report.catalogs.catalog(ref.slot))
        return covering.filter { $0.level >= level }.min { $0.by < $1.by }.map { Milestone(kind: .level($0.level), by: $0.by) }
    }

    /// The first unit after the training the task's acting OPD needs for its modules
    /// (0 without such training).
    static func release(_ task: RoadmapTask, trainedBy: [String: CalendarDate], calendar: RoadmapCalendar) -> Int {
        task.modules.compactMap { trainedBy["\(task.owner)/\($0)"] }.map { calendar.unit(of: $0) + 1 }.max().map { max(0, $0) } ?? 0
    }

    /// Whether a task counts towards a target: services for the OPD counts, the index
    /// method's indicators for the index, the dimension method's for dimension scores.
    static func serves(_ task: RoadmapTask, _ target: Policy.Target) -> Bool {
        switch target.metric {
        case .opdDaring: return (task.servicesTo ?? 0) > 0 && (task.servicesTo ?? 0) < 4
        case .opdIntegrated: return (task.servicesTo ?? 0) > 0
        case .index: return task.indicator?.slot == .index
        case .dimensionScore: return task.indicator?.slot == .dimensions
        }
    }

    /// The scheduling problem: shared resources in policy order, then one resource per OPD
    /// for each `perOPD` resource an OPD's tasks use; each task needs one unit of its
    /// resource and is due by the unit after its milestone's date.
    static func problem(_ tasks: [RoadmapTask], report: ScoreReport, policy: RoadmapPolicy, capacities: [String: Int],
                        calendar: RoadmapCalendar) -> SchedulingProblem {
        var resources: [SchedulingProblem.Resource] = []
        var shared: [String: Int] = [:]
        for r in policy.resources where !r.perOPD {
            shared[r.id] = resources.count
            resources.append(.init(name: r.id, capacity: capacities[r.id] ?? r.capacity))
        }
        var own: [String: Int] = [:]
        let perOPD = Dictionary(uniqueKeysWithValues: policy.resources.filter(\.perOPD).map { ($0.id, $0) })
        for t in tasks where perOPD[t.resource] != nil {
            let key = t.resource + ":" + report.opds[t.owner].id
            if own[key] == nil {
                own[key] = resources.count
                resources.append(.init(name: key, capacity: capacities[t.resource] ?? perOPD[t.resource]?.capacity ?? 1))
            }
        }
        let activities = tasks.map { t -> SchedulingProblem.Activity in
            var demands = Array(repeating: 0, count: resources.count)
            if let r = shared[t.resource] ?? own[t.resource + ":" + report.opds[t.owner].id] { demands[r] = 1 }
            return SchedulingProblem.Activity(name: t.name(report.opds), duration: t.duration, demands: demands, predecessors: t.predecessors,
                                              release: 0, due: t.serves.map { max(0, calendar.deadline($0.by)) })
        }
        return SchedulingProblem(resources: resources, activities: activities)
    }
}
