import SmartCityKit

/// An option as the scanner and help see it, whatever the type of its value.
protocol OptionDeclaration: Sendable {
    /// `--format`.
    var name: String { get }
    /// How usage and help write the value; nil for a flag.
    var placeholder: String? { get }
    var help: LocalizedText { get }
    var isRequired: Bool { get }
    /// What help says the option is when left out, if anything.
    var shownDefault: LocalizedText? { get }
    /// The typed value: from `text` as given, or, when nil, as declared for its absence.
    func value(given text: String?, command: String) throws(UsageError) -> any Sendable
}

extension OptionDeclaration {
    /// The option as usage and help write it: `--format table|csv|json`, `--timings`.
    var synopsis: String {
        name + (placeholder.map { " " + $0 } ?? "")
    }
}

/// A positional argument as the parser sees it, whatever the type of its value.
protocol ArgumentDeclaration: Sendable {
    var name: String { get }
    var usage: String { get }
    /// Its value from the positional arguments not yet taken, and how many it took.
    func take(_ positionals: ArraySlice<String>, command: String) throws(UsageError) -> (value: any Sendable, count: Int)
}

/// All a command's command line may hold, in the order declared: what the scanner checks
/// against, and what the usage line and help print.
struct CommandSyntax: Sendable {
    /// `score`.
    let command: String
    let arguments: [any ArgumentDeclaration]
    /// The command's options, then `--help`, which every command has.
    let options: [any OptionDeclaration]

    /// Answered by the front end before anything else is checked, so help works even on
    /// a command line that is wrong otherwise.
    static let help = Option.flag("--help", help: LocalizedText(id: "tampilkan bantuan ini", en: "show this help"))

    init(command: String, declaring declarations: some CommandOptions) {
        let properties = Self.declarations(in: declarations)
        self.command = command
        arguments = properties.compactMap { $0 as? any ArgumentDeclaration }
        options = properties.compactMap { $0 as? any OptionDeclaration } + [Self.help]
        // Values are kept by name: two declarations of one name would read each other's.
        let names = options.map(\.name) + arguments.map(\.name)
        precondition(Set(names).count == names.count, "\(command) declares a name twice")
    }

    /// The stored properties of `value`, those of an option group in its place.
    private static func declarations(in value: Any) -> [Any] {
        Mirror(reflecting: value).children.flatMap { child in
            child.value is any OptionGroup ? declarations(in: child.value) : [child.value]
        }
    }

    func option(named name: String) -> (any OptionDeclaration)? {
        options.first { $0.name == name }
    }

    /// The usage line as words, each kept whole when help wraps the line: `smartcity`,
    /// `score`, `DIR`, `[--format table|csv|json]`. `--help` goes without saying.
    var usageWords: [String] {
        ["smartcity", command] + arguments.map(\.usage) + options.filter { $0.name != Self.help.name }.map { option in
            option.isRequired ? option.synopsis : "[" + option.synopsis + "]"
        }
    }
}
