/// The CSV exports of a scored period.
///
/// `detail` is one row per OPD × answered or expected indicator (what a spreadsheet user
/// filters and pivots); `summary` is one row per OPD. Both name the method and version of
/// every number, so a file read years later still says how it was computed.
public enum ScoresCSVRenderer {
    public static func summary(_ report: ScoreReport, language l: Language, writer: CSVWriter, decimalSeparator: String = ".") -> String {
        let header = [ReportText.Column.period.text(l)] + OPDSummaryRows.columns.map { $0.text(l) } + [ReportText.Column.catalog.text(l)]
        let method = "\(report.catalogs.index.id) \(report.catalogs.index.version)"
        let rows = OPDSummaryRows.rows(report, language: l, decimalSeparator: decimalSeparator).map { [report.period.id] + $0 + [method] }
        return writer.document(header: header, rows: rows)
    }

    public static func detail(_ report: ScoreReport, language l: Language, writer: CSVWriter, decimalSeparator: String = ".") -> String {
        let columns: [ReportText.Column] = [.period, .opd, .catalog, .version, .group, .indicator, .name, .weight, .selfLevel, .verified, .level, .source, .evidence, .note]
        // Rows per OPD in parallel (a national export has millions), joined in workspace order.
        let perOPD = report.scores.parallelMap { score -> String in
            guard score.assessed else { return "" }
            let opd = report.opds[score.opd]
            var answers: [IndicatorRef: Answer] = [:]
            for a in score.answers { answers[a.indicator] = a }
            var counted: [IndicatorRef: CountedLevel] = [:]
            for c in score.levels { counted[c.indicator] = c }
            var refs = Set(score.levels.map(\.indicator))
            refs.formUnion(score.answers.map(\.indicator))
            refs.formUnion(score.missing)
            var rows = ""
            for ref in refs.sorted() {
                let catalog = report.catalogs.catalog(ref.slot)
                let indicator = catalog.indicators[ref.position]
                let answer = answers[ref]
                func text(_ v: Fraction) -> String { report.catalogs.levelText(v, of: ref, separator: decimalSeparator) }
                let selfText: String
                switch answer?.selfAssessment {
                case .level(let n)?: selfText = text(n)
                case .notApplicable?: selfText = l.pick(id: "tidak berlaku", en: "not applicable")
                case .missing?, nil: selfText = ""
                }
                let c = counted[ref]
                rows += writer.line([
                    report.period.id, opd.id, catalog.id, catalog.version, indicator.groupPath.joined(separator: "/"), indicator.id,
                    indicator.name.text(l), indicator.weight.formatted(decimals: 2, decimalSeparator: decimalSeparator),
                    selfText, answer?.verified.map(text) ?? "", c.map { text($0.level) } ?? "",
                    c.map { sourceText($0.source, l) } ?? l.pick(id: "tidak dihitung", en: "not counted"),
                    answer?.evidence ?? "", answer?.note ?? "",
                ])
            }
            return rows
        }
        return writer.document(header: columns.map { $0.text(l) }, rows: []) + perOPD.joined()
    }

    static func sourceText(_ source: CountedLevel.Source, _ l: Language) -> String {
        switch source {
        case .verified: return l.pick(id: "verifikasi", en: "verified")
        case .selfAssessed: return l.pick(id: "mandiri", en: "self")
        case .floor: return l.pick(id: "tak dijawab: tingkat 1", en: "unanswered: level 1")
        }
    }

    /// `actions.csv`: one row per action the rules produced, for Kominfo to sort and assign.
    public static func actions(_ report: ScoreReport, language l: Language, writer: CSVWriter, decimalSeparator: String = ".") -> String {
        let columns: [ReportText.Column] = [.period, .opd, .rule, .indicator, .level, .target, .owner, .phase, .months, .resource, .modules, .waitsOn, .action]
        // Rows per OPD in parallel (a national run has hundreds of thousands of actions), joined
        // in workspace order.
        let rules = report.rules
        let perOPD = Array(report.findings.indices).parallelMap { opd -> String in
            // The OPD's counted levels once, not a search per action.
            var levels: [IndicatorRef: Fraction] = [:]
            for c in report.scores[opd].levels where c.source != .floor { levels[c.indicator] = c.level }
            var rows = ""
            for f in report.findings[opd] where f.kind == .action {
                // Fields read through the rule's position: copying the rule would copy its program.
                let rule = rules.actionPosition(f.rule)
                let level = f.indicator.flatMap { levels[$0] }
                func text(_ v: Fraction) -> String { report.catalogs.levelText(v, of: f.indicator, separator: decimalSeparator) }
                rows += writer.line([
                    report.period.id, report.opds[f.opd].id, f.rule, f.indicator.map { report.catalogs.indicator($0).id } ?? "",
                    level.map(text) ?? "", f.action?.targetLevel.map(text) ?? "",
                    f.action?.owner.map { report.opds[$0].id } ?? "", rule.map { rules.actions[$0].phase } ?? "",
                    rule.map { rules.actions[$0].effortMonths.formatted(decimals: 1, decimalSeparator: decimalSeparator) } ?? "",
                    rule.map { rules.actions[$0].resource } ?? "",
                    rule.map { rules.actions[$0].modules.joined(separator: " ") } ?? "",
                    ((f.action?.waitsOn ?? []) + (f.action?.blockedBy ?? [])).joined(separator: " "),
                    FindingText.text(f, report: report, language: l),
                ])
            }
            return rows
        }
        return writer.document(header: columns.map { $0.text(l) }, rows: []) + perOPD.joined()
    }
}
