import SmartCityKit

/// `smartcity crosswalk DIR [--period P]`: the estimated starting point under the newer
/// method (Pemdi 2026) from an SPBE 2020 assessment, clearly labelled as an estimate.
enum CrosswalkCommand: Command {
    static let summary = LocalizedText(id: "PERKIRAAN profil Indeks Pemdi 2026 dari penilaian SPBE 2020 (pemetaan kami, bukan resmi)",
                                       en: "ESTIMATED Indeks Pemdi 2026 profile from an SPBE 2020 assessment (our crosswalk, not official)")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let period = SharedOptions.period(LocalizedText(id: "periode SPBE yang dipetakan", en: "SPBE period to map"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let (estimates, report, diagnostics) = Pipeline.crosswalk(arguments.locations, periodID: arguments[\.period])
        var stderr = SmartCityMain.render(diagnostics, language: l)
        guard let report else { return CommandOutcome(status: .dataError, stderr: stderr) }
        guard !estimates.isEmpty else {
            stderr += "smartcity: " + l.pick(id: "tidak ada pemetaan dari \(report.catalogs.index.id) di folder katalog",
                                             en: "no crosswalk from \(report.catalogs.index.id) in the catalog folder") + "\n"
            return CommandOutcome(status: .dataError, stderr: stderr)
        }
        let from = "\(report.catalogs.index.shortName.text(l)) (\(report.catalogs.index.version))"
        let stdout = estimates.map { CrosswalkTextRenderer.render($0, period: report.period.id, from: from, language: l) }.joined(separator: "\n")
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
