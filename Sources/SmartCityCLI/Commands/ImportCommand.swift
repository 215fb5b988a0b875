import SmartCityKit

/// `smartcity import DIR FILE... [--by NAME] [--at YYYY-MM-DD] [--period P] [--force]`:
/// merges exported answer and service files into a period, all or nothing, and appends each
/// change to `audit.log`.
enum ImportCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let command = CommandName.importFiles.rawValue
        guard let directory = scanned.positionals.first else { throw .missingArgument(name: "DIR", command: command) }
        let files = Array(scanned.positionals.dropFirst())
        guard !files.isEmpty else { throw .missingArgument(name: "FILE", command: command) }
        var at: CalendarDate?
        if let text = scanned.values["--at"] {
            guard let date = CalendarDate(iso: text) else { throw .invalidValue(option: "--at", found: text, expected: "YYYY-MM-DD") }
            at = date
        }
        var by: String?
        if let text = scanned.values["--by"] {
            guard !trimmed(text).isEmpty else { throw .invalidValue(option: "--by", found: text, expected: l.pick(id: "nama", en: "a name")) }
            by = trimmed(text)
        }
        let locations = InputLocations(workspace: directory, indicators: scanned.values["--indicators"], policy: scanned.values["--policy"])
        let options = ImportOptions(files: files, periodID: scanned.values["--period"], by: by, at: at, force: scanned.flags.contains("--force"))
        let result = Pipeline.importAssessments(locations, options: options)
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

    /// The text without white space at either end.
    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
