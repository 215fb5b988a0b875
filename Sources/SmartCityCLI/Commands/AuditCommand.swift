import SmartCityKit

/// `smartcity audit DIR [--opd ID]`: the changes imports made, from `audit.log`.
enum AuditCommand: Command {
    static let summary = LocalizedText(id: "menampilkan log audit: siapa mengubah apa, kapan, dari nilai berapa ke berapa",
                                       en: "prints the audit log: who changed what, when, from which value to which")

    struct Options: CommandOptions {
        let workspace: Argument<String> = .single("DIR")
        let opd: Option<String?> = .optional("--opd", .text("ID"), help: LocalizedText(id: "hanya perubahan untuk OPD ini", en: "only the changes for this OPD"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let opd = arguments[\.opd]
        let result = Pipeline.readAuditLog(workspace: arguments[\.workspace], opd: opd)
        let stderr = SmartCityMain.render(result.diagnostics, language: l)
        let stdout = result.diagnostics.hasErrors && result.total == 0 ? "" : AuditTextRenderer.render(result, opd: opd, language: l)
        return CommandOutcome(status: result.diagnostics.hasErrors ? .dataError : .ok, stdout: stdout, stderr: stderr)
    }
}
