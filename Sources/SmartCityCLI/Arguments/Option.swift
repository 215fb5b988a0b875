import SmartCityKit

/// One option of one command, declared once: its name, the kind of value it takes, what it
/// is when the command line leaves it out, and its help in both languages. The scanner,
/// the usage line and `--help` all read this declaration, and the command reads the value
/// through it (`arguments[\.format]`), so none of them can speak of an option the others
/// do not know.
struct Option<Value: Sendable>: OptionDeclaration {
    /// `--format`.
    let name: String
    /// How usage and help write the value (`table|csv|json`); nil for a flag, which takes none.
    let placeholder: String?
    let help: LocalizedText
    let absence: Absence
    private let read: @Sendable (String) throws(UsageError) -> Value

    /// What the option is when the command line leaves it out.
    enum Absence: Sendable {
        /// Nothing: the command line must give it.
        case required
        /// `value`; `shown` is what help says about it (nil: nothing, as for a flag).
        case value(Value, shown: LocalizedText?)
    }

    var isRequired: Bool {
        if case .required = absence { return true }
        return false
    }

    var shownDefault: LocalizedText? {
        if case .value(_, let shown) = absence { return shown }
        return nil
    }

    func value(given text: String?, command: String) throws(UsageError) -> any Sendable {
        guard let text else {
            switch absence {
            case .required: throw .missingOption(name, command: command)
            case .value(let value, _): return value
            }
        }
        return try read(text)
    }
}

extension Option {
    /// An option the command line must give; left out, it is a usage error naming it.
    static func required(_ name: String, _ kind: ValueKind<Value>, help: LocalizedText) -> Option {
        Option(name: name, placeholder: kind.placeholder, help: help, absence: .required, read: kind.reader(for: name))
    }

    /// An option that stands for `value` when left out; help shows that value.
    static func defaulted(_ name: String, _ kind: ValueKind<Value>, default value: Value, help: LocalizedText) -> Option {
        Option(name: name, placeholder: kind.placeholder, help: help,
               absence: .value(value, shown: LocalizedText(untranslated: kind.format(value))), read: kind.reader(for: name))
    }

    /// An option that may be left out: it is nil then, and `byDefault` tells help what the
    /// command does instead ("the latest period"), when there is something to tell.
    static func optional<Wrapped>(_ name: String, _ kind: ValueKind<Wrapped>, help: LocalizedText,
                                  byDefault: LocalizedText? = nil) -> Option where Value == Wrapped? {
        let read = kind.reader(for: name)
        return Option(name: name, placeholder: kind.placeholder, help: help, absence: .value(nil, shown: byDefault),
                      read: { (text: String) throws(UsageError) -> Wrapped? in try read(text) })
    }
}

extension Option where Value == Bool {
    /// A flag: true when given, false when not. It takes no value.
    static func flag(_ name: String, help: LocalizedText) -> Option {
        Option(name: name, placeholder: nil, help: help, absence: .value(false, shown: nil), read: { _ in true })
    }
}
