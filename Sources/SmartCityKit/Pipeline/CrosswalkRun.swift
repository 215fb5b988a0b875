extension Pipeline {
    /// Scores the period and estimates its profile under each method a crosswalk leads to from
    /// the policy's index method (usually one: SPBE 2020 → Pemdi 2026).
    public static func crosswalk(_ locations: InputLocations, periodID: String?) -> (estimates: [CrosswalkEstimate], report: ScoreReport?, diagnostics: [Diagnostic]) {
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return ([], nil, diagnostics) }
        let estimates = inputs.crosswalks.map { CrosswalkEstimate.estimate($0.crosswalk, catalog: $0.target, from: report) }
        return (estimates, report, diagnostics)
    }
}
