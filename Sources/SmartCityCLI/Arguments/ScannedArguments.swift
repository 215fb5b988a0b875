import SmartCityKit

/// The command line of one command split into positional arguments, option values and
/// flags, checked against the options the command declares — but not yet typed: `--help`
/// is answered from here, before a value is judged.
///
/// Accepts `--name value` and `--name=value`; `--` ends options. Small on purpose: the
/// users asked for no third-party packages, and the tool needs nothing more.
struct ScannedArguments: Sendable {
    var positionals: [String] = []
    /// The text given for each option that takes a value.
    var values: [String: String] = [:]
    /// The flags given. A flag given twice means what it means once, so it is not refused.
    var flags: Set<String> = []

    static func scan(_ arguments: [String], syntax: CommandSyntax) throws(UsageError) -> ScannedArguments {
        var out = ScannedArguments()
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            guard !optionsEnded, argument.hasPrefix("-"), argument != "-" else {
                out.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument
            var inline: String?
            if let eq = argument.firstIndex(of: "=") {
                name = String(argument[..<eq])
                inline = String(argument[argument.index(after: eq)...])
            }
            guard let option = syntax.option(named: name) else {
                throw .unknownOption(name, command: syntax.command,
                                     suggestion: Suggestion.closest(to: name, in: syntax.options.map(\.name)))
            }
            if option.placeholder == nil {
                guard inline == nil else { throw .invalidValue(option: name, found: inline ?? "", expected: LocalizedText(untranslated: "—")) }
                out.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                // A value may start with one dash (`-5`), never with two: that is the next option.
                guard i < arguments.count, !(arguments[i].hasPrefix("--") && arguments[i].count > 2) else { throw .missingValue(option: name) }
                value = arguments[i]
                i += 1
            }
            guard out.values[name] == nil else { throw .repeatedOption(name) }
            out.values[name] = value
        }
        return out
    }

    /// Whether the command line asks for the command's help.
    var asksForHelp: Bool {
        flags.contains(CommandSyntax.help.name)
    }
}
