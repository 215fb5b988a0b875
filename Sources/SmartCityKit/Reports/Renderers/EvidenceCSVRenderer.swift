/// The CSV exports of a period scored from evidence (docs/schema.md): `values.csv`, one row per
/// indicator with its value, level, band, item counts and the three values; `evidence-items.csv`,
/// one row per evidence item with its status, owner and the index points it holds or would add.
public enum EvidenceCSVRenderer {
    public static func values(_ report: ScoreReport, language l: Language, writer: CSVWriter, decimalSeparator: String = ".") -> String? {
        guard let values = report.city.values else { return nil }
        let catalog = report.catalogs.index
        func n(_ f: Fraction?, _ d: Int = 4) -> String { f.map { $0.formatted(decimals: d, decimalSeparator: decimalSeparator) } ?? "" }
        let columns: [EvidenceText.Column] = [.indicator, .code, .name, .value, .level, .bandFrom, .bandTo, .items, .accepted,
                                              .supported, .claimed, .assessor, .reason, .source]
        let rows = values.values.map { v -> [String] in
            let indicator = catalog.indicators[v.position]
            let band = catalog.band(v.level)
            let count = v.counts.first { $0.level == v.level }
            let source: String
            switch v.source {
            case .evidence: source = l.pick(id: "data dukung", en: "evidence")
            case .externalIndex(let key, let value):
                source = key + (value.map { " " + $0.formatted(decimals: 4).trimmingTrailingZeros().replacingOccurrences(of: ".", with: decimalSeparator) } ?? "")
            }
            return [indicator.id, indicator.aliases.first ?? "", indicator.name.text(l), n(v.value, 2), String(v.level), n(band?.bottom, 2), n(band?.top, 2),
                    count.map { String($0.items) } ?? "", count.map { String($0.accepted) } ?? "",
                    n(v.supported), n(v.claimed), n(v.assessor?.value, 2), v.assessor?.reason ?? "", source]
        }
        return writer.document(header: columns.map { EvidenceText.column($0).text(l) }, rows: rows)
    }

    public static func items(_ report: ScoreReport, language l: Language, writer: CSVWriter, decimalSeparator: String = ".") -> String? {
        guard let values = report.city.values else { return nil }
        let catalog = report.catalogs.index
        func n(_ f: Fraction) -> String { f.formatted(decimals: 4, decimalSeparator: decimalSeparator) }
        let columns: [EvidenceText.Column] = [.code, .indicator, .level, .status, .revision, .owner, .document, .date, .note, .points, .order, .gain]
        var rows: [[String]] = []
        for v in values.values {
            let next = Dictionary(v.next.enumerated().map { ($1.code, ($0 + 1, $1)) }, uniquingKeysWith: { a, _ in a })
            for item in v.items {
                let upcoming = next[item.code]
                rows.append([item.code, catalog.indicators[v.position].id, String(item.level), item.status.rawValue, item.revision?.rawValue ?? "",
                             item.owner.map { report.opds[$0].id } ?? "", item.document, item.date?.description ?? "", item.note, n(item.points),
                             upcoming.map { String($0.0) } ?? "", upcoming.map { n($0.1.points) } ?? ""])
            }
        }
        return writer.document(header: columns.map { EvidenceText.column($0).text(l) }, rows: rows)
    }
}
