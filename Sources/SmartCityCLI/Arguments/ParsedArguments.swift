import SmartCityKit

/// The command line of one command, checked and typed. A command reads each value through
/// the property that declares it — `arguments[\.format]`, `arguments[\.workspace]` — so it
/// can read only what it declared, and gets the declared type, default included.
struct ParsedArguments<Options: CommandOptions>: Sendable {
    /// The command's declarations, to name an option in a message (`options.out.name`).
    let options: Options
    /// `score`, for messages.
    let command: String
    /// Every declared argument and option, by name: options start with `--`, arguments never.
    private let values: [String: any Sendable]

    /// Types the scanned command line: the positional arguments in order (one missing or
    /// one too many is a usage error), then each option in declaration order (a required
    /// one missing, or a value not of its kind, is a usage error naming the option).
    init(_ scanned: ScannedArguments, syntax: CommandSyntax, options: Options) throws(UsageError) {
        var values: [String: any Sendable] = [:]
        var rest = scanned.positionals[...]
        for argument in syntax.arguments {
            let (value, count) = try argument.take(rest, command: syntax.command)
            values[argument.name] = value
            rest = rest.dropFirst(count)
        }
        if let extra = rest.first { throw .unexpectedArgument(extra, command: syntax.command) }
        for option in syntax.options {
            let given = option.placeholder == nil ? (scanned.flags.contains(option.name) ? "" : nil) : scanned.values[option.name]
            values[option.name] = try option.value(given: given, command: syntax.command)
        }
        self.options = options
        self.command = syntax.command
        self.values = values
    }

    /// The value of a declared option: as given, else its default (nil for an optional one).
    subscript<Value>(option: KeyPath<Options, Option<Value>>) -> Value {
        value(named: options[keyPath: option].name)
    }

    /// The value of a declared positional argument.
    subscript<Value>(argument: KeyPath<Options, Argument<Value>>) -> Value {
        value(named: options[keyPath: argument].name)
    }

    private func value<Value>(named name: String) -> Value {
        // Every stored declaration got a value above, of its own type; only a computed
        // property, which reflection does not see, can miss.
        guard let value = values[name] as? Value else {
            preconditionFailure("\(name) is not a stored property of \(Options.self), so it was never parsed")
        }
        return value
    }
}
