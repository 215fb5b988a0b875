import SmartCityKit

/// A mistake in the command line, rendered in the user's language with a pointer to help.
public enum UsageError: Error, Sendable, Hashable {
    case unknownCommand(String, suggestion: String?)
    case missingCommand
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String)
    /// `expected` says, in both languages, what a valid value looks like.
    case invalidValue(option: String, found: String, expected: LocalizedText)
    case repeatedOption(String)
    case missingArgument(name: String, command: String)
    case unexpectedArgument(String, command: String)
    case missingOption(String, command: String)
    /// An output path among the inputs, or a folder a person lives in.
    case output(OutputPlacement.Problem)

    /// `; did you mean "score"?` after a word not known, when one close to it is; else nothing.
    static func didYouMean(_ suggestion: String?) -> LocalizedText {
        guard let suggestion else { return LocalizedText(untranslated: "") }
        return LocalizedText(id: "; maksudnya \"\(suggestion)\"?", en: "; did you mean \"\(suggestion)\"?")
    }

    public func text(_ l: Language) -> String {
        func hint(_ s: String?) -> String { Self.didYouMean(s).text(l) }
        switch self {
        case .unknownCommand(let c, let s):
            return l.pick(id: "perintah \"\(c)\" tidak dikenal\(hint(s))", en: "unknown command \"\(c)\"\(hint(s))")
        case .missingCommand:
            return l.pick(id: "perintah belum diberikan", en: "no command given")
        case .unknownOption(let o, let c, let s):
            return l.pick(id: "opsi \"\(o)\" tidak dikenal untuk perintah \(c)\(hint(s))", en: "unknown option \"\(o)\" for command \(c)\(hint(s))")
        case .missingValue(let o):
            return l.pick(id: "opsi \(o) memerlukan nilai", en: "option \(o) needs a value")
        case .invalidValue(let o, let found, let expected):
            return l.pick(id: "nilai \"\(found)\" untuk \(o) tidak sah; seharusnya \(expected.id)",
                          en: "value \"\(found)\" for \(o) is not valid; expected \(expected.en)")
        case .repeatedOption(let o):
            return l.pick(id: "opsi \(o) diberikan lebih dari sekali", en: "option \(o) is given more than once")
        case .missingArgument(let name, let c):
            return l.pick(id: "perintah \(c) memerlukan \(name)", en: "command \(c) needs \(name)")
        case .unexpectedArgument(let a, let c):
            return l.pick(id: "argumen \"\(a)\" tidak diharapkan oleh perintah \(c)", en: "unexpected argument \"\(a)\" for command \(c)")
        case .missingOption(let o, let c):
            return l.pick(id: "perintah \(c) memerlukan opsi \(o)", en: "command \(c) needs option \(o)")
        case .output(let problem):
            return problem.text(l)
        }
    }
}
