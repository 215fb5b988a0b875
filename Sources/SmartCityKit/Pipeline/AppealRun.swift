extension Pipeline {
    /// The appeal sheet of a period (the latest when `periodID` is nil): nil with the report
    /// when the period is not scored from evidence, nil without it when the input has errors.
    public static func appeal(_ locations: InputLocations, periodID: String?, language: Language)
        -> (sheet: ReportDocument?, report: ScoreReport?, diagnostics: [Diagnostic]) {
        let (report, _, diagnostics) = score(locations, periodID: periodID)
        guard let report else { return (nil, nil, diagnostics) }
        return (AppealDocumentBuilder(report: report, language: language).build(), report, diagnostics)
    }
}
