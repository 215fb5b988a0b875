/// The dashboard for a method scored from evidence: each indicator's value with its level
/// and band, and per unit the points its items hold.
extension DashboardBuilder {
    /// The twenty values, with what each rests on.
    func values() -> [ReportBlock] {
        guard let values = report.city.values else { return [] }
        let catalog = report.catalogs.index
        let rows = values.values.map { value -> [ReportTable.Cell] in
            let indicator = catalog.indicators[value.position]
            let name = catalog.scale(indicator.scale)?.levels.first { $0.level == value.level }?.name.text(l) ?? ""
            let count = value.counts.first { $0.level == value.level }
            let basis: String
            switch value.source {
            case .evidence:
                let items = count.map { l.pick(id: "\($0.accepted) dari \($0.items) butir tingkat \(value.level) diterima",
                                               en: "\($0.accepted) of \($0.items) level-\(value.level) items accepted") } ?? "—"
                basis = items + (value.assessor != nil ? l.pick(id: "; nilai asesor", en: "; assessor's value") : "")
            case .externalIndex(let key, let found):
                let index = catalog.externalIndex(key)
                basis = (index?.name.text(l) ?? key) + " " + (found.map { $0.plainText(separator: format.sep) } ?? "—")
            }
            return [ReportTable.Cell(indicator.id + " (" + (indicator.aliases.first ?? "") + ")", sortKey: String(1000 + value.position)),
                    ReportTable.Cell(indicator.name.text(l)),
                    ReportTable.Cell(value.value.formatted(decimals: 2, decimalSeparator: format.sep), sortKey: value.value.formatted(decimals: 4)),
                    ReportTable.Cell("\(value.level) " + name, sortKey: String(value.level)),
                    ReportTable.Cell(basis)]
        }
        let header: [EvidenceText.Column] = [.indicator, .name, .value, .level, .basis]
        return [.heading(EvidenceText.citySection.text(l), level: 2, anchor: "values"),
                .note([.text(EvidenceText.cityNote.text(l))]),
                .table(ReportTable(caption: EvidenceText.citySection.text(l), header: header.map { EvidenceText.column($0).text(l) },
                                   numeric: [2, 3], rows: rows, sortable: true))]
    }

    /// Per unit: items accepted of those it owns, the points they hold, the points its next
    /// items add, and its rank by the points held.
    func evidenceColumns(_ values: EvidenceValues) -> (header: [String], cells: [[ReportTable.Cell]]) {
        let held = report.scores.map { values.owners[$0.opd]?.points }
        let ranks = ReportContext.ranks(held)
        let cells = report.scores.map { s -> [ReportTable.Cell] in
            let carried = values.owners[s.opd]
            let rank = ranks[s.opd]
            return [ReportTable.Cell(carried.map { "\($0.accepted) / \($0.items)" } ?? "—", sortKey: String(carried?.accepted ?? 0)),
                    ReportTable.Cell(carried.map { $0.points.formatted(decimals: 4, decimalSeparator: format.sep) } ?? "—",
                                     sortKey: carried?.points.formatted(decimals: 6) ?? "0"),
                    ReportTable.Cell(carried.map { $0.nextPoints.formatted(decimals: 4, decimalSeparator: format.sep) } ?? "—",
                                     sortKey: carried?.nextPoints.formatted(decimals: 6) ?? "0"),
                    ReportTable.Cell(rank.map(String.init) ?? "—", sortKey: rank.map(String.init) ?? "999999")]
        }
        let header = [EvidenceText.column(.accepted).text(l), EvidenceText.column(.held).text(l), EvidenceText.column(.nextPoints).text(l),
                      PageText.column(.rank).text(l)]
        return (header, cells)
    }
}
