/// What a JSON value is, or what a data file expected to find, named for messages.
public enum ExpectedValue: Sendable, Hashable {
    case object
    case array
    case string
    case number
    case wholeNumber
    case bool
    case null
    /// `{"id": "…", "en": "…"}`.
    case bilingualText
    /// `YYYY-MM-DD`.
    case date
    /// One of a fixed set of words.
    case oneOf([String])

    public func text(_ language: Language) -> String {
        switch self {
        case .object: return language.pick(id: "objek", en: "an object")
        case .array: return language.pick(id: "larik (array)", en: "an array")
        case .string: return language.pick(id: "teks", en: "a string")
        case .number: return language.pick(id: "angka", en: "a number")
        case .wholeNumber: return language.pick(id: "bilangan bulat", en: "a whole number")
        case .bool: return language.pick(id: "true/false", en: "true/false")
        case .null: return "null"
        case .bilingualText:
            return language.pick(id: "teks dwibahasa {\"id\": …, \"en\": …}", en: "a bilingual text {\"id\": …, \"en\": …}")
        case .date: return language.pick(id: "tanggal TTTT-BB-HH", en: "a date YYYY-MM-DD")
        case .oneOf(let words):
            let list = words.map { "\"\($0)\"" }.joined(separator: ", ")
            return language.pick(id: "salah satu dari \(list)", en: "one of \(list)")
        }
    }

    /// The kind of a value found in a document.
    static func kind(of node: JSONNode) -> ExpectedValue {
        switch node.value {
        case .object: return .object
        case .array: return .array
        case .string: return .string
        case .number: return .number
        case .bool: return .bool
        case .null: return .null
        }
    }
}
