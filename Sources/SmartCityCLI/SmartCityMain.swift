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
        let option = SharedOptions.language.name
        for (i, a) in arguments.enumerated() {
            // `--lang id,en` (run: pages in both languages) speaks the first.
            if a.hasPrefix(option + "=") { return Language(rawValue: String(a.dropFirst(option.count + 1).prefix(2))) ?? .id }
            if a == option, i + 1 < arguments.count { return Language(rawValue: String(arguments[i + 1].prefix(2))) ?? .id }
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
            // Moved after the command as given, so the command checks it (`--lang fr`) and keeps
            // every language it names (`--lang id,en`).
            return try dispatch(rest + arguments.prefix(first.contains("=") ? 1 : 2), language: language)
        }
        guard let command = CommandName(rawValue: first) else {
            throw .unknownCommand(first, suggestion: Suggestion.closest(to: first, in: CommandName.allCases.map(\.rawValue)))
        }
        return try command.run(Array(arguments.dropFirst()), language: language)
    }

    /// The findings as compiler-style text, with quoted source lines.
    static func render(_ diagnostics: [Diagnostic], language: Language) -> String {
        let renderer = DiagnosticRenderer(language: language, sources: DiagnosticRenderer.sources(for: diagnostics))
        return renderer.render(diagnostics)
    }

    /// The `--out` folder of a command that writes one: never among the inputs (`OutputPlacement`).
    static func outputFolder(_ path: String, inputs: [(path: String, kind: OutputPlacement.InputKind)]) throws(UsageError) -> String {
        if let problem = OutputPlacement.checkFolder(path, inputs: inputs) { throw .output(problem) }
        return path
    }

    /// The `--out` folder of a command that writes one only when asked: checked when given.
    static func outputFolder(_ path: String?, inputs: [(path: String, kind: OutputPlacement.InputKind)]) throws(UsageError) -> String? {
        guard let path else { return nil }
        let folder: String = try outputFolder(path, inputs: inputs)
        return folder
    }
}
