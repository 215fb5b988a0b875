import SmartCityKit

/// `smartcity audit DIR [--opd ID]`: the changes imports made, from `audit.log`.
enum AuditCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let directory = try scanned.single("DIR", command: CommandName.audit.rawValue)
        let opd = scanned.values["--opd"]
        let result = Pipeline.readAuditLog(workspace: directory, opd: opd)
        let stderr = SmartCityMain.render(result.diagnostics, language: l)
        let stdout = result.diagnostics.hasErrors && result.total == 0 ? "" : AuditTextRenderer.render(result, opd: opd, language: l)
        return CommandOutcome(status: result.diagnostics.hasErrors ? .dataError : .ok, stdout: stdout, stderr: stderr)
    }
}
