import SmartCityKit

/// `smartcity validate DIR`: every finding of every input, nothing written.
enum ValidateCommand: Command {
    static let summary = LocalizedText(id: "memeriksa katalog, kebijakan, daftar OPD dan semua periode; melaporkan semua galat sekaligus",
                                       en: "checks catalogs, policy, OPD list and every period; reports all errors at once")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let result = Pipeline.validate(arguments.locations)
        let stderr = SmartCityMain.render(result.diagnostics, language: l)
        guard !result.diagnostics.hasErrors else { return CommandOutcome(status: .dataError, stderr: stderr) }
        let stdout = l.pick(
            id: "Data sah: \(result.opdCount) OPD, periode \(result.periods.joined(separator: ", ")); metode \(result.methods.joined(separator: "; "))\n",
            en: "Valid: \(result.opdCount) OPDs, periods \(result.periods.joined(separator: ", ")); methods \(result.methods.joined(separator: "; "))\n")
        let kinds = RuleKind.allCases.map { "\(ExplainText.kind($0).text(l)) \(result.ruleCounts[$0] ?? 0)" }.joined(separator: ", ")
        let rules = l.pick(id: "Aturan: \(kinds)\n", en: "Rules: \(kinds)\n")
        let evidence = result.evidence.map {
            EvidenceText.registerSummary(period: $0.period, listed: $0.listed, accepted: $0.accepted, assessorValues: $0.assessorValues,
                                         externalIndices: $0.externalIndices).text(l) + "\n"
        }.joined()
        return CommandOutcome(status: .ok, stdout: stdout + rules + evidence, stderr: stderr)
    }
}
