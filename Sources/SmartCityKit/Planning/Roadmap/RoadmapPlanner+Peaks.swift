extension RoadmapPlanner {
    /// The most units of each team any plan can use at once: the tasks needing a shared
    /// team, or for a team every OPD has its own of, the most tasks one OPD gives it. Above
    /// that a capacity never binds. Nil when the tasks cannot be built (the search says why).
    static func peaks(_ report: ScoreReport, options: RoadmapOptions) -> [String: Int]? {
        guard let policy = report.policy.roadmap else { return nil }
        let (tasks, diagnostics) = RoadmapTasks.build(report, policy: policy, calendar: calendar(report, policy: policy, options: options))
        // Too many tasks: one search reports the refusal, no lattice of them.
        guard !diagnostics.hasErrors, tasks.count <= taskLimit else { return nil }
        var peaks: [String: Int] = [:]
        var perOwner: [String: [Int: Int]] = [:]
        let perOPD = Set(policy.resources.filter(\.perOPD).map(\.id))
        for t in tasks {
            if perOPD.contains(t.resource) {
                perOwner[t.resource, default: [:]][t.owner, default: 0] += 1
            } else {
                peaks[t.resource, default: 0] += 1
            }
        }
        for (resource, owners) in perOwner { peaks[resource] = owners.values.max() ?? 0 }
        return peaks
    }
}
