import SmartCityKit

/// `smartcity score DIR`: scores one period and prints it as a table (with the summary),
/// CSV (one row per OPD) or JSON (the `scores.json` schema).
enum ScoreCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = try SmartCityMain.locations(scanned, command: CommandName.score.rawValue)
        let format = try scanned.choice("--format", ["table", "csv", "json"]) ?? "table"
        let separator = try SmartCityMain.csvSeparator(scanned)
        var timings: [StageTiming] = []
        let measure = scanned.flags.contains("--timings")
        let (report, inputs, diagnostics) = Pipeline.score(locations, periodID: scanned.values["--period"], timings: &timings, measure: measure)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        if measure {
            let evaluations = inputs.map { RuleEvaluationCount.count(rules: $0.rules, scope: $0.scope) } ?? 0
            stderr += "timings: " + timings.map { "\($0.stage.rawValue) \($0.seconds) s" }.joined(separator: ", ")
                + ", opds \(inputs?.workspace.opds.count ?? 0), rule evaluations \(evaluations)\n"
        }
        guard let report else { return CommandOutcome(status: .dataError, stderr: stderr) }
        let stdout: String
        switch format {
        case "csv": stdout = ScoresCSVRenderer.summary(report, language: l, writer: CSVWriter(separator: separator, bom: false))
        case "json": stdout = ScoresJSONRenderer.render(report)
        default: stdout = OPDSummaryRows.table(report, language: l) + "\n" + ScoreSummaryRenderer.render(report, language: l)
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
