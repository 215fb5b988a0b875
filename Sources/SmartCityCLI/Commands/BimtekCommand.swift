import SmartCityKit

/// `smartcity bimtek DIR`: the year's Bimtek classes from the period's actions, within the
/// trainers and the budget, due before the roadmap tasks that need them.
enum BimtekCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = try SmartCityMain.locations(scanned, command: CommandName.bimtek.rawValue)
        let out = scanned.values["--out"] == nil ? nil
            : try SmartCityMain.outputFolder(scanned, command: CommandName.bimtek.rawValue, inputs: OutputPlacement.inputs(of: locations))
        let separator = try SmartCityMain.csvSeparator(scanned)
        let options = BimtekOptions(budget: try scanned.integer("--budget", in: 0...Int(Int32.max) * 1000),
                                    year: try scanned.integer("--year", in: 2000...2100),
                                    trainers: try scanned.integer("--trainers", in: 1...10_000))
        var timings: [StageTiming] = []
        let (plan, report, diagnostics) = Pipeline.cityPlan(locations, periodID: scanned.values["--period"], bimtekOptions: options,
                                                            withRoadmap: !scanned.flags.contains("--no-roadmap"), timings: &timings)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        if scanned.flags.contains("--timings") {
            stderr += "timings: " + timings.map { "\($0.stage.rawValue) \($0.seconds) s" }.joined(separator: ", ") + "\n"
        }
        guard let plan, let report, plan.bimtek != nil else {
            if report != nil, plan?.training == nil {
                stderr += "smartcity: " + l.pick(id: "tidak ada katalog pelatihan (indicators/training.json)", en: "no training catalog (indicators/training.json)") + "\n"
            }
            return CommandOutcome(status: .dataError, stderr: stderr)
        }
        var stdout = BimtekTextRenderer.render(plan, report: report, language: l)
        if let out {
            let result = BimtekOutputs.write(plan, report: report, to: out, languages: [l], csvSeparator: separator)
            for path in result.written { stdout += ReportText.written(path).text(l) + "\n" }
            if let failure = result.failure {
                stderr += "smartcity: " + failure.text(l) + "\n"
                return CommandOutcome(status: .writeError, stdout: stdout, stderr: stderr)
            }
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
