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
        let values = report.city.values
        for f in report.findings.joined() where f.kind == .action {
            guard let rule = report.rules.action(f.rule) else { continue }
            // Scored from evidence, an indicator's work is its items (`itemTasks`).
            if values != nil, let ref = f.indicator, ref.slot == .index, !report.catalogs.index.indicators[ref.position].evidence.isEmpty { continue }
            guard knows(rule, resources, reported: &reported, into: &diagnostics) else { continue }
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
        if let values {
            let (items, itemDiagnostics) = itemTasks(values, report: report, resources: resources, calendar: calendar, first: tasks.count,
                                                     reported: &reported)
            tasks += items
            diagnostics += itemDiagnostics
        }
        return (tasks, diagnostics)
    }

    /// The actions whose `effort.resource` names a team the policy's roadmap does not have
    /// (for `validate`; planning finds them as it makes the tasks).
    static func unknownTeams(_ rules: RuleSet, policy: Policy) -> [Diagnostic] {
        guard let roadmap = policy.roadmap else { return [] }
        let resources = Dictionary(roadmap.resources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var reported = Set<String>()
        var diagnostics: [Diagnostic] = []
        for rule in rules.actions { _ = knows(rule, resources, reported: &reported, into: &diagnostics) }
        return diagnostics
    }

    /// Whether the policy has the team the rule names; if not, the finding once per rule.
    static func knows(_ rule: ActionRule, _ resources: [String: RoadmapPolicy.Resource], reported: inout Set<String>,
                      into diagnostics: inout [Diagnostic]) -> Bool {
        guard resources[rule.resource] == nil else { return true }
        if reported.insert(rule.header.id).inserted {
            diagnostics.append(Diagnostic(.roadmap(.unknownResource(rule: rule.header.id, resource: rule.resource,
                                                                    suggestion: Suggestion.closest(to: rule.resource, in: resources.keys.sorted()))),
                                          at: Diagnostic.Location(file: rule.header.file, line: rule.header.line)))
        }
        return false
    }

    /// Days of work in a month, to turn `effort.daysPerItem` into the roadmap's unit (*our
    /// assumption*: 21 working days).
    static let workingDaysPerMonth = Fraction(21)

    /// One task per level of an indicator whose items a unit owes (units in workspace order,
    /// levels in the order of the unit's first owed item of each), preparing those items: the
    /// team, modules and phase of the indicator's action rule, the rule's days per item times
    /// the items; after the unit's own lower level of the indicator and the other units'
    /// items it waits for; due by the upload of the evaluation the period prepares for (else
    /// by the level target covering the level).
    static func itemTasks(_ values: EvidenceValues, report: ScoreReport, resources: [String: RoadmapPolicy.Resource], calendar: RoadmapCalendar,
                          first: Int, reported: inout Set<String>) -> (tasks: [RoadmapTask], diagnostics: [Diagnostic]) {
        var tasks: [RoadmapTask] = []
        var diagnostics: [Diagnostic] = []
        var byCode: [String: Int] = [:]
        var awaits: [Int: Set<String>] = [:]
        let catalog = report.catalogs.index
        for owner in values.owners.keys.sorted() {
            var steps: [String: Int] = [:]
            var lastOfChain: [Int: Int] = [:]
            for item in values.owners[owner]!.owed {
                let ref = IndicatorRef(slot: .index, position: item.position)
                guard let rule = report.rules.itemAction(for: ref), let days = item.days else { continue }
                guard knows(rule, resources, reported: &reported, into: &diagnostics) else { continue }
                let step = "\(catalog.indicators[item.position].aliases.first ?? catalog.indicators[item.position].id)-L\(item.level)"
                if let existing = steps[step] {
                    tasks[existing].items.append(item.code)
                    tasks[existing].effortMonths += days / workingDaysPerMonth
                    tasks[existing].duration = calendar.duration(months: tasks[existing].effortMonths)
                } else {
                    let months = days / workingDaysPerMonth
                    var serves = report.evaluation.flatMap { e in
                        e.due.map { Milestone(kind: .evaluation(year: e.calendar.year), by: $0, weight: e.calendar.weight) }
                    }
                    if serves == nil, let top = catalog.band(item.level)?.top {
                        serves = report.policy.levelTargets(covering: catalog.indicators[item.position], in: catalog)
                            .filter { $0.level >= top }.min { $0.by < $1.by }.map { Milestone(kind: .level($0.level), by: $0.by, weight: $0.weight) }
                    }
                    var task = RoadmapTask(rule: rule.header.id, opd: owner, owner: owner, indicator: ref, targetLevel: nil, servicesTo: nil,
                                           phaseKey: rule.phase, resource: rule.resource, effortMonths: months,
                                           duration: calendar.duration(months: months), predecessors: [], serves: serves, modules: rule.modules)
                    task.item = step
                    task.items = [item.code]
                    task.itemLevel = item.level
                    if let previous = lastOfChain[item.position] { task.predecessors.append(first + previous) }
                    lastOfChain[item.position] = tasks.count
                    steps[step] = tasks.count
                    tasks.append(task)
                }
                byCode[item.code] = first + steps[step]!
                awaits[steps[step]!, default: []].formUnion(item.awaits.map(\.code))
            }
        }
        // The other units' items come from their own tasks: linked once all are placed.
        for (local, codes) in awaits {
            let before = codes.compactMap { byCode[$0] }
            tasks[local].predecessors = Array(Set(tasks[local].predecessors + before)).sorted()
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
                .map { Milestone(kind: .target($0.id), by: $0.by, weight: $0.weight) }
        }
        guard let ref = f.indicator, let level = f.action?.targetLevel else { return nil }
        let covering = policy.levelTargets(covering: report.catalogs.indicator(ref), in: report.catalogs.catalog(ref.slot))
        return covering.filter { $0.level >= level }.min { $0.by < $1.by }.map { Milestone(kind: .level($0.level), by: $0.by, weight: $0.weight) }
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

    /// Every milestone a roadmap is checked against, with the tasks serving it: the policy
    /// targets for the period's catalogs (tasks counted as `serves` counts them), the
    /// evaluation's upload, and the level targets tasks are due for. Targets in policy order,
    /// then the rest in task order.
    static func milestoneGroups(_ tasks: [RoadmapTask], report: ScoreReport) -> [(by: CalendarDate, weight: Int, tasks: [Int])] {
        var groups: [(by: CalendarDate, weight: Int, tasks: [Int])] = []
        for target in report.policy.targets where target.applies(to: report.catalogs, policy: report.policy) {
            let serving = tasks.indices.filter { serves(tasks[$0], target) }
            if !serving.isEmpty { groups.append((target.by, target.weight, serving)) }
        }
        var other: [Milestone: Int] = [:]
        for (i, t) in tasks.enumerated() {
            guard let m = t.serves else { continue }
            if case .target = m.kind { continue }
            if let g = other[m] {
                groups[g].tasks.append(i)
            } else {
                other[m] = groups.count
                groups.append((m.by, m.weight, [i]))
            }
        }
        return groups
    }

    /// A milestone's weight shared by its tasks, in thousandths (at least 1 each), so a
    /// milestone counts by its weight and not by how many tasks it has: 15 digitisation tasks
    /// of the 45-OPD goal are not outweighed by 300 evidence tasks of another date.
    static func perTaskWeight(_ weight: Int, tasks: Int) -> Int {
        max(1, (weight * 1000 + tasks / 2) / max(tasks, 1))
    }

    /// The scheduling problem: shared resources in policy order, then one resource per OPD
    /// for each `perOPD` resource an OPD's tasks use; each task needs one unit of its
    /// resource and is due by the unit after its milestone's date (a date before the plan's
    /// start gives a negative due: lateness counts from the real date); each milestone is a
    /// deadline of the tasks serving it, its weight shared by them (`perTaskWeight`).
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
            let uses = (shared[t.resource] ?? own[t.resource + ":" + report.opds[t.owner].id]).map { [SchedulingProblem.Use(resource: $0, units: 1)] } ?? []
            return SchedulingProblem.Activity(name: t.name(report.opds), duration: t.duration, uses: uses, predecessors: t.predecessors,
                                              release: 0, due: t.serves.map { calendar.deadline($0.by) })
        }
        let deadlines = milestoneGroups(tasks, report: report).map { group in
            SchedulingProblem.Deadline(due: calendar.deadline(group.by), weight: perTaskWeight(group.weight, tasks: group.tasks.count),
                                       activities: group.tasks)
        }
        return SchedulingProblem(resources: resources, activities: activities, deadlines: deadlines)
    }
}
