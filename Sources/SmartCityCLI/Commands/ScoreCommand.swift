import SmartCityKit

/// `smartcity score DIR`: scores one period and prints it as a table (with the summary),
/// CSV (one row per OPD) or JSON (the `scores.json` schema).
enum ScoreCommand: Command {
    static let summary = LocalizedText(id: "menghitung satu periode: indeks resmi (SPBE atau Indeks Pemdi), skor kota cerdas dan kesiapan layanan daring",
                                       en: "scores one period: the official index (SPBE or Indeks Pemdi), smart-city dimensions, online-service readiness")

    /// How the scores are printed.
    enum Format: String, CaseIterable, Sendable {
        case table, csv, json
    }

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let period = SharedOptions.period(LocalizedText(id: "periode yang dinilai", en: "period to score"))
        let format: Option<Format> = .defaulted("--format", .choice(Format.self), default: .table,
                                                help: LocalizedText(id: "bentuk keluaran", en: "output format"))
        let csvSeparator = SharedOptions.csvSeparator
        let timings = SharedOptions.timings
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        var timings: [StageTiming] = []
        let measure = arguments[\.timings]
        let (report, inputs, diagnostics) = Pipeline.score(arguments.locations, periodID: arguments[\.period], timings: &timings, measure: measure)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        if measure {
            let evaluations = inputs.map { RuleEvaluationCount.count(rules: $0.rules, scope: $0.scope) } ?? 0
            stderr += "timings: " + timings.map { "\($0.stage.rawValue) \($0.seconds) s" }.joined(separator: ", ")
                + ", opds \(inputs?.workspace.opds.count ?? 0), rule evaluations \(evaluations)\n"
        }
        guard let report else { return CommandOutcome(status: .dataError, stderr: stderr) }
        let stdout: String
        switch arguments[\.format] {
        case .csv: stdout = ScoresCSVRenderer.summary(report, language: l, writer: CSVWriter(separator: arguments[\.csvSeparator], bom: false))
        case .json: stdout = ScoresJSONRenderer.render(report)
        case .table: stdout = OPDSummaryRows.table(report, language: l) + "\n" + ScoreSummaryRenderer.render(report, language: l)
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
