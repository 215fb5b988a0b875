import SmartCityKit

/// `smartcity period new DIR --from P --to Q`: next year's period started from this year's
/// (the evidence register carried over, expired items reset with the reason).
enum PeriodCommand: Command {
    static let summary = LocalizedText(id: "periode baru dari periode lalu: butir diterima dibawa, yang kedaluwarsa direset dengan alasannya",
                                       en: "a new period from the last one: accepted items carried over, expired ones reset with the reason")

    struct Options: ReadsWorkspace {
        let action: Argument<String> = .single("new")
        let inputs = WorkspaceInputs()
        let from: Option<String> = .required("--from", .text("P"), help: LocalizedText(id: "periode asal (dengan evidence.csv)", en: "the period to start from (with an evidence.csv)"))
        let to: Option<String> = .required("--to", .text("Q"), help: LocalizedText(id: "periode baru (YYYY-MM atau YYYY-MM-DD), foldernya belum berisi berkas",
                                                                                 en: "the new period (YYYY-MM or YYYY-MM-DD), whose folder holds no file yet"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        guard arguments[\.action] == "new" else { throw .unexpectedArgument(arguments[\.action], command: "period") }
        let result = Pipeline.newPeriod(arguments.locations, from: arguments[\.from], to: arguments[\.to], language: l)
        var stderr = SmartCityMain.render(result.diagnostics, language: l)
        if let failure = result.writeFailure {
            stderr += "smartcity: " + failure.text(l) + "\n"
            return CommandOutcome(status: .writeError, stderr: stderr)
        }
        guard let carryOver = result.carryOver, !result.diagnostics.hasErrors else { return CommandOutcome(status: .dataError, stderr: stderr) }
        var stdout = CarryOverText.summary(from: arguments[\.from], to: arguments[\.to], carried: carryOver.items.filter { $0.outcome == .carried }.count,
                                           reset: carryOver.items.filter { $0.status == .belum }.count,
                                           reopened: carryOver.items.filter { $0.status == .draf }.count, files: result.written.count).text(l) + "\n"
        let reset = carryOver.items.filter { $0.status == .belum }
        if !reset.isEmpty {
            stdout += CarryOverText.resetHeading.text(l) + "\n"
            for item in reset { stdout += "  \(item.entry.code): " + CarryOverText.reason(item.outcome, from: arguments[\.from]).text(l) + "\n" }
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
