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
        var byMethod: [String: Inputs] = [:]
        for info in inputs.workspace.periods where info.date <= selected.date {
            // Each method's inputs once, however many periods use it.
            let key = info.method ?? inputs.catalogs.index.id
            var periodInputs = byMethod[key]
            if periodInputs == nil {
                let (derived, methodDiagnostics) = Pipeline.inputs(for: info, base: inputs)
                diagnostics += methodDiagnostics
                periodInputs = derived
                byMethod[key] = derived
            }
            guard let periodInputs else { continue }
            let (period, periodDiagnostics) = loadPeriod(info, inputs: periodInputs)
            diagnostics += periodDiagnostics
            guard !periodDiagnostics.hasErrors else { continue }
            reports.append(scorePeriod(period, inputs: periodInputs))
        }
        guard !diagnostics.hasErrors, !reports.isEmpty else { return (nil, inputs, diagnostics) }
        return (CityProgress(reports: reports), byMethod[selected.method ?? inputs.catalogs.index.id] ?? inputs, diagnostics)
    }

    /// Scores one loaded period and evaluates the rules over it; `lap` marks the end of each
    /// stage for `score --timings`.
    static func scorePeriod(_ period: Period, inputs: Inputs, lap: (StageTiming.Stage) -> Void = { _ in }) -> ScoreReport {
        var report = Scorer.score(period, workspace: inputs.workspace, catalogs: inputs.catalogs, scope: inputs.scope, policy: inputs.policy,
                                  readiness: inputs.readiness)
        lap(.score)
        report.rules = inputs.rules
        report.findings = RuleEvaluator.evaluate(report, scope: inputs.scope, rules: inputs.rules)
        lap(.rules)
        return report
    }
}
