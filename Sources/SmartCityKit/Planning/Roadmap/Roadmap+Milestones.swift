extension Roadmap {
    /// Every milestone the plan is checked against, in the order it lists them: the
    /// policy targets, then the evaluation's upload.
    public var milestoneKinds: [Milestone.Kind] {
        milestones.map { .target($0.status.target.id) } + (evaluation.map { [.evaluation(year: $0.year)] } ?? [])
    }

    /// The milestones the plan meets: the policy targets met on the projected scores, and
    /// the evaluation's upload when every item is ready in time.
    public var metMilestones: Set<Milestone.Kind> {
        var met = Set(milestones.filter(\.status.met).map { Milestone.Kind.target($0.status.target.id) })
        if let evaluation, evaluation.met { met.insert(.evaluation(year: evaluation.year)) }
        return met
    }

    /// Σ weight of the milestones the plan misses (targets' `weight`, the evaluation's).
    public var missedWeight: Int {
        var total = milestones.filter { !$0.status.met }.reduce(0) { $0 + $1.status.target.weight }
        if let evaluation, !evaluation.met { total += report.evaluation?.calendar.weight ?? 1 }
        return total
    }

    /// The date a milestone of this plan is due.
    public func date(of kind: Milestone.Kind) -> CalendarDate {
        switch kind {
        case .target(let id): return milestones.first { $0.status.target.id == id }?.status.target.by ?? calendar.start
        case .evaluation: return evaluation?.due ?? calendar.start
        case .level: return calendar.start
        }
    }

    /// The milestone's name, for messages.
    public func name(of kind: Milestone.Kind) -> RoadmapMessage.MilestoneName {
        switch kind {
        case .target(let id): return .target(milestones.first { $0.status.target.id == id }?.status.target.name ?? LocalizedText(id: id, en: id))
        case .evaluation(let year): return .evaluation(year: year)
        case .level(let level): return .level(level)
        }
    }

    /// Whether task `i` counts towards the milestone (as its late tasks are counted).
    public func serves(_ i: Int, _ kind: Milestone.Kind) -> Bool {
        switch kind {
        case .target(let id):
            guard let target = milestones.first(where: { $0.status.target.id == id })?.status.target else { return false }
            return RoadmapTasks.serves(tasks[i], target)
        case .evaluation, .level:
            return tasks[i].serves?.kind == kind
        }
    }
}
