extension Pipeline {
    /// Scores every period up to `periodID` (all when nil), oldest first, each with its own
    /// method's catalogs and rules (`inputs(for:)`) and the same policy. Nil when any period
    /// has errors; all errors are reported. The inputs returned are the latest period's.
    public static func progress(_ locations: InputLocations, upTo periodID: String? = nil) -> (progress: CityProgress?, inputs: Inputs?, diagnostics: [Diagnostic]) {
        var (inputs, diagnostics) = loadInputs(locations)
        guard let inputs else { return (nil, nil, diagnostics) }
        let (selected, selectDiagnostics) = selectPeriod(periodID, in: inputs.workspace)
        diagnostics += selectDiagnostics
        guard let selected else { return (nil, inputs, diagnostics) }
        var reports: [ScoreReport] = []
        var methods = MethodInputs(inputs)
        var latest = inputs
        for info in inputs.workspace.periods where info.date <= selected.date {
            let (report, periodInputs) = scoredPeriod(info, methods: &methods, diagnostics: &diagnostics)
            if let report { reports.append(report) }
            if info == selected, let periodInputs { latest = periodInputs }
        }
        guard !diagnostics.hasErrors, !reports.isEmpty else { return (nil, inputs, diagnostics) }
        return (CityProgress(reports: reports), latest, diagnostics)
    }

    /// Scores one loaded period and evaluates the rules over it; `lap` marks the end of each
    /// stage for `score --timings`.
    static func scorePeriod(_ period: Period, inputs: Inputs, lap: (StageTiming.Stage) -> Void = { _ in }) -> ScoreReport {
        let scored = Scorer.score(period, workspace: inputs.workspace, catalogs: inputs.catalogs, scope: inputs.scope, policy: inputs.policy,
                                  readiness: inputs.readiness)
        lap(.score)
        let report = RuleEvaluator.report(scored, scope: inputs.scope, rules: inputs.rules)
        lap(.rules)
        return report
    }
}
