extension Pipeline {
    /// The offline form of each named OPD (all when `opds` is nil) for the period (the latest
    /// when nil), filled with what the period already holds. Unknown OPD ids are returned.
    public static func forms(_ locations: InputLocations, periodID: String?, opds: [String]?, mode: AssessmentForm.Mode,
                             language: Language) -> (forms: [(opd: String, html: String)], unknown: [String], diagnostics: [Diagnostic]) {
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return ([], [], diagnostics) }
        let wanted = opds ?? report.opds.map(\.id)
        var forms: [(String, String)] = [], unknown: [String] = []
        for id in wanted {
            guard let opd = inputs.workspace.opdIndex[id] else { unknown.append(id); continue }
            forms.append((id, AssessmentForm.render(report: report, opd: opd, scope: inputs.scope, mode: mode, language: language)))
        }
        return (forms, unknown, diagnostics)
    }
}
