/// One row per OPD of a scored period — index, predicate, smart-city score, services,
/// readiness — shared by the terminal table and the summary CSV so both always agree.
public enum OPDSummaryRows {
    public static let columns: [ReportText.Column] = [.opd, .name, .index, .predikat, .coverage, .smartCity, .services, .stage3, .daring, .integrated]

    /// The cells of every OPD, in workspace order, with `decimalSeparator` in numbers.
    public static func rows(_ report: ScoreReport, language l: Language, decimalSeparator: String) -> [[String]] {
        let index = report.catalogs.index
        let dimensions = report.catalogs.dimensions
        return report.scores.map { score in
            let opd = report.opds[score.opd]
            guard score.assessed else {
                return [opd.id, opd.name, "—", l.pick(id: "belum dinilai", en: "not assessed"), "", "", "", "", "", ""]
            }
            let value = score.index.value.map { $0.formatted(decimals: index.decimals, decimalSeparator: decimalSeparator) } ?? "—"
            let predikat = score.index.value.flatMap(index.predikat(for:))?.name.text(l) ?? "—"
            let coverage = score.index.coveredWeight.formatted(decimals: 1, decimalSeparator: decimalSeparator)
            let smart = score.dimensions.value.map { $0.formatted(decimals: dimensions.decimals, decimalSeparator: decimalSeparator) } ?? "—"
            let share = score.readiness.transactionShare.map { $0.formatted(decimals: 1, decimalSeparator: decimalSeparator) } ?? "—"
            return [opd.id, opd.name, value, predikat, coverage, smart, String(score.readiness.serviceCount), share,
                    l.yesNo(score.readiness.daring), l.yesNo(score.readiness.integrated)]
        }
    }

    /// Names longer than this are shortened in the terminal table.
    static let nameWidth = 40

    /// The terminal table: one line per OPD.
    public static func table(_ report: ScoreReport, language l: Language) -> String {
        var table = TextTable(header: columns.map { $0.text(l) })
        // Long official names (Dinas Sosial, Pemberdayaan Perempuan, …) would push every
        // number off a terminal line; the CSV and JSON keep them whole.
        table.rows = rows(report, language: l, decimalSeparator: l.decimalSeparator).map { row in
            var row = row
            if row[1].count > nameWidth { row[1] = String(row[1].prefix(nameWidth - 1)) + "…" }
            return row
        }
        table.rightAligned = [2, 4, 5, 6, 7]
        return table.rendered()
    }
}
