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
    /// `,` or `}` closing the object opened on this line.
    case commaOrCloseObject(line: Int)
    case keyAfterComma
    case commaOrBrace
    /// `,` or `]` closing the array opened on this line.
    case commaOrCloseArray(line: Int)
    case valueAfterComma
    case commaOrBracket

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
        case .commaOrCloseObject(let line):
            return l.pick(id: "\",\" atau \"}\" untuk menutup objek yang dibuka di baris \(line)",
                          en: "\",\" or \"}\" to close the object opened on line \(line)")
        case .keyAfterComma:
            return l.pick(id: "kunci berikutnya sesudah \",\" (hapus koma terakhir)", en: "another key after \",\" (remove the trailing comma)")
        case .commaOrBrace: return l.pick(id: "\",\" atau \"}\"", en: "\",\" or \"}\"")
        case .commaOrCloseArray(let line):
            return l.pick(id: "\",\" atau \"]\" untuk menutup larik yang dibuka di baris \(line)",
                          en: "\",\" or \"]\" to close the array opened on line \(line)")
        case .valueAfterComma:
            return l.pick(id: "nilai berikutnya sesudah \",\" (hapus koma terakhir)", en: "another value after \",\" (remove the trailing comma)")
        case .commaOrBracket: return l.pick(id: "\",\" atau \"]\"", en: "\",\" or \"]\"")
        }
    }
}
