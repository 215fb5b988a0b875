/// Lines and the projection table of a roadmap that the terminal and the roadmap page both
/// show.
enum RoadmapLines {
    /// The evaluation's upload line, and the late-items line when some are late.
    static func evaluationLines(_ e: Roadmap.EvaluationMilestone, roadmap: Roadmap, language l: Language) -> (line: String, late: String?) {
        let decimals = roadmap.report.catalogs.index.decimals
        let line = RoadmapText.evaluationMilestone(met: e.met, year: e.year, due: e.due, items: e.items, tasks: e.tasks, late: e.lateTasks.count,
                                                   projected: e.index.map { $0.formatted(decimals: decimals, decimalSeparator: l.decimalSeparator) } ?? "—").text(l)
        let late = e.lateTasks.first.map { worst in
            RoadmapText.lateTasks(count: e.lateTasks.count, worst: taskAtOPD(roadmap.tasks[worst.task], report: roadmap.report, language: l), late: worst.late,
                                  unit: roadmap.calendar.unit).text(l)
        }
        return (line, late)
    }

    /// The answer of `--min-capacity`: the number, that the plan is the what-if's, and what
    /// one less misses.
    static func minimumCapacity(_ answer: CapacityAnswer, resource: String, roadmap: Roadmap, language l: Language) -> String {
        let missed = answer.missedWithOneLess.map { roadmap.name(of: $0).text(l) }
        return RoadmapText.minimumCapacity(resource: resource, capacity: answer.capacity, missedWithOneLess: missed).text(l)
    }

    /// The line saying the schedule was found with fewer teams, when it was.
    static func keptFrom(_ roadmap: Roadmap, language l: Language) -> String? {
        guard let kept = roadmap.keptFrom else { return nil }
        let changed = kept.keys.sorted().filter { kept[$0] != roadmap.capacities[$0] }.map { "\($0) \(kept[$0]!)" }
        return changed.isEmpty ? nil : RoadmapText.keptFrom(changed.joined(separator: " · ")).text(l)
    }

    static func milestoneLine(_ m: Roadmap.MilestoneResult, report: ScoreReport, language l: Language) -> String {
        let isCount = m.status.target.metric == .opdDaring || m.status.target.metric == .opdIntegrated
        func value(_ f: Fraction?) -> String {
            guard let f else { return "—" }
            return isCount ? f.formatted(decimals: 0) : f.formatted(decimals: 2, decimalSeparator: l.decimalSeparator)
        }
        return RoadmapText.milestone(met: m.status.met, name: m.status.target.name.text(l), by: DateText.long(m.status.target.by, l),
                                     projected: value(m.status.actual), required: value(m.status.required)).text(l)
    }

    /// A task as a reader names it: the indicator and the level it brings it to ("Keterbukaan
    /// informasi (SC-GOV-02) ke tingkat 4"), a level's evidence items, or the service stage;
    /// the rule id only when the task names none of these.
    static func taskTitle(_ t: RoadmapTask, report: ScoreReport, language l: Language) -> String {
        if let ref = t.indicator {
            let indicator = report.catalogs.indicator(ref)
            let level = t.targetLevel.map { report.catalogs.levelText($0, of: ref, separator: l.decimalSeparator) } ?? t.itemLevel.map(String.init)
            return RoadmapText.taskTitle(indicator: indicator.name.text(l), id: indicator.id, level: level, items: t.item != nil).text(l)
        }
        if let stage = t.servicesTo {
            return RoadmapText.servicesTask(stage: stage, name: report.catalogs.stages.stage(stage)?.name.text(l)).text(l)
        }
        return t.item ?? t.rule
    }

    /// A task and its OPD in a sentence: "Layanan OPD ke tahap 3 di Dinas Sosial".
    static func taskAtOPD(_ t: RoadmapTask, report: ScoreReport, language l: Language) -> String {
        RoadmapText.taskAt(task: taskTitle(t, report: report, language: l), opd: report.opds[t.opd].name).text(l)
    }

    static func gap(_ roadmap: Roadmap, _ l: Language) -> String {
        guard roadmap.bound > 0 else { return "0" }
        return Fraction(Int64(roadmap.makespan - roadmap.bound) * 100, Int64(roadmap.bound)).formatted(decimals: 1, decimalSeparator: l.decimalSeparator)
    }

    /// Rows: city index, daring, integrated, smart-city mean; columns: now, each phase end,
    /// all done, and the share of the way from now to all done reached at the last phase.
    static func projectionTable(_ roadmap: Roadmap, language l: Language) -> TextTable {
        let report = roadmap.report
        let points = roadmap.projections
        var header = [RoadmapText.column(.point).text(l)]
        for p in points {
            switch p.point {
            case .now: header.append(RoadmapText.now.text(l) + " " + report.period.id)
            case .phaseEnd(let id): header.append(roadmap.policy.phases.first { $0.id == id }.map { $0.name.text(l) + " " + DateText.long($0.end, l) } ?? id)
            case .allDone: header.append(RoadmapText.allDone.text(l) + " " + DateText.long(p.date, l))
            }
        }
        var table = TextTable(header: header)
        table.rightAligned = Set(1..<header.count)
        let sep = l.decimalSeparator
        let decimals = report.catalogs.index.decimals
        // Phase cells also say how much of the way from now to all-done they cover.
        func row(_ metric: RoadmapText.Metric, _ value: (CityScore) -> Fraction?, _ format: (Fraction) -> String) {
            let now = points.first.flatMap { value($0.city) }, all = points.last.flatMap { value($0.city) }
            let cells = points.enumerated().map { i, p -> String in
                guard let v = value(p.city) else { return "—" }
                var cell = format(v)
                if i > 0, i < points.count - 1, let now, let all, all != now {
                    cell += " (" + ((v - now) * Fraction(100) / (all - now)).formatted(decimals: 0) + " %)"
                }
                return cell
            }
            table.rows.append([RoadmapText.metric(metric).text(l)] + cells)
        }
        let index = { (f: Fraction) in f.formatted(decimals: decimals, decimalSeparator: sep) }
        let score = { (f: Fraction) in f.formatted(decimals: 2, decimalSeparator: sep) }
        let count = { (f: Fraction) in f.formatted(decimals: 0) }
        row(.index(report.catalogs.index.name(l)), { $0.index.value }, index)
        row(.daring, { Fraction($0.daringCount) }, count)
        row(.integrated, { Fraction($0.integratedCount) }, count)
        row(.dimensions, { $0.dimensions.value }, score)
        let word = report.catalogs.index.hierarchy.first?.name.text(l) ?? ""
        for g in report.catalogs.index.groups { row(.domain(word: word, name: g.name.text(l)), { $0.index.groups[g.id] }, index) }
        for g in report.catalogs.dimensions.groups { row(.dimension(g.name.text(l)), { $0.dimensions.groups[g.id] }, score) }
        return table
    }
}
