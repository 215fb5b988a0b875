extension Pipeline {
    /// Scores the period and estimates its profile under each method a crosswalk leads to from
    /// the policy's index method (usually one: SPBE 2020 → Pemdi 2026).
    ///
    /// Without a period: the latest period assessed with a method a crosswalk starts from
    /// (the last SPBE period once the later ones are Pemdi), else the latest.
    public static func crosswalk(_ locations: InputLocations, periodID: String?) -> (estimates: [CrosswalkEstimate], report: ScoreReport?, diagnostics: [Diagnostic]) {
        var periodID = periodID
        if periodID == nil, let base = loadInputs(locations).inputs {
            let method = base.policy.methods.index
            periodID = base.workspace.periods.last { !base.library.crosswalks(from: $0.method ?? method).isEmpty }?.id
        }
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return ([], nil, diagnostics) }
        let estimates = inputs.crosswalks.map { CrosswalkEstimate.estimate($0.crosswalk, catalog: $0.target, from: report) }
        return (estimates, report, diagnostics)
    }
}
