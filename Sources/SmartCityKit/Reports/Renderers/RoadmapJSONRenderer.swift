/// `roadmap/roadmap.json`: the plan for other tools, schema `smartcity.roadmap` version 1
/// (documented in `docs/roadmap.md`). Times are given as units from the start and as dates.
public enum RoadmapJSONRenderer {
    public static let schema = "smartcity.roadmap"
    public static let schemaVersion = 1

    public static func render(_ r: Roadmap) -> String {
        let opds = r.report.opds
        let calendar = r.calendar
        let tasks = r.tasks.enumerated().map { i, t -> JSONOutput in
            return .object([
                ("id", .string(t.name(opds))), ("opd", .string(opds[t.opd].id)), ("owner", .string(opds[t.owner].id)),
                ("rule", .string(t.rule)), ("step", .optional(t.item)), ("items", .array(t.items.map { .string($0) })), ("indicator", .optional(t.indicator.map { r.report.catalogs.indicator($0).id })),
                ("targetLevel", t.targetLevel.map(JSONOutput.value) ?? .null), ("servicesTo", t.servicesTo.map(JSONOutput.int) ?? .null),
                ("phaseKey", .string(t.phaseKey)), ("resource", .string(t.resource)), ("duration", .int(t.duration)),
                ("start", .int(r.starts[i])), ("finish", .int(r.finishes[i])),
                ("startDate", .string(calendar.date(r.starts[i]).description)), ("endDate", .string(calendar.endDate(r.finishes[i]).description)),
                ("dueDate", .optional(t.serves?.by.description)), ("late", t.serves == nil ? .null : .int(r.late[i])),
                ("predecessors", .array(t.predecessors.map { .string(r.tasks[$0].name(opds)) })),
            ])
        }
        let milestones = r.milestones.map { m -> JSONOutput in
            .object([
                ("id", .string(m.status.target.id)), ("by", .string(m.status.target.by.description)), ("met", .bool(m.status.met)),
                ("projected", ScoresJSONRenderer.number(m.status.actual)), ("required", ScoresJSONRenderer.number(m.status.required)),
                ("reachableWithAllTasks", .bool(m.reachableWithAllTasks)),
                ("lateTasks", .array(m.lateTasks.map { .object([("task", .string(r.tasks[$0.task].name(opds))), ("late", .int($0.late))]) })),
            ])
        }
        let phases = r.phases.map { p -> JSONOutput in
            .object([
                ("id", .optional(p.phase?.id)), ("start", .optional(p.phase?.start.description)), ("end", .optional(p.phase?.end.description)),
                ("tasks", .array(p.tasks.map { .string(r.tasks[$0].name(opds)) })),
                ("goals", .array(p.goals.map { .object([("when", .string($0.goal.condition)), ("met", .bool($0.met))]) })),
            ])
        }
        let projections = r.projections.map { p -> JSONOutput in
            let point: String
            switch p.point {
            case .now: point = "now"
            case .phaseEnd(let id): point = id
            case .allDone: point = "all-done"
            }
            return .object([
                ("point", .string(point)), ("date", .string(p.date.description)),
                ("index", ScoresJSONRenderer.number(p.city.index.value)), ("dimensions", ScoresJSONRenderer.number(p.city.dimensions.value)),
                ("daring", .int(p.city.daringCount)), ("integrated", .int(p.city.integratedCount)),
                ("domains", .object(r.report.catalogs.index.groups.map { ($0.id, ScoresJSONRenderer.number(p.city.index.groups[$0.id])) })),
                ("dimensionScores", .object(r.report.catalogs.dimensions.groups.map { ($0.id, ScoresJSONRenderer.number(p.city.dimensions.groups[$0.id])) })),
                ("opdIndex", .object(zip(opds, p.opdIndex).map { ($0.id, ScoresJSONRenderer.number($1)) })),
            ])
        }
        return JSONOutput.object([
            ("schema", .string(schema)), ("schemaVersion", .int(schemaVersion)),
            ("city", .string(r.report.policy.city.id)), ("period", .string(r.report.period.id)),
            ("start", .string(calendar.start.description)), ("unit", .string(calendar.unit.rawValue)),
            ("capacities", .object(r.policy.resources.map { ($0.id, .int(r.capacities[$0.id] ?? $0.capacity)) })),
            ("makespan", .int(r.makespan)), ("lowerBound", .int(r.bound)), ("schedulesGenerated", .int(r.schedulesGenerated)),
            ("milestones", .array(milestones)), ("phases", .array(phases)), ("projections", .array(projections)), ("tasks", .array(tasks)),
        ]).rendered() + "\n"
    }
}
