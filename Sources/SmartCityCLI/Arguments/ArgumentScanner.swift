import SmartCityKit

/// An option a command accepts.
struct OptionSpec: Sendable {
    /// `--period`.
    var name: String
    /// Shown in help (`P`); nil for a flag without value.
    var valueName: String?
    var help: LocalizedText
}

/// The command line of one command, split into positional arguments, option values and
/// flags, checked against the command's options.
///
/// Accepts `--name value` and `--name=value`; `--` ends options. Small on purpose: the
/// users asked for no third-party packages, and the tool needs nothing more.
struct ScannedArguments: Sendable {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    static func scan(_ arguments: [String], command: String, options: [OptionSpec]) throws(UsageError) -> ScannedArguments {
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
            guard let spec = options.first(where: { $0.name == name }) else {
                throw .unknownOption(name, command: command, suggestion: closest(name, options.map(\.name)))
            }
            if spec.valueName == nil {
                guard inline == nil else { throw .invalidValue(option: name, found: inline ?? "", expected: "—") }
                out.flags.insert(name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard i < arguments.count, !(arguments[i].hasPrefix("--") && arguments[i].count > 2) else { throw .missingValue(option: name) }
                value = arguments[i]
                i += 1
            }
            guard out.values[name] == nil else { throw .repeatedOption(name) }
            out.values[name] = value
        }
        return out
    }

    static func closest(_ word: String, _ candidates: [String]) -> String? {
        Suggestion.closest(to: word, in: candidates)
    }

    /// One positional argument (the workspace folder), or a usage error.
    func single(_ name: String, command: String) throws(UsageError) -> String {
        guard let first = positionals.first else { throw .missingArgument(name: name, command: command) }
        guard positionals.count == 1 else { throw .unexpectedArgument(positionals[1], command: command) }
        return first
    }

    func none(command: String) throws(UsageError) {
        if let first = positionals.first { throw .unexpectedArgument(first, command: command) }
    }

    /// The value of an option that must be one of `allowed`.
    func choice(_ option: String, _ allowed: [String]) throws(UsageError) -> String? {
        guard let v = values[option] else { return nil }
        guard allowed.contains(v) else {
            throw .invalidValue(option: option, found: v, expected: allowed.joined(separator: " | "))
        }
        return v
    }

    /// The value of an option that must be a whole number in `range`.
    func integer(_ option: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let v = values[option] else { return nil }
        guard let n = Int(v), range.contains(n) else {
            throw .invalidValue(option: option, found: v, expected: "\(range.lowerBound)…\(range.upperBound)")
        }
        return n
    }
}
