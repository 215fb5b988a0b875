import SmartCityKit

/// The command-line front end: parses arguments into a command's options, calls the
/// library, and returns what to print and the exit status. It never prints or exits
/// itself, so tests run every command in-process.
public enum SmartCityMain {
    public static let version = OutputManifest.toolVersion

    /// Runs one command line (without the program name).
    public static func run(_ arguments: [String]) -> CommandOutcome {
        let language = detectLanguage(arguments)
        do {
            return try dispatch(arguments, language: language)
        } catch {
            let help = language.pick(id: "Lihat `smartcity --help`.", en: "See `smartcity --help`.")
            let label = language.pick(id: "galat penggunaan", en: "usage error")
            return CommandOutcome(status: .usage, stderr: "smartcity: \(label): \(error.text(language))\n\(help)\n")
        }
    }

    /// `--lang` is looked for before parsing, so even a usage error speaks the chosen
    /// language; an invalid value is reported by the command's own parsing.
    static func detectLanguage(_ arguments: [String]) -> Language {
        for (i, a) in arguments.enumerated() {
            // `--lang id,en` (run: pages in both languages) speaks the first.
            if a.hasPrefix("--lang=") { return Language(rawValue: String(a.dropFirst(7).prefix(2))) ?? .id }
            if a == "--lang", i + 1 < arguments.count { return Language(rawValue: String(arguments[i + 1].prefix(2))) ?? .id }
        }
        return .id
    }

    static func dispatch(_ arguments: [String], language: Language) throws(UsageError) -> CommandOutcome {
        guard let first = arguments.first else {
            return CommandOutcome(status: .usage, stderr: CommandName.overview(language))
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let c = CommandName(rawValue: arguments[1]) {
                return CommandOutcome(status: .ok, stdout: c.helpText(language))
            }
            return CommandOutcome(status: .ok, stdout: CommandName.overview(language))
        case "--version":
            return CommandOutcome(status: .ok, stdout: "smartcity \(version)\n")
        default: break
        }
        if first.hasPrefix("-"), arguments.count >= 1, first.hasPrefix("--lang") {
            // `smartcity --lang en` alone, or before the command.
            let rest = Array(arguments.dropFirst(first.contains("=") ? 1 : 2))
            guard !rest.isEmpty else { return CommandOutcome(status: .ok, stdout: CommandName.overview(language)) }
            return try dispatch(rest + [first.contains("=") ? first : "--lang", language.rawValue].suffix(first.contains("=") ? 1 : 2), language: language)
        }
        guard let command = CommandName(rawValue: first) else {
            throw .unknownCommand(first, suggestion: ScannedArguments.closest(first, CommandName.allCases.map(\.rawValue)))
        }
        let scanned = try ScannedArguments.scan(Array(arguments.dropFirst()), command: command.rawValue, options: command.options)
        if scanned.flags.contains("--help") { return CommandOutcome(status: .ok, stdout: command.helpText(language)) }
        _ = try scanned.choice("--lang", Language.allCases.map(\.rawValue) + (command == .run ? ["id,en", "en,id"] : []))
        switch command {
        case .initWorkspace: return try InitCommand.execute(scanned, language: language)
        case .validate: return try ValidateCommand.execute(scanned, language: language)
        case .importFiles: return try ImportCommand.execute(scanned, language: language)
        case .audit: return try AuditCommand.execute(scanned, language: language)
        case .score: return try ScoreCommand.execute(scanned, language: language)
        case .run: return try RunCommand.execute(scanned, language: language)
        case .generate: return try GenerateCommand.execute(scanned, language: language)
        case .explain: return try ExplainCommand.execute(scanned, language: language)
        case .progress: return try ProgressCommand.execute(scanned, language: language)
        case .roadmap: return try RoadmapCommand.execute(scanned, language: language)
        case .bimtek: return try BimtekCommand.execute(scanned, language: language)
        case .crosswalk: return try CrosswalkCommand.execute(scanned, language: language)
        case .form: return try FormCommand.execute(scanned, language: language)
        case .schedule: return try ScheduleCommand.execute(scanned, language: language)
        }
    }

    /// The findings as compiler-style text, with quoted source lines.
    static func render(_ diagnostics: [Diagnostic], language: Language) -> String {
        let renderer = DiagnosticRenderer(language: language, sources: DiagnosticRenderer.sources(for: diagnostics))
        return renderer.render(diagnostics)
    }

    static func locations(_ scanned: ScannedArguments, command: String) throws(UsageError) -> InputLocations {
        InputLocations(workspace: try scanned.single("DIR", command: command),
                       indicators: scanned.values["--indicators"], policy: scanned.values["--policy"])
    }

    /// `--out` of a command that writes a folder: never among the inputs (`OutputPlacement`).
    static func outputFolder(_ scanned: ScannedArguments, command: String, inputs: [(path: String, kind: OutputPlacement.InputKind)]) throws(UsageError) -> String {
        guard let out = scanned.values["--out"] else { throw .missingOption("--out", command: command) }
        if let problem = OutputPlacement.checkFolder(out, inputs: inputs) { throw .output(problem) }
        return out
    }

    static func csvSeparator(_ scanned: ScannedArguments) throws(UsageError) -> Character {
        switch try scanned.choice("--csv-sep", [",", ";", "comma", "semicolon"]) {
        case ";"?, "semicolon"?: return ";"
        default: return ","
        }
    }
}
