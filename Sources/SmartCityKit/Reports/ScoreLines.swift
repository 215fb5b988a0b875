/// Lines about a scored period that the terminal summary and the pages both say: a target's
/// status, a dimension score. Text, not rendering: the renderers and the page builders call it.
enum ScoreLines {
    static func targetLine(_ status: TargetStatus, report: ScoreReport, language l: Language) -> String {
        let sep = l.decimalSeparator
        let word: ReportText.TargetWord = status.met ? .met : status.monthsLeft >= 0 ? .open(monthsLeft: status.monthsLeft) : .missed(monthsAgo: -status.monthsLeft)
        let actual: String
        let required: String
        switch status.target.threshold {
        case .count, .all:
            actual = status.actual.map { $0.formatted(decimals: 0) } ?? "—"
            required = status.required.formatted(decimals: 0) + " OPD"
        case .atLeast:
            actual = status.actual.map { $0.formatted(decimals: 2, decimalSeparator: sep) } ?? "—"
            required = "≥ " + status.required.formatted(decimals: 2, decimalSeparator: sep)
        }
        return ReportText.targetLine(name: status.target.name.text(l), status: word, actual: actual, required: required,
                                     date: DateText.long(status.target.by, l)).text(l)
    }

    /// A dimension score as "2,40 (48,0 %)": the 1–5 value and its share of the top level.
    static func dimensionValue(_ value: Fraction?, catalog: IndicatorCatalog, language l: Language) -> String {
        guard let value else { return "—" }
        let percent = value * Fraction(100) / Fraction(catalog.levels.upperBound)
        return value.formatted(decimals: catalog.decimals, decimalSeparator: l.decimalSeparator)
            + " (" + percent.formatted(decimals: 1, decimalSeparator: l.decimalSeparator) + " %)"
    }
}
