extension RoadmapPlanner {
    /// The smallest capacity of `resource` that meets every milestone more of `resource` can
    /// meet, with the roadmap at that capacity as the proof.
    ///
    /// First plans with so much of `resource` that it never binds (one unit per task that
    /// needs it): the milestones met there are the ones this resource can decide. Then
    /// bisects for the smallest capacity meeting all of them, assuming more capacity never
    /// makes a plan later (true of optimal schedules, and in practice of the search). The
    /// milestones missed even without the limit — waiting on other teams, a date already
    /// past, actions the rules do not give — are reported as a warning naming them.
    public static func minimumCapacity(_ report: ScoreReport, workspace: Workspace, scope: Scope, resource: String,
                                       options: RoadmapOptions) -> (capacity: Int?, roadmap: Roadmap?, diagnostics: [Diagnostic]) {
        let policyFile = Diagnostic.Location(file: report.policy.file)
        guard let policy = report.policy.roadmap else { return (nil, nil, [Diagnostic(.roadmap(.noRoadmap), at: policyFile)]) }
        guard policy.resources.contains(where: { $0.id == resource }) else {
            return (nil, nil, [Diagnostic(.roadmap(.unknownCapacityResource(resource, known: policy.resources.map(\.id))), at: policyFile)])
        }
        var cache: [Int: (roadmap: Roadmap?, diagnostics: [Diagnostic])] = [:]
        func attempt(_ capacity: Int) -> (roadmap: Roadmap?, diagnostics: [Diagnostic]) {
            if let known = cache[capacity] { return known }
            var o = options
            o.capacities[resource] = capacity
            let result = plan(report, workspace: workspace, scope: scope, options: o)
            cache[capacity] = result
            return result
        }
        func met(_ roadmap: Roadmap) -> Set<String> { Set(roadmap.milestones.filter(\.status.met).map(\.status.target.id)) }
        let first = attempt(1)
        guard let base = first.roadmap else { return (nil, nil, first.diagnostics) }
        let upper = max(1, base.tasks.filter { $0.resource == resource }.count)
        guard let unlimited = attempt(upper).roadmap else { return (nil, nil, attempt(upper).diagnostics) }
        let goal = met(unlimited)
        var low = 0, high = upper
        while high - low > 1 {
            let mid = (low + high) / 2
            if let r = attempt(mid).roadmap, met(r).isSuperset(of: goal) { high = mid } else { low = mid }
        }
        if high > 1, let one = attempt(1).roadmap, met(one).isSuperset(of: goal) { high = 1 }
        let result = attempt(high)
        var diagnostics = result.diagnostics
        let missed = unlimited.milestones.filter { !$0.status.met }.map(\.status.target.id)
        if !missed.isEmpty {
            diagnostics.append(Diagnostic(.roadmap(.capacityNotEnough(resource: resource, milestones: missed)), at: policyFile))
        }
        return (high, result.roadmap, diagnostics)
    }
}
