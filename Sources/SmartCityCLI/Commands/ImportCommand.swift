import SmartCityKit

/// `smartcity import DIR FILE... [--by NAME] [--at YYYY-MM-DD] [--period P] [--force]`:
/// merges exported answer and service files into a period, all or nothing, and appends each
/// change to `audit.log`.
enum ImportCommand: Command {
    static let summary = LocalizedText(id: "menggabungkan berkas jawaban/layanan ke satu periode, semua atau tidak sama sekali, dan mencatatnya di audit.log",
                                       en: "merges answer/service files into a period, all or nothing, and records each change in audit.log")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let files: Argument<[String]> = .list("FILE")
        let period = SharedOptions.period(LocalizedText(id: "periode tujuan; nama baru membuat periode baru", en: "period to merge into; a new name makes a new period"))
        let by: Option<String?> = .optional("--by", .name("NAME"), help: LocalizedText(
            id: "siapa yang membuat perubahan, untuk baris tanpa kolom \"oleh\"", en: "who made the changes, for rows without a \"by\" column"))
        let at: Option<CalendarDate?> = .optional("--at", .date, help: LocalizedText(
            id: "tanggal perubahan, untuk baris tanpa kolom \"tanggal\"", en: "date of the changes, for rows without a \"date\" column"))
        let force: Option<Bool> = .flag("--force", help: LocalizedText(
            id: "boleh menimpa tingkat verifikasi yang berbeda (tercatat di audit.log)", en: "allow replacing a different verified level (recorded in audit.log)"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let options = ImportOptions(files: arguments[\.files], periodID: arguments[\.period], by: arguments[\.by], at: arguments[\.at], force: arguments[\.force])
        let result = Pipeline.importAssessments(arguments.locations, options: options)
        var stderr = SmartCityMain.render(result.diagnostics, language: l)
        guard !result.diagnostics.hasErrors else { return CommandOutcome(status: .dataError, stderr: stderr) }
        if let failure = result.writeFailure {
            stderr += "smartcity: " + failure.text(l) + "\n"
            return CommandOutcome(status: .writeError, stderr: stderr)
        }
        let period = result.period ?? ""
        guard !result.changes.isEmpty else {
            return CommandOutcome(status: .ok, stdout: AuditText.nothingChanged(period: period).text(l) + "\n", stderr: stderr)
        }
        let log = result.written.last ?? AuditLog.fileName
        let stdout = AuditText.imported(changes: result.changes.count, files: result.written.count - 1, period: period, log: log).text(l)
            + "\n\n" + AuditTextRenderer.table(result.changes, language: l)
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
