/// What `smartcity explain` is asked about.
public enum ExplainSubject: Sendable, Hashable {
    case opd
    case indicator(String)
    case rule(String)
    /// The city's index, down to each indicator's value (no `--opd`).
    case city
    /// One indicator of the city, down to its evidence items (`--indicator` without `--opd`).
    case cityIndicator(String)
}

/// The answer of `explain`, or why there is none.
public enum ExplainResult: Sendable {
    case text(String)
    /// The input has errors (in `diagnostics`).
    case dataError
    case unknownOPD(String, suggestion: String?)
    case unknownIndicator(String, suggestion: String?)
    case unknownRule(String, suggestion: String?)
}

extension Pipeline {
    /// Scores the period and explains one OPD, one of its indicators, or one rule for it; or,
    /// without an OPD, the city's index or one of its indicators.
    public static func explain(_ locations: InputLocations, periodID: String?, opd: String?, subject: ExplainSubject,
                               language: Language) -> (result: ExplainResult, diagnostics: [Diagnostic]) {
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return (.dataError, diagnostics) }
        let renderer = ExplainRenderer(report: report, scope: inputs.scope, language: language)
        switch subject {
        case .city: return (.text(renderer.city()), diagnostics)
        case .cityIndicator(let raw):
            guard let ref = inputs.catalogs.resolve(raw) else {
                return (.unknownIndicator(raw, suggestion: inputs.catalogs.suggestion(for: raw)), diagnostics)
            }
            return (.text(renderer.city(ref)), diagnostics)
        default: break
        }
        let id = (opd ?? "").lowercased()
        guard let index = inputs.workspace.opdIndex[id] else {
            return (.unknownOPD(opd ?? "", suggestion: Suggestion.closest(to: id, in: inputs.workspace.opds.map(\.id))), diagnostics)
        }
        switch subject {
        case .opd, .city, .cityIndicator: return (.text(renderer.opd(index)), diagnostics)
        case .indicator(let raw):
            guard let ref = inputs.catalogs.resolve(raw) else {
                return (.unknownIndicator(raw, suggestion: inputs.catalogs.suggestion(for: raw)), diagnostics)
            }
            return (.text(renderer.indicator(index, ref)), diagnostics)
        case .rule(let rule):
            let headers = inputs.rules.headers
            guard let header = headers.first(where: { $0.id == rule }) else {
                return (.unknownRule(rule, suggestion: Suggestion.closest(to: rule, in: headers.map(\.id))), diagnostics)
            }
            return (.text(renderer.rule(index, header)), diagnostics)
        }
    }
}
