/// The OPD page for a method scored from evidence: what the unit carries of the city's
/// index — its items, their status, the points they hold and the points its next items add.
extension OPDReportBuilder {
    func evidence(_ opd: Int) -> [ReportBlock] {
        guard let values = report.city.values else { return [] }
        let catalog = report.catalogs.index
        var blocks: [ReportBlock] = [.heading(EvidenceText.unitSection.text(l), level: 2, anchor: "evidence")]
        guard let carried = values.owners[opd] else {
            return blocks + [.paragraph([.text(EvidenceText.noItems.text(l))])]
        }
        blocks.append(.paragraph([.text(EvidenceText.unitSummary(items: carried.items, accepted: carried.accepted, points: points(carried.points),
                                                                 next: carried.next.count, nextPoints: points(carried.nextPoints)).text(l))]))
        // The three items that add most, first in the order they must be produced.
        let steps = carried.next.enumerated().sorted { a, b in
            a.element.item.points != b.element.item.points ? b.element.item.points < a.element.item.points : a.offset < b.offset
        }.prefix(3).sorted { $0.offset < $1.offset }
        if !steps.isEmpty {
            blocks.append(.heading(EvidenceText.nextSteps.text(l), level: 3, anchor: "next-items"))
            blocks.append(.list(steps.map { step in
                let indicator = catalog.indicators[step.element.position]
                let text = catalog.evidenceItem(step.element.item.code).map { indicator.evidence[$0.level - catalog.levels.lowerBound][$0.index].text.text(l) } ?? ""
                return [.text(EvidenceText.nextStep(code: step.element.item.code, indicator: indicator.id, level: step.element.item.level,
                                                    text: text, points: points(step.element.item.points)).text(l))]
            }))
        }
        // The item's code names its indicator and level (I8-L2-03): one narrow column, so the
        // code stays on one line on a phone; the indicators' values are on the dashboard.
        var rows: [[ReportTable.Cell]] = []
        for value in values.values {
            for item in value.items where item.owner == opd {
                rows.append([ReportTable.Cell(item.code),
                             ReportTable.Cell(EvidenceText.status(item.status, item.revision).text(l) + (item.note.isEmpty ? "" : " — " + item.note)),
                             ReportTable.Cell(points(item.points), sortKey: item.points.formatted(decimals: 6))])
            }
        }
        let header: [EvidenceText.Column] = [.item, .status, .points]
        blocks.append(.table(ReportTable(caption: EvidenceText.unitSection.text(l), header: header.map { EvidenceText.column($0).text(l) },
                                         numeric: [2], rows: rows)))
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
