import SmartCityKit

/// A positional argument of a command — the workspace folder, the files to import —
/// declared, like an option, once: its name, how many it takes, and so its usage.
struct Argument<Value: Sendable>: ArgumentDeclaration {
    /// `DIR`, as the message about a missing one names it.
    let name: String
    /// As the usage line writes it: `DIR`, `FILE...`.
    let usage: String
    private let takesTheRest: Bool

    func take(_ positionals: ArraySlice<String>, command: String) throws(UsageError) -> (value: any Sendable, count: Int) {
        guard let first = positionals.first else { throw .missingArgument(name: name, command: command) }
        return takesTheRest ? (Array(positionals), positionals.count) : (first, 1)
    }
}

extension Argument where Value == String {
    /// Exactly one argument.
    static func single(_ name: String) -> Argument {
        Argument(name: name, usage: name, takesTheRest: false)
    }
}

extension Argument where Value == [String] {
    /// One argument or more: all that are left. `shown` is how usage writes one of them,
    /// when that says more than the name (`FILE.sm|DIR`).
    static func list(_ name: String, shown: String? = nil) -> Argument {
        Argument(name: name, usage: (shown ?? name) + "...", takesTheRest: true)
    }
}
