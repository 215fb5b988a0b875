/// The OPD page for a method scored from evidence: what the unit carries of the city's
/// index — its items, their status, the points they hold and the points its next items add.
extension OPDReportBuilder {
    func evidence(_ opd: Int) -> [ReportBlock] {
        guard let values = report.city.values else { return [] }
        var blocks: [ReportBlock] = [.heading(EvidenceText.unitSection.text(l), level: 2, anchor: "evidence")]
        guard let carried = values.owners[opd] else {
            return blocks + [.paragraph([.text(EvidenceText.noItems.text(l))])]
        }
        blocks.append(.paragraph([.text(EvidenceText.unitSummary(items: carried.items, accepted: carried.accepted, points: points(carried.points),
                                                                 next: carried.next.count, nextPoints: points(carried.nextPoints)).text(l))]))
        if let previous = values.previousPeriod {
            let c = values.changeCounts(owner: opd)
            blocks.append(.paragraph([.text(EvaluationText.changes(previous: previous, new: c.new, changed: c.changed, unchanged: c.unchanged).text(l))]))
        }
        blocks += owed(carried)
        // The accepted items with the points they hold; the others are in the table above.
        // The item's code names its indicator and level (I8-L2-03): one narrow column, so the
        // code stays on one line on a phone; the indicators' values are on the dashboard.
        var rows: [[ReportTable.Cell]] = []
        for value in values.values {
            for item in value.items where item.owner == opd && item.status == .diterima {
                rows.append([ReportTable.Cell(item.code + (item.change.map { " (" + EvaluationText.change($0).text(l) + ")" } ?? "")),
                             ReportTable.Cell(item.document.isEmpty ? "—" : item.document),
                             ReportTable.Cell(item.date.map { DateText.long($0, l) } ?? "—"),
                             ReportTable.Cell(points(item.points), sortKey: item.points.formatted(decimals: 6))])
            }
        }
        if !rows.isEmpty {
            blocks.append(.heading(EvidenceText.acceptedSection.text(l), level: 3, anchor: "accepted-items"))
            let header: [EvidenceText.Column] = [.item, .document, .date, .points]
            blocks.append(.table(ReportTable(caption: EvidenceText.acceptedSection.text(l), header: header.map { EvidenceText.column($0).text(l) },
                                             numeric: [3], rows: rows)))
        }
        return blocks
    }

    /// The items the unit owes, in the order of index points per day of work: each with its
    /// official text, the assessor's note, what it waits for, what it adds and its due date.
    func owed(_ carried: EvidenceValues.OwnerEvidence) -> [ReportBlock] {
        let catalog = report.catalogs.index
        var blocks: [ReportBlock] = [.heading(EvaluationText.owedSection.text(l), level: 3, anchor: "owed-items")]
        guard !carried.owed.isEmpty else { return blocks + [.paragraph([.text(EvaluationText.nothingOwed.text(l))])] }
        let due = report.evaluation?.due
        let total = carried.owed.reduce(Fraction.zero) { $0 + $1.points }
        blocks.append(.paragraph([.text(EvaluationText.owedSummary(count: carried.owed.count, points: points(total), due: due).text(l))]))
        let rows = carried.owed.enumerated().map { number, item -> [ReportTable.Cell] in
            let indicator = catalog.indicators[item.position]
            let text = catalog.evidenceItem(item.code).map { indicator.evidence[$0.level - catalog.levels.lowerBound][$0.index].text.text(l) } ?? ""
            let marks = [EvidenceText.status(item.status, item.revision).text(l)] + (item.change.map { [EvaluationText.change($0).text(l)] } ?? [])
            var content: [ReportInline] = [.strong(item.code), .text(" (" + marks.joined(separator: ", ") + "): " + text)]
            if !item.note.isEmpty { content.append(.text(" — " + EvaluationText.revisionNote(item.note).text(l))) }
            if !item.reason.isEmpty { content.append(.text(" — " + item.reason)) }
            let awaited = item.awaits.map { a in
                EvaluationText.awaits(code: a.code, owner: a.owner.map { report.opds[$0].name } ?? EvaluationText.noOwner.text(l)).text(l)
            }
            if !awaited.isEmpty { content.append(.text(" — " + awaited.joined(separator: "; "))) }
            return [ReportTable.Cell(String(number + 1), sortKey: String(number + 1)),
                    ReportTable.Cell(content),
                    ReportTable.Cell(points(item.points), sortKey: item.points.formatted(decimals: 6)),
                    ReportTable.Cell(item.pointsPerDay.map(points) ?? "—", sortKey: item.pointsPerDay?.formatted(decimals: 8)),
                    ReportTable.Cell(due.map { DateText.long($0, l) } ?? "—")]
        }
        let header: [EvaluationText.Column] = [.order, .item, .points, .perDay, .due]
        blocks.append(.table(ReportTable(caption: EvaluationText.owedSection.text(l), header: header.map { EvaluationText.column($0).text(l) },
                                         numeric: [0, 2, 3], rows: rows)))
        return blocks
    }

    /// The facts at the top of the page: the city's index and the points the unit's items hold,
    /// with its rank among the units that own items.
    func evidenceFacts(_ opd: Int, _ values: EvidenceValues) -> [ReportFact] {
        let catalog = report.catalogs.index
        let city = report.city.index
        let predikat = city.value.flatMap(catalog.predikat(for:))?.name.text(l) ?? "—"
        var facts = [ReportFact(label: EvidenceText.cityIndexFact.text(l), value: [.strong(format.index(city.value)), .text(" — " + predikat)])]
        let held = values.owners.values.map(\.points).sorted(by: >)
        if let carried = values.owners[opd] {
            let rank = (held.firstIndex { !(carried.points < $0) } ?? held.count) + 1
            facts.append(ReportFact(label: EvidenceText.column(.held).text(l),
                                    value: [.strong(points(carried.points)), .text(" — " + PageText.rank(rank, of: held.count).text(l))]))
        }
        return facts
    }

    /// Index points: four decimals, since one item often holds about a hundredth of a point.
    func points(_ f: Fraction) -> String { f.formatted(decimals: 4, decimalSeparator: format.sep) }
}
