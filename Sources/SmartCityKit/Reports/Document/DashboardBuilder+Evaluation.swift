/// The dashboard's view of the evaluation year: the calendar with the days left, and the
/// city's evidence items by status and by owner unit.
extension DashboardBuilder {
    /// The evaluation the period prepares for, stage by stage.
    func calendar() -> [ReportBlock] {
        guard let timeline = report.evaluation else { return [] }
        let calendar = timeline.calendar
        let heading = EvaluationText.calendarHeading(method: report.catalogs.index.title.text(l), year: calendar.year,
                                                     estimated: calendar.estimated, asOf: timeline.asOf).text(l)
        let rows = timeline.stages.map { stage -> [ReportTable.Cell] in
            [ReportTable.Cell(EvaluationText.stage(stage.window.stage).text(l)),
             ReportTable.Cell(DateText.window(stage.window.start, stage.window.end, l)),
             ReportTable.Cell(EvaluationText.stageState(stage.state, oneDay: stage.window.start == stage.window.end).text(l))]
        }
        let header: [EvaluationText.Column] = [.stage, .dates, .state]
        var blocks: [ReportBlock] = [.heading(EvaluationText.calendarSection.text(l), level: 2, anchor: "calendar"),
                                     .table(ReportTable(caption: heading, header: header.map { EvaluationText.column($0).text(l) }, rows: rows))]
        if let source = calendar.source { blocks.append(.note([.text(EvaluationText.source(source.text(l)).text(l))])) }
        return blocks
    }

    /// The city's items by status, per owner unit (units by name; items without an owner last).
    func itemsByOwner() -> [ReportBlock] {
        guard let values = report.city.values else { return [] }
        let statuses = EvidenceRegister.Status.allCases
        var counts: [Int?: [Int]] = [:]
        for value in values.values {
            for item in value.items {
                counts[item.owner, default: Array(repeating: 0, count: statuses.count)][statuses.firstIndex(of: item.status)!] += 1
            }
        }
        guard !counts.isEmpty else { return [] }
        let owners = counts.keys.sorted { a, b in
            switch (a, b) {
            case let (a?, b?): return (report.opds[a].name, a) < (report.opds[b].name, b)
            case (nil, _): return false
            case (_, nil): return true
            }
        }
        func row(_ name: String, _ line: [Int]) -> [ReportTable.Cell] {
            [ReportTable.Cell(name)] + line.map { ReportTable.Cell(String($0), sortKey: String($0)) }
                + [ReportTable.Cell(String(line.reduce(0, +)), sortKey: String(line.reduce(0, +)))]
        }
        var rows = owners.map { owner in
            row(owner.map { report.opds[$0].name } ?? EvaluationText.noOwner.text(l), counts[owner]!)
        }
        let totals = statuses.indices.map { i in counts.values.reduce(0) { $0 + $1[i] } }
        rows.append(row(EvaluationText.total.text(l), totals))
        let header = [EvidenceText.column(.owner).text(l)] + statuses.map { EvidenceText.status($0, nil).text(l) } + [EvaluationText.total.text(l)]
        var blocks: [ReportBlock] = [.heading(EvaluationText.itemsByOwnerSection.text(l), level: 2, anchor: "items-by-owner")]
        if let previous = values.previousPeriod {
            let c = values.changeCounts()
            blocks.append(.paragraph([.text(EvaluationText.changes(previous: previous, new: c.new, changed: c.changed, unchanged: c.unchanged).text(l))]))
        }
        return blocks + [.table(ReportTable(caption: EvaluationText.itemsByOwnerSection.text(l), header: header,
                                   numeric: Set(1...(statuses.count + 1)), rows: rows))]
    }
}
