import SmartCityKit

/// `smartcity progress DIR`: the city's values per period, the changes since the previous
/// period and the forecast for the daring target.
enum ProgressCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = try SmartCityMain.locations(scanned, command: CommandName.progress.rawValue)
        let (progress, inputs, diagnostics) = Pipeline.progress(locations, upTo: scanned.values["--period"])
        let stderr = SmartCityMain.render(diagnostics, language: l)
        guard let progress else { return CommandOutcome(status: .dataError, stderr: stderr) }
        return CommandOutcome(status: .ok, stdout: ProgressTextRenderer.render(progress, language: l, crosswalks: inputs?.allCrosswalks ?? []), stderr: stderr)
    }
}
