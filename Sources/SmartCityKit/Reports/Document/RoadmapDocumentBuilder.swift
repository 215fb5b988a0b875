/// Builds the roadmap page: milestones met or missed (and which tasks make them late), the
/// projected scores per phase, a Gantt chart and the load of each shared team, then each
/// phase's goals and tasks.
public struct RoadmapDocumentBuilder {
    public var roadmap: Roadmap
    public var language: Language
    public var dashboardURL: String

    public init(roadmap: Roadmap, language: Language, dashboardURL: String = "../index.html") {
        self.roadmap = roadmap
        self.language = language
        self.dashboardURL = dashboardURL
    }

    var l: Language { language }

    public func build() -> ReportDocument {
        let r = roadmap
        let report = r.report
        var blocks: [ReportBlock] = []
        // The answer first: how many milestones the plan meets, and when the work ends.
        blocks.append(.facts([
            ReportFact(label: RoadmapText.summaryMilestones.text(l),
                       value: [.strong(RoadmapText.milestonesMet(met: r.metMilestones.count, of: r.milestoneKinds.count).text(l))]),
            ReportFact(label: RoadmapText.summaryFinish.text(l), value: [.text(DateText.monthYear(r.calendar.endDate(r.makespan), l))]),
        ]))
        if let kept = RoadmapLines.keptFrom(r, language: l) { blocks.append(.note([.text(kept)])) }
        blocks.append(.heading(RoadmapText.milestonesHeading.text(l), level: 2, anchor: "milestones"))
        blocks.append(.table(milestoneTable()))
        blocks.append(.heading(RoadmapText.projectionHeading.text(l), level: 2, anchor: "projection"))
        let projection = RoadmapLines.projectionTable(r, language: l)
        blocks.append(.table(ReportTable(caption: RoadmapText.projectionHeading.text(l), header: projection.header,
                                         numeric: Set(1..<projection.header.count), rows: projection.rows.map { $0.map { ReportTable.Cell($0) } })))
        blocks.append(.table(opdProjection(header: projection.header)))
        blocks.append(.note([.text(RoadmapText.projectionNote.text(l))]))
        // On a phone the Gantt chart's 40-odd rows cannot be read; the same tasks by month can.
        blocks.append(.adaptive(wide: [.chart(.gantt(gantt()))], narrow: tasksByMonth()))
        blocks.append(.chart(.line(load())))
        blocks.append(.heading(RoadmapText.phasesHeading.text(l), level: 2, anchor: "phases"))
        for plan in r.phases {
            let title: String
            if let phase = plan.phase {
                title = "\(phase.name.text(l)) (\(DateText.window(phase.start, phase.end, l)))"
            } else {
                title = RoadmapText.outsidePhases(tasks: plan.tasks.count).text(l)
            }
            blocks.append(.heading(title, level: 3, anchor: plan.phase?.id ?? "outside"))
            if !plan.goals.isEmpty {
                blocks.append(.list(plan.goals.map { [.text(RoadmapText.goal(met: $0.met, text: $0.goal.text.text(l)).text(l))] }))
            }
            // The phase's tasks folded under one line: the page reads as milestones and phases.
            blocks.append(.fold(summary: RoadmapText.phaseTasks(plan.tasks.count).text(l), blocks: [.table(taskTable(plan.tasks, caption: title))]))
        }
        blocks.append(.paragraph([.text(RoadmapText.estimateNote.text(l))]))
        let overview = RoadmapText.overview(start: DateText.long(r.calendar.start, l), unit: r.calendar.unit, tasks: r.tasks.count,
                                            end: DateText.long(r.calendar.endDate(r.makespan), l), units: r.makespan, bound: r.bound,
                                            gap: RoadmapLines.gap(r, l), schedules: r.schedulesGenerated).text(l)
        return ReportDocument(title: RoadmapText.title(city: report.cityName.text(l)).text(l), language: l, subtitle: overview, blocks: blocks,
                              navigation: [ReportLink(text: PageText.backToDashboard.text(l), url: dashboardURL)],
                              footer: PageText.footer(tool: "smartcity", methods: PageFormat(language: l, report: report).methods).text(l))
    }

    /// Each OPD's projected index at the same points, linked to its report.
    func opdProjection(header: [String]) -> ReportTable {
        let r = roadmap
        let decimals = r.report.catalogs.index.decimals
        let rows = r.report.opds.indices.map { opd -> [ReportTable.Cell] in
            let o = r.report.opds[opd]
            return [ReportTable.Cell([.link(text: o.name, url: "../opd/\(o.id).html")])] + r.projections.map { p in
                guard let v = p.opdIndex[opd] else { return ReportTable.Cell("—", sortKey: "0") }
                return ReportTable.Cell(v.formatted(decimals: decimals, decimalSeparator: l.decimalSeparator), sortKey: v.formatted(decimals: 4))
            }
        }
        return ReportTable(caption: RoadmapText.opdProjectionCaption(index: r.report.catalogs.index.name(l)).text(l), header: ["OPD"] + header.dropFirst(),
                           numeric: Set(1..<header.count), rows: rows, sortable: true)
    }

    func milestoneTable() -> ReportTable {
        let r = roadmap
        var rows = r.evaluation.map { e -> [[ReportTable.Cell]] in
            let lines = RoadmapLines.evaluationLines(e, roadmap: r, language: l)
            return [[ReportTable.Cell(lines.line), ReportTable.Cell(lines.late ?? "—")]]
        } ?? []
        rows += r.milestones.map { m -> [ReportTable.Cell] in
            var reason = "—"
            if !m.status.met {
                if !m.reachableWithAllTasks {
                    reason = RoadmapText.unreachable.text(l)
                } else if let worst = m.lateTasks.first {
                    reason = RoadmapText.lateTasks(count: m.lateTasks.count, worst: RoadmapLines.taskAtOPD(r.tasks[worst.task], report: r.report, language: l), late: worst.late,
                                                   unit: r.calendar.unit).text(l)
                }
            }
            return [ReportTable.Cell(RoadmapLines.milestoneLine(m, report: r.report, language: l)), ReportTable.Cell(reason)]
        }
        return ReportTable(caption: RoadmapText.milestonesHeading.text(l), header: [RoadmapText.milestonesHeading.text(l), RoadmapText.column(.why).text(l)],
                           rows: rows)
    }

    func taskTable(_ tasks: [Int], caption: String) -> ReportTable {
        let r = roadmap
        let columns: [RoadmapText.Column] = [.task, .opd, .resource, .start, .finish, .due, .late]
        let rows = tasks.map { i -> [ReportTable.Cell] in
            let t = r.tasks[i]
            let late = r.late[i]
            return [ReportTable.Cell(RoadmapLines.taskTitle(t, report: r.report, language: l)), ReportTable.Cell([.link(text: r.report.opds[t.opd].name, url: "../opd/\(r.report.opds[t.opd].id).html")]),
                    ReportTable.Cell(t.resource), DateText.cell(r.calendar.date(r.starts[i]), l),
                    DateText.cell(r.calendar.endDate(r.finishes[i]), l), t.serves.map { DateText.cell($0.by, l) } ?? ReportTable.Cell("—"),
                    ReportTable.Cell(String(late), sortKey: String(late))]
        }
        return ReportTable(caption: caption, header: columns.map { RoadmapText.column($0).text(l) }, numeric: [6], rows: rows, sortable: true)
    }

    func unitLabels() -> [String] {
        (0..<max(roadmap.makespan, 1)).map { t in
            let d = roadmap.calendar.date(t)
            return roadmap.calendar.unit == .month ? String(d.description.prefix(7)) : d.description
        }
    }

    func gantt() -> GanttChart {
        let r = roadmap
        let owners = Array(Set(r.tasks.map(\.opd))).sorted()
        let row = Dictionary(uniqueKeysWithValues: owners.enumerated().map { ($1, $0) })
        let resources = r.policy.resources.map(\.id)
        let bars = r.tasks.enumerated().map { i, t in
            GanttChart.Bar(row: row[t.opd] ?? 0, start: r.starts[i], end: r.finishes[i], series: resources.firstIndex(of: t.resource) ?? 0,
                           label: "\(RoadmapLines.taskTitle(t, report: r.report, language: l)): \(DateText.long(r.calendar.date(r.starts[i]), l)) – \(DateText.long(r.calendar.endDate(r.finishes[i]), l))")
        }
        return GanttChart(title: RoadmapText.ganttTitle.text(l), description: RoadmapText.ganttDescription(tasks: r.tasks.count, opds: owners.count).text(l),
                          rows: owners.map { r.report.opds[$0].name }, series: r.policy.resources.map { $0.name.text(l) }, bars: bars, units: unitLabels())
    }

    /// The Gantt chart as a reader on a phone takes it: the tasks by the month they start,
    /// each month folded under how many start then, each task with its OPD, team and end.
    func tasksByMonth() -> [ReportBlock] {
        let r = roadmap
        let order = r.tasks.indices.sorted { (r.starts[$0], r.report.opds[r.tasks[$0].opd].name, $0) < (r.starts[$1], r.report.opds[r.tasks[$1].opd].name, $1) }
        let teams = Dictionary(r.policy.resources.map { ($0.id, $0.name.text(l)) }, uniquingKeysWith: { a, _ in a })
        var months: [(first: CalendarDate, items: [[ReportInline]])] = []
        for i in order {
            let t = r.tasks[i], start = r.calendar.date(r.starts[i])
            let item: [ReportInline] = [.strong(r.report.opds[t.opd].name + ": "),
                                        .text(RoadmapText.taskInMonth(task: RoadmapLines.taskTitle(t, report: r.report, language: l), team: teams[t.resource] ?? t.resource,
                                                                      until: DateText.long(r.calendar.endDate(r.finishes[i]), l)).text(l))]
            if let last = months.last?.first, (last.year, last.month) == (start.year, start.month) {
                months[months.count - 1].items.append(item)
            } else {
                months.append((start, [item]))
            }
        }
        return [.paragraph([.strong(RoadmapText.ganttTitle.text(l))])] + months.map {
            .fold(summary: RoadmapText.monthStarts(month: DateText.monthYear($0.first, l), tasks: $0.items.count).text(l), blocks: [.list($0.items)])
        }
    }

    /// Tasks in progress per unit for each shared (not per-OPD) resource.
    func load() -> LineChart {
        let r = roadmap
        let horizon = max(r.makespan, 1)
        let shared = r.policy.resources.filter { !$0.perOPD }
        let series = shared.map { resource -> ChartSeries in
            var counts = Array(repeating: 0.0, count: horizon)
            for (i, t) in r.tasks.enumerated() where t.resource == resource.id {
                for u in r.starts[i]..<min(r.finishes[i], horizon) { counts[u] += 1 }
            }
            return ChartSeries(name: "\(resource.name.text(l)) (\(r.capacities[resource.id] ?? resource.capacity))", values: counts.map { Optional($0) })
        }
        let peak = shared.map { Double(r.capacities[$0.id] ?? $0.capacity) }.max() ?? 1
        let values = zip(shared, series).map { "\($0.id) max \(Int(($1.values.compactMap { $0 }.max() ?? 0)))" }.joined(separator: "; ")
        // A label per year (per quarter on short plans): one per unit would overlap.
        let step = horizon > 36 ? 12 : 3
        let labels = unitLabels().enumerated().map { $0.offset % step == 0 ? $0.element : "" }
        return LineChart(title: RoadmapText.resourceLoadTitle.text(l), description: RoadmapText.resourceLoadDescription(values).text(l),
                         points: labels, series: series, minimum: 0, maximum: max(peak, 1))
    }
}
