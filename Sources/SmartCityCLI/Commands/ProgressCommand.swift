import SmartCityKit

/// `smartcity progress DIR`: the city's values per period, the changes since the previous
/// period and the forecast for the daring target.
enum ProgressCommand: Command {
    static let summary = LocalizedText(id: "kemajuan antarperiode: indeks, OPD daring, perubahan, prakiraan target OPD daring",
                                       en: "progress across periods: index, OPDs online-ready, changes, forecast of the online-ready target")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let period = SharedOptions.period(LocalizedText(id: "periode terakhir yang dihitung", en: "last period to include"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let (progress, inputs, diagnostics) = Pipeline.progress(arguments.locations, upTo: arguments[\.period])
        let stderr = SmartCityMain.render(diagnostics, language: l)
        guard let progress else { return CommandOutcome(status: .dataError, stderr: stderr) }
        return CommandOutcome(status: .ok, stdout: ProgressTextRenderer.render(progress, language: l, crosswalks: inputs?.allCrosswalks ?? []), stderr: stderr)
    }
}
