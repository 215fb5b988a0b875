extension Pipeline {
    /// Scores the period and estimates its profile under each method a crosswalk leads to from
    /// the policy's index method (usually one: SPBE 2020 → Pemdi 2026).
    public static func crosswalk(_ locations: InputLocations, periodID: String?) -> (estimates: [CrosswalkEstimate], report: ScoreReport?, diagnostics: [Diagnostic]) {
        let (report, inputs, diagnostics) = score(locations, periodID: periodID)
        guard let report, let inputs else { return ([], nil, diagnostics) }
        let index = report.catalogs.index
        let estimates = inputs.crosswalks.map { pair in
            CrosswalkEstimate.estimate(pair.crosswalk, catalog: pair.target) { id in
                index.position(of: id).flatMap { report.city.level(IndicatorRef(slot: .index, position: $0)).level }
            }
        }
        return (estimates, report, diagnostics)
    }
}
