import SmartCityKit

/// One `smartcity` command: what it is for, the arguments and options it declares, and
/// what it does with them.
protocol Command {
    associatedtype Options: CommandOptions
    /// One line for the overview and for help.
    static var summary: LocalizedText { get }
    /// Runs the command on its checked, typed command line.
    static func execute(_ arguments: ParsedArguments<Options>, language: Language) throws(UsageError) -> CommandOutcome
}

extension Command {
    /// The command's syntax under the name the user types.
    static func syntax(named name: String) -> CommandSyntax {
        CommandSyntax(command: name, declaring: Options())
    }

    static func help(named name: String, language: Language) -> String {
        CommandHelp.text(syntax(named: name), summary: summary, language: language)
    }

    /// Scans the command line, answers `--help`, else types the values and executes. Help
    /// comes before typing so that `score --format xml --help` still helps.
    static func run(_ arguments: [String], named name: String, language: Language) throws(UsageError) -> CommandOutcome {
        let syntax = syntax(named: name)
        let scanned = try ScannedArguments.scan(arguments, syntax: syntax)
        if scanned.asksForHelp {
            return CommandOutcome(status: .ok, stdout: help(named: name, language: language))
        }
        return try execute(ParsedArguments(scanned, syntax: syntax, options: Options()), language: language)
    }
}
