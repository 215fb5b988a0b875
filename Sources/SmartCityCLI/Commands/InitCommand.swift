import SmartCityKit

/// `smartcity init DIR --city "Kota X" --period YYYY-MM`: a new workspace for another city.
enum InitCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let command = CommandName.initWorkspace.rawValue
        let directory = try scanned.single("DIR", command: command)
        guard let city = scanned.values["--city"], !ImportCommand.trimmed(city).isEmpty else { throw .missingOption("--city", command: command) }
        guard let period = scanned.values["--period"] else { throw .missingOption("--period", command: command) }
        guard CalendarDate(endOfMonth: period) != nil || CalendarDate(iso: period) != nil else {
            throw .invalidValue(option: "--period", found: period, expected: "YYYY-MM")
        }
        if let id = scanned.values["--id"], !isValidID(id) {
            throw .invalidValue(option: "--id", found: id, expected: "a-z, 0-9, -")
        }
        let options = InitOptions(directory: directory, cityName: ImportCommand.trimmed(city), cityID: scanned.values["--id"], period: period,
                                  indicators: scanned.values["--indicators"] ?? "indicators")
        let result = Pipeline.createWorkspace(options)
        var stderr = SmartCityMain.render(result.diagnostics, language: l)
        if let failure = result.writeFailure {
            stderr += "smartcity: " + failure.text(l) + "\n"
            return CommandOutcome(status: .writeError, stderr: stderr)
        }
        guard !result.diagnostics.hasErrors else { return CommandOutcome(status: .dataError, stderr: stderr) }
        let stdout = AuditText.created(city: options.cityName, directory: directory, period: period, catalogs: result.indicatorsRecorded).text(l) + "\n\n"
            + AuditText.nextSteps(directory: directory, period: period).text(l) + "\n"
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }

    /// The policy's city id: lower-case letters, digits and hyphens, as OPD ids.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
