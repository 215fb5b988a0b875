import SmartCityKit

/// `smartcity init DIR --city "Kota X" --period YYYY-MM`: a new workspace for another city.
enum InitCommand: Command {
    static let summary = LocalizedText(id: "membuat ruang kerja baru untuk kota lain: kebijakan nasional, opds.csv contoh, periode pertama",
                                       en: "makes a new workspace for another city: national policy, example opds.csv, first period")

    struct Options: CommandOptions {
        let directory: Argument<String> = .single("DIR")
        let city: Option<String> = .required("--city", .text("NAME"), help: LocalizedText(
            id: "nama kota/kabupaten, mis. \"Kota Batu\"", en: "the city's name, e.g. \"Kota Batu\""))
        let id: Option<String?> = .optional("--id", .text("ID", expected: LocalizedText(untranslated: "a-z, 0-9, -"), where: InitCommand.isValidID),
                                            help: LocalizedText(id: "id kota di kebijakan", en: "the city's id in the policy"),
                                            byDefault: LocalizedText(id: "dari nama, mis. kota-batu", en: "from the name, e.g. kota-batu"))
        /// Named as the period folder will be; a full date is taken too, as it always was.
        let period: Option<String> = .required(
            "--period", .text("YYYY-MM", expected: LocalizedText(untranslated: "YYYY-MM"), where: { CalendarDate(endOfMonth: $0) != nil || CalendarDate(iso: $0) != nil }),
            help: LocalizedText(id: "periode penilaian pertama; jam sistem tidak dibaca", en: "the first assessment period; the clock is never read"))
        let indicators: Option<String> = .defaulted("--indicators", .path("DIR"), default: "indicators", help: LocalizedText(
            id: "folder katalog yang dicatat di workspace.json", en: "catalog folder recorded in workspace.json"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let directory = arguments[\.directory]
        // A blank name is no name: the same message as none at all.
        let city = arguments[\.city].trimmingWhiteSpace
        guard !city.isEmpty else { throw .missingOption(arguments.options.city.name, command: arguments.command) }
        let period = arguments[\.period]
        let options = InitOptions(directory: directory, cityName: city, cityID: arguments[\.id], period: period,
                                  indicators: arguments[\.indicators])
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
