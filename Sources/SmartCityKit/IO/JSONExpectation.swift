/// What the JSON reader expected where it stopped, said in the reader's language.
public enum JSONExpectation: Sendable, Hashable {
    case value
    /// At the start of a value: any of the six kinds.
    case anyValue
    /// A literal word (`true`, `false`, `null`).
    case word(String)
    /// The closing quote of the string opened at this position.
    case closingQuote(line: Int, column: Int)
    case escape
    /// A key, or `}` closing the object opened on this line.
    case keyOrClose(line: Int)
    case key
    case colon
    case colonAfterKey(String)
    /// `,` or the character closing the object or array opened on this line.
    case commaOrClose(JSONContainer, line: Int)
    /// Another key or value after a `,` (not the closing character).
    case nextAfterComma(JSONContainer)
    case commaOr(JSONContainer)

    func text(_ l: Language) -> String {
        switch self {
        case .value: return l.pick(id: "sebuah nilai", en: "a value")
        case .anyValue:
            return l.pick(id: "sebuah nilai (objek, larik, teks, angka, true, false, null)",
                          en: "a value (object, array, string, number, true, false, null)")
        case .word(let w): return "\"\(w)\""
        case .closingQuote(let line, let column):
            return l.pick(id: "tanda kutip penutup teks yang dibuka di baris \(line), kolom \(column)",
                          en: "the closing quote of the string opened on line \(line), column \(column)")
        case .escape: return l.pick(id: "sebuah escape", en: "an escape")
        case .keyOrClose(let line):
            return l.pick(id: "kunci dalam tanda kutip atau \"}\" untuk menutup objek yang dibuka di baris \(line)",
                          en: "a key in quotes or \"}\" to close the object opened on line \(line)")
        case .key: return l.pick(id: "kunci dalam tanda kutip", en: "a key in quotes")
        case .colon: return "\":\""
        case .colonAfterKey(let key): return l.pick(id: "\":\" sesudah kunci \"\(key)\"", en: "\":\" after the key \"\(key)\"")
        case .commaOrClose(let container, let line):
            return l.pick(id: "\",\" atau \"\(container.closingText)\" untuk menutup \(container.noun(.id)) yang dibuka di baris \(line)",
                          en: "\",\" or \"\(container.closingText)\" to close the \(container.noun(.en)) opened on line \(line)")
        case .nextAfterComma(.object):
            return l.pick(id: "kunci berikutnya sesudah \",\" (hapus koma terakhir)", en: "another key after \",\" (remove the trailing comma)")
        case .nextAfterComma(.array):
            return l.pick(id: "nilai berikutnya sesudah \",\" (hapus koma terakhir)", en: "another value after \",\" (remove the trailing comma)")
        case .commaOr(let container): return l.pick(id: "\",\" atau \"\(container.closingText)\"", en: "\",\" or \"\(container.closingText)\"")
        }
    }
}

/// The two JSON containers, as the reader's messages name them.
public enum JSONContainer: Sendable, Hashable {
    case object, array

    /// The byte that closes it.
    var closing: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
    var closingText: String { self == .object ? "}" : "]" }

    func noun(_ l: Language) -> String {
        switch self {
        case .object: return l.pick(id: "objek", en: "object")
        case .array: return l.pick(id: "larik", en: "array")
        }
    }
}
