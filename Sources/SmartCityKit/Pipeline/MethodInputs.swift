extension Pipeline {
    /// The inputs of each method a run meets, derived once (`inputs(for:base:)`) however many
    /// periods use it, with their findings merged into the run's without repeats.
    struct MethodInputs {
        let base: Inputs
        private var byMethod: [String: Inputs] = [:]

        init(_ base: Inputs) { self.base = base }

        /// The inputs `info` is scored with; nil when its method cannot be used (reported).
        mutating func inputs(for info: PeriodInfo, diagnostics: inout [Diagnostic]) -> Inputs? {
            let key = info.method ?? base.catalogs.index.id
            if let known = byMethod[key] { return known }
            let (derived, found) = Pipeline.inputs(for: info, base: base)
            diagnostics.appendNew(found)
            // A method that cannot be used is not kept: each period naming it is reported at
            // its own `period.json`.
            if let derived { byMethod[key] = derived }
            return derived
        }
    }

    /// One period read and scored with its method's inputs: the flow `score`, `run` and
    /// `progress` share. Nil when the period has errors (reported).
    static func scoredPeriod(_ info: PeriodInfo, methods: inout MethodInputs, diagnostics: inout [Diagnostic],
                             lap: (StageTiming.Stage) -> Void = { _ in }) -> (report: ScoreReport?, inputs: Inputs?) {
        guard let inputs = methods.inputs(for: info, diagnostics: &diagnostics) else { return (nil, nil) }
        let (period, periodDiagnostics) = loadPeriod(info, inputs: inputs)
        diagnostics += periodDiagnostics
        lap(.load)
        guard !diagnostics.hasErrors else { return (nil, inputs) }
        let report = scorePeriod(period, inputs: inputs, lap: lap)
        // A rule that could not be evaluated (overflow) leaves its findings incomplete.
        diagnostics += report.diagnostics
        return (report.diagnostics.hasErrors ? nil : report, inputs)
    }
}
