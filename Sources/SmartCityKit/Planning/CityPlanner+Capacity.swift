/// The answer to "how many of this team would it take?"
public struct CapacityAnswer: Sendable {
    /// The smallest capacity whose plan meets every milestone more of the team can meet.
    public var capacity: Int
    /// The plan at that capacity: the same plan `--capacity R=N` gives.
    public var plan: CityPlan
    /// The milestones the plan with one less misses (empty when the answer is 1).
    public var missedWithOneLess: [Milestone.Kind]
}

/// Why a milestone is missed however much of a team the plan has.
public enum MilestoneObstacle: Sendable, Hashable {
    /// Its date is before the plan starts.
    case datePast(by: CalendarDate, start: CalendarDate)
    /// Even with every task done it is not reached: the rules give too few actions.
    case tooFewActions
    /// With every team unlimited its tasks are still done only on `done`: the chain of
    /// prerequisites (and the trainings they wait for) alone is longer.
    case chainTooLong(done: CalendarDate, by: CalendarDate)
    /// Other teams hold it up: their ids, most late tasks first.
    case otherTeams([String])
}

extension CityPlanner {
    /// The smallest capacity of `resource` meeting every milestone more of it can meet, by
    /// the same monotone plans `plan` gives for `--capacity` (`CapacityLattice`): plans with
    /// 1, 2, … of the team until one meets every milestone the plan with as much of it as
    /// its tasks can use meets. Because a plan with more capacity is never worse, the first
    /// such capacity is the answer and one less misses a milestone. The milestones missed even
    /// then are warnings, each with its reason (`MilestoneObstacle`).
    public static func minimumCapacity(_ report: ScoreReport, workspace: Workspace, scope: Scope, training: TrainingCatalog?, resource: String,
                                       roadmapOptions: RoadmapOptions = RoadmapOptions(), bimtekOptions: BimtekOptions = BimtekOptions())
        -> (answer: CapacityAnswer?, diagnostics: [Diagnostic]) {
        let policyFile = Diagnostic.Location(file: report.policy.file)
        guard let policy = report.policy.roadmap else { return (nil, [Diagnostic(.roadmap(.noRoadmap), at: policyFile)]) }
        guard policy.resources.contains(where: { $0.id == resource }) else {
            return (nil, [Diagnostic(.roadmap(.unknownCapacityResource(resource, known: policy.resources.map(\.id))), at: policyFile)])
        }
        guard let peaks = RoadmapPlanner.peaks(report, options: roadmapOptions) else {
            let (_, diagnostics) = planOnce(report, workspace: workspace, scope: scope, training: training, roadmapOptions: roadmapOptions,
                                            bimtekOptions: bimtekOptions)
            return (nil, diagnostics)
        }
        let peak = max(peaks[resource] ?? 0, 1)
        var options = roadmapOptions
        options.capacities[resource] = peak
        guard var lattice = lattice(report, workspace: workspace, scope: scope, training: training, roadmapOptions: options,
                                    bimtekOptions: bimtekOptions) else { return (nil, []) }
        // What this team can decide: the milestones met when it never binds.
        let unlimited = lattice.search(lattice.capacities)
        guard let unlimitedRoadmap = unlimited.plan.roadmap else { return (nil, unlimited.diagnostics) }
        let goal = unlimitedRoadmap.metMilestones
        var found: (capacity: Int, plan: CityPlan, diagnostics: [Diagnostic])?
        var previous: Set<Milestone.Kind> = []
        var missedWithOneLess: [Milestone.Kind] = []
        for c in 1...peak {
            var capacities = lattice.capacities
            capacities[resource] = c
            let (plan, diagnostics) = answer(&lattice, at: capacities)
            let met = plan.roadmap?.metMilestones ?? []
            if met.isSuperset(of: goal) || c == peak {
                found = (c, plan, diagnostics)
                missedWithOneLess = c == 1 ? [] : Self.ordered(goal.subtracting(previous), unlimitedRoadmap)
                break
            }
            previous = met
        }
        guard let found else { return (nil, unlimited.diagnostics) }
        var diagnostics = found.diagnostics
        let missed = unlimitedRoadmap.milestoneKinds.filter { !goal.contains($0) }
        if !missed.isEmpty {
            let everyTeam = lattice.search(peaks.merging(lattice.capacities) { max($0, $1) })
            for kind in missed {
                let obstacle = Self.obstacle(kind, unlimited: unlimitedRoadmap, everyTeam: everyTeam.plan.roadmap, resource: resource)
                diagnostics.append(Diagnostic(.roadmap(.milestoneOutOfReach(resource: resource, milestone: unlimitedRoadmap.name(of: kind),
                                                                             obstacle: obstacle)), at: policyFile))
            }
        }
        return (CapacityAnswer(capacity: found.capacity, plan: found.plan, missedWithOneLess: missedWithOneLess), diagnostics)
    }

    /// `kinds` in the order the roadmap lists its milestones.
    static func ordered(_ kinds: Set<Milestone.Kind>, _ roadmap: Roadmap) -> [Milestone.Kind] {
        roadmap.milestoneKinds.filter(kinds.contains)
    }

    /// Why `kind` is missed with `resource` unlimited.
    static func obstacle(_ kind: Milestone.Kind, unlimited: Roadmap, everyTeam: Roadmap?, resource: String) -> MilestoneObstacle {
        let by = unlimited.date(of: kind)
        if unlimited.calendar.deadline(by) <= 0 { return .datePast(by: by, start: unlimited.calendar.start) }
        if case .target(let id) = kind, let m = unlimited.milestones.first(where: { $0.status.target.id == id }), !m.reachableWithAllTasks {
            return .tooFewActions
        }
        if let everyTeam, !everyTeam.metMilestones.contains(kind) {
            let serving = everyTeam.tasks.indices.filter { everyTeam.serves($0, kind) }
            let done = serving.map { everyTeam.finishes[$0] }.max() ?? 0
            return .chainTooLong(done: everyTeam.calendar.endDate(done), by: by)
        }
        // The teams of the late tasks serving it, and of the tasks they wait on.
        var count: [String: Int] = [:]
        var seen = Set<Int>()
        var stack = unlimited.tasks.indices.filter { unlimited.serves($0, kind) && unlimited.late[$0] > 0 }
        while let i = stack.popLast() {
            guard seen.insert(i).inserted else { continue }
            if unlimited.tasks[i].resource != resource { count[unlimited.tasks[i].resource, default: 0] += 1 }
            stack += unlimited.tasks[i].predecessors
        }
        return .otherTeams(count.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key))
    }
}
