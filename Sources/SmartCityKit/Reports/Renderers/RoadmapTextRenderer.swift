/// `smartcity roadmap`: the plan in the terminal — overview, milestones with the tasks that
/// make them late, phases with their goals, and the projected scores.
public enum RoadmapTextRenderer {
    /// The answer of `roadmap --min-capacity R`, above the plan.
    public static func minimumCapacity(_ answer: CapacityAnswer, resource: String, language l: Language) -> String {
        guard let roadmap = answer.plan.roadmap else { return "" }
        return RoadmapLines.minimumCapacity(answer, resource: resource, roadmap: roadmap, language: l)
    }

    public static func render(_ roadmap: Roadmap, language l: Language) -> String {
        let report = roadmap.report
        let unit = roadmap.calendar.unit
        var out = RoadmapText.title(city: report.cityName.text(l)).text(l) + "\n"
        out += RoadmapText.overview(start: DateText.long(roadmap.calendar.start, l), unit: unit, tasks: roadmap.tasks.count,
                                    end: DateText.long(roadmap.calendar.endDate(roadmap.makespan), l), units: roadmap.makespan, bound: roadmap.bound,
                                    gap: RoadmapLines.gap(roadmap, l), schedules: roadmap.schedulesGenerated).text(l) + "\n"
        let capacities = roadmap.policy.resources.map { "\($0.id) \(roadmap.capacities[$0.id] ?? $0.capacity)" }.joined(separator: " · ")
        out += RoadmapText.capacitiesLine(capacities).text(l) + "\n"
        if let kept = RoadmapLines.keptFrom(roadmap, language: l) { out += kept + "\n" }
        out += "\n"
        out += RoadmapText.milestonesHeading.text(l) + "\n"
        if let evaluation = roadmap.evaluation {
            let lines = RoadmapLines.evaluationLines(evaluation, roadmap: roadmap, language: l)
            out += "  " + lines.line + "\n"
            if let late = lines.late { out += "      " + late + "\n" }
        }
        for m in roadmap.milestones {
            out += "  " + RoadmapLines.milestoneLine(m, report: report, language: l) + "\n"
            if !m.status.met {
                if !m.reachableWithAllTasks { out += "      " + RoadmapText.unreachable.text(l) + "\n" }
                if let worst = m.lateTasks.first {
                    out += "      " + RoadmapText.lateTasks(count: m.lateTasks.count, worst: RoadmapLines.taskAtOPD(roadmap.tasks[worst.task], report: report, language: l),
                                                            late: worst.late, unit: unit).text(l) + "\n"
                }
            }
        }
        out += "\n" + RoadmapText.phasesHeading.text(l) + "\n"
        for plan in roadmap.phases {
            if let phase = plan.phase {
                out += "  " + RoadmapText.phaseLine(name: phase.name.text(l), from: DateText.long(phase.start, l), to: DateText.long(phase.end, l),
                                                    tasks: plan.tasks.count).text(l) + "\n"
            } else {
                out += "  " + RoadmapText.outsidePhases(tasks: plan.tasks.count).text(l) + "\n"
            }
            for g in plan.goals { out += "      " + RoadmapText.goal(met: g.met, text: g.goal.text.text(l)).text(l) + "\n" }
        }
        out += "\n" + RoadmapText.projectionHeading.text(l) + "\n"
        out += RoadmapLines.projectionTable(roadmap, language: l).rendered()
        out += RoadmapText.projectionNote.text(l) + "\n"
        return out
    }

}
