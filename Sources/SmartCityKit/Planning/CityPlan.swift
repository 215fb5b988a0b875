/// What Kominfo plans from a scored period: the roadmap and the Bimtek plan, each using the
/// other — trainings are due before the tasks that need them start, and tasks start after
/// the trainings they need end.
public struct CityPlan: Sendable {
    public var roadmap: Roadmap?
    public var bimtek: BimtekPlan?
    public var needs: [TrainingNeed]
    public var training: TrainingCatalog?
    /// For each unmet need (by position in `needs`), the milestones its waiting tasks serve.
    public var endangered: [Int: [String]]
}

/// Bimtek settings a run may override (`smartcity bimtek --budget … --year … --trainers …`).
public struct BimtekOptions: Sendable, Hashable {
    public var budget: Int?
    public var year: Int?
    public var trainers: Int?

    public init(budget: Int? = nil, year: Int? = nil, trainers: Int? = nil) {
        self.budget = budget
        self.year = year
        self.trainers = trainers
    }
}

/// Plans the roadmap and the Bimtek classes together.
///
/// Order: the roadmap first (when the policy has one), so the trainings know when tasks
/// start; then the classes, due before those starts; then the roadmap again with each task
/// released after its acting OPD's training for the modules it names. One round: the second
/// roadmap only moves tasks later, which leaves the trainings in time for them.
public enum CityPlanner {
    /// The resource of the roadmap policy whose capacity is the number of trainers.
    public static let trainersResource = "trainers"

    /// The plan at the capacities of the policy and `roadmapOptions`, never worse than a
    /// plan with fewer of the teams the tasks use (`CapacityLattice`).
    public static func plan(_ report: ScoreReport, workspace: Workspace, scope: Scope, training: TrainingCatalog?,
                            roadmapOptions: RoadmapOptions = RoadmapOptions(), bimtekOptions: BimtekOptions = BimtekOptions(),
                            withRoadmap: Bool = true) -> (plan: CityPlan, diagnostics: [Diagnostic]) {
        guard withRoadmap, var lattice = lattice(report, workspace: workspace, scope: scope, training: training,
                                                 roadmapOptions: roadmapOptions, bimtekOptions: bimtekOptions) else {
            return planOnce(report, workspace: workspace, scope: scope, training: training, roadmapOptions: roadmapOptions,
                            bimtekOptions: bimtekOptions, withRoadmap: withRoadmap)
        }
        return answer(&lattice, at: lattice.capacities)
    }

    /// The plan answering a run at `capacities`, shown with them (a schedule found with fewer
    /// teams fits them, and says where it was found), with the diagnostics of the search at
    /// exactly those capacities.
    static func answer(_ lattice: inout CapacityLattice<CityPlan>, at capacities: [String: Int]) -> (plan: CityPlan, diagnostics: [Diagnostic]) {
        let (choice, own, point) = lattice.answer(at: capacities)
        guard own.plan.roadmap != nil else { return own }
        var plan = choice.plan
        if choice.foundAt != point, var roadmap = plan.roadmap {
            roadmap.keptFrom = lattice.capacities(at: choice.foundAt)
            roadmap.capacities = lattice.capacities(at: point)
            plan.roadmap = roadmap
        }
        return (plan, own.diagnostics)
    }

    /// The lattice of plans below the capacities of the policy and `roadmapOptions`; nil when
    /// the policy has no roadmap or its tasks cannot be built (a single search reports why).
    static func lattice(_ report: ScoreReport, workspace: Workspace, scope: Scope, training: TrainingCatalog?,
                        roadmapOptions: RoadmapOptions, bimtekOptions: BimtekOptions) -> CapacityLattice<CityPlan>? {
        guard let policy = report.policy.roadmap, let peaks = RoadmapPlanner.peaks(report, options: roadmapOptions) else { return nil }
        var capacities = Dictionary(uniqueKeysWithValues: policy.resources.map { ($0.id, $0.capacity) })
        for (name, value) in roadmapOptions.capacities where capacities[name] != nil { capacities[name] = value }
        return CapacityLattice(capacities: capacities, peaks: peaks, order: policy.resources.map(\.id), quality: { PlanQuality($0.roadmap) }) { c, cores in
            var options = roadmapOptions
            options.cores = cores
            // Unknown names stay, so the search reports them (RMP005).
            options.capacities = roadmapOptions.capacities.merging(c) { $1 }
            return planOnce(report, workspace: workspace, scope: scope, training: training, roadmapOptions: options, bimtekOptions: bimtekOptions)
        }
    }

    /// One search: the roadmap, the classes before its tasks, the roadmap after the classes.
    static func planOnce(_ report: ScoreReport, workspace: Workspace, scope: Scope, training: TrainingCatalog?,
                         roadmapOptions: RoadmapOptions = RoadmapOptions(), bimtekOptions: BimtekOptions = BimtekOptions(),
                         withRoadmap: Bool = true) -> (plan: CityPlan, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var roadmap: Roadmap?
        if withRoadmap, report.policy.roadmap != nil {
            let (first, d) = RoadmapPlanner.plan(report, workspace: workspace, scope: scope, options: roadmapOptions)
            roadmap = first
            diagnostics += d
        }
        var plan = CityPlan(roadmap: roadmap, bimtek: nil, needs: [], training: training, endangered: [:])
        guard let training else { return (plan, diagnostics) }
        let policyFile = Diagnostic.Location(file: report.policy.file)
        let planStart = roadmap?.calendar.start ?? report.policy.roadmap?.start ?? report.period.date.firstOfNextMonth
        let year = bimtekOptions.year ?? planStart.year
        let january = CalendarDate(year: year, month: 1, day: 1) ?? planStart
        let start = planStart.year == year && planStart > january ? planStart : january
        let trainers = bimtekOptions.trainers ?? roadmapOptions.capacities[trainersResource]
            ?? report.policy.roadmap?.resources.first { $0.id == trainersResource }?.capacity
        let budget = bimtekOptions.budget ?? report.policy.roadmap?.budgets.first { $0.year == year }?.amount
        guard let trainers, let budget else {
            if trainers == nil { diagnostics.append(Diagnostic(.roadmap(.noTrainers(resource: trainersResource)), at: policyFile)) }
            if budget == nil { diagnostics.append(Diagnostic(.roadmap(.noBudget(year: year)), at: policyFile)) }
            return (plan, diagnostics)
        }
        plan.needs = TrainingNeeds.build(report, training: training, roadmap: roadmap, start: start)
        let bimtek = BimtekPlanner.plan(needs: plan.needs, catalog: training, settings: BimtekSettings(trainers: trainers, start: start, budget: budget))
        plan.bimtek = bimtek
        if roadmap != nil {
            var options = roadmapOptions
            for c in bimtek.classes {
                for seat in c.seats {
                    let key = "\(seat.opd)/\(c.module)"
                    options.trainedBy[key] = max(options.trainedBy[key] ?? c.end, c.end)
                }
            }
            let (second, d) = RoadmapPlanner.plan(report, workspace: workspace, scope: scope, options: options)
            if let second { plan.roadmap = second } else { diagnostics += d }
        }
        if let roadmap = plan.roadmap {
            for unmet in bimtek.unmet where unmet.need < plan.needs.count {
                let need = plan.needs[unmet.need]
                var milestones: [String] = []
                for task in roadmap.tasks where task.owner == need.opd && task.modules.contains(need.module) {
                    if case .target(let id)? = task.serves?.kind, !milestones.contains(id) { milestones.append(id) }
                }
                if !milestones.isEmpty { plan.endangered[unmet.need] = milestones }
            }
        }
        return (plan, diagnostics)
    }
}
