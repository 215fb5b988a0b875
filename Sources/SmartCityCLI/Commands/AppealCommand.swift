import SmartCityKit

/// `smartcity appeal DIR [--period P]`: the appeal sheet for the interview, as Markdown (the
/// same page `run` writes to `appeal/`, for printing on A4).
enum AppealCommand: Command {
    static let summary = LocalizedText(id: "lembar sanggah untuk interviu Indeks Pemdi: klaim kota, hasil asesor, butir revisi, poin dipertaruhkan",
                                       en: "appeal sheet for the Indeks Pemdi interview: the city's claim, the assessor's result, items in revision, points at stake")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let period = SharedOptions.period(LocalizedText(id: "periode yang disanggah (bawaan: yang terakhir)", en: "period to appeal (default: the latest)"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let (sheet, report, diagnostics) = Pipeline.appeal(arguments.locations, periodID: arguments[\.period], language: l)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        guard let report else { return CommandOutcome(status: .dataError, stderr: stderr) }
        guard let sheet else {
            stderr += "smartcity: " + AppealText.notFromEvidence(period: report.period.id, method: report.catalogs.index.id).text(l) + "\n"
            return CommandOutcome(status: .dataError, stderr: stderr)
        }
        return CommandOutcome(status: .ok, stdout: MarkdownRenderer.render(sheet), stderr: stderr)
    }
}
