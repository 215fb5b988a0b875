/// Findings of the readers: text decoding, CSV and JSON syntax.
public enum IOMessage: StageMessage {
    case emptyFile
    /// The bytes are not UTF-8 (Excel's "CSV UTF-8" is; its plain "CSV" on Windows is not).
    case invalidUTF8(byteOffset: Int)
    // CSV.
    case unterminatedQuote(openedOnLine: Int)
    case textAfterClosingQuote(found: String)
    case tooManyFields(found: Int, expected: Int)
    case emptyHeader(column: Int)
    case duplicateHeader(String, firstColumn: Int)
    case controlCharacter(UInt32)
    case cellTooLong(length: Int, limit: Int)
    // JSON.
    case jsonUnexpectedCharacter(found: String, expected: JSONExpectation)
    case jsonUnexpectedEnd(expected: JSONExpectation)
    case jsonInvalidEscape(String)
    case jsonInvalidNumber(String)
    case jsonControlCharacterInString
    case jsonControlEscape(String)
    case jsonNumberTooLarge(String)
    case jsonDuplicateKey(String, firstLine: Int)
    case jsonTrailingContent(found: String)
    case jsonTooDeep(limit: Int)

    public var code: String {
        switch self {
        case .emptyFile: return "IO001"
        case .invalidUTF8: return "IO002"
        case .unterminatedQuote: return "CSV001"
        case .textAfterClosingQuote: return "CSV002"
        case .tooManyFields: return "CSV003"
        case .emptyHeader: return "CSV004"
        case .duplicateHeader: return "CSV005"
        case .controlCharacter: return "CSV006"
        case .cellTooLong: return "CSV007"
        case .jsonUnexpectedCharacter: return "JSON001"
        case .jsonUnexpectedEnd: return "JSON002"
        case .jsonInvalidEscape: return "JSON003"
        case .jsonInvalidNumber: return "JSON004"
        case .jsonControlCharacterInString: return "JSON005"
        case .jsonDuplicateKey: return "JSON006"
        case .jsonTrailingContent: return "JSON007"
        case .jsonTooDeep: return "JSON008"
        case .jsonControlEscape: return "JSON009"
        case .jsonNumberTooLarge: return "JSON010"
        }
    }

    public var defaultSeverity: Diagnostic.Severity { .error }

    public func text(_ l: Language) -> String {
        switch self {
        case .emptyFile:
            return l.pick(id: "berkas kosong", en: "empty file")
        case .invalidUTF8(let offset):
            return l.pick(
                id: "bukan teks UTF-8 (bita ke-\(offset + 1)); simpan ulang sebagai \"CSV UTF-8\" atau UTF-8",
                en: "not UTF-8 text (byte \(offset + 1)); save it again as \"CSV UTF-8\" or UTF-8")
        case .unterminatedQuote(let line):
            return l.pick(id: "tanda kutip yang dibuka di baris \(line) tidak pernah ditutup",
                          en: "the quote opened on line \(line) is never closed")
        case .textAfterClosingQuote(let found):
            return l.pick(id: "ditemukan \"\(found)\" setelah tanda kutip penutup, seharusnya pemisah kolom atau akhir baris",
                          en: "found \"\(found)\" after a closing quote, expected a separator or the end of the line")
        case .tooManyFields(let found, let expected):
            return l.pick(id: "baris ini memiliki \(found) kolom, padahal kepala tabel hanya \(expected)",
                          en: "this row has \(found) fields but the header has only \(expected)")
        case .emptyHeader(let column):
            return l.pick(id: "nama kolom ke-\(column) pada kepala tabel kosong",
                          en: "header column \(column) has no name")
        case .duplicateHeader(let name, let first):
            return l.pick(id: "kolom \"\(name)\" muncul dua kali (pertama di kolom ke-\(first)); yang kedua diabaikan",
                          en: "column \"\(name)\" appears twice (first as column \(first)); the second is ignored")
        case .jsonUnexpectedCharacter(let found, let expected):
            return l.pick(id: "ditemukan \(found), seharusnya \(expected.text(l))", en: "found \(found), expected \(expected.text(l))")
        case .jsonUnexpectedEnd(let expected):
            return l.pick(id: "berkas berakhir di tengah data, seharusnya \(expected.text(l))",
                          en: "the file ends too early, expected \(expected.text(l))")
        case .jsonInvalidEscape(let escape):
            return l.pick(id: "urutan escape \"\(escape)\" tidak sah dalam teks", en: "invalid escape \"\(escape)\" in a string")
        case .jsonControlEscape(let escape):
            return l.pick(id: "urutan escape \"\(escape)\" menuliskan karakter kendali, yang tidak boleh ada dalam teks (hanya \\n, \\r dan \\t)",
                          en: "escape \"\(escape)\" stands for a control character, which text may not hold (only \\n, \\r and \\t)")
        case .jsonNumberTooLarge(let literal):
            let shown = DiagnosticRenderer.cut(literal, to: 40)
            return l.pick(id: "angka \"\(shown)\" terlalu besar untuk dibaca: paling banyak 18 angka sebelum titik, 12 sesudahnya, tanpa eksponen di atas 99",
                          en: "number \"\(shown)\" is too large to read: at most 18 digits before the point, 12 after it, no exponent above 99")
        case .jsonInvalidNumber(let literal):
            return l.pick(id: "\"\(literal)\" bukan angka JSON yang sah", en: "\"\(literal)\" is not a valid JSON number")
        case .cellTooLong(let length, let limit):
            return l.pick(id: "sel sepanjang \(l.grouped(length)) karakter; paling panjang \(l.grouped(limit)) bita — periksa ekspornya (tanda kutip yang tidak ditutup?)",
                          en: "a cell of \(l.grouped(length)) characters; at most \(l.grouped(limit)) bytes — check the export (an unclosed quote?)")
        case .controlCharacter(let value):
            let name = "U+" + String(repeating: "0", count: max(0, 4 - String(value, radix: 16).count)) + String(value, radix: 16, uppercase: true)
            return l.pick(id: "karakter kendali \(name) di dalam sel; hapus karakter itu (hanya tab dan baris baru di dalam tanda kutip yang boleh)",
                          en: "control character \(name) in a cell; remove it (only tabs, and line breaks inside quotes, are allowed)")
        case .jsonControlCharacterInString:
            return l.pick(id: "karakter kendali (misalnya baris baru) di dalam teks; tulis sebagai \\n",
                          en: "control character (such as a line break) inside a string; write it as \\n")
        case .jsonDuplicateKey(let key, let line):
            return l.pick(id: "kunci \"\(key)\" sudah ada di baris \(line)", en: "key \"\(key)\" already appears on line \(line)")
        case .jsonTrailingContent(let found):
            return l.pick(id: "ditemukan \(found) setelah akhir data", en: "found \(found) after the end of the data")
        case .jsonTooDeep(let limit):
            return l.pick(id: "data bersarang lebih dari \(limit) tingkat", en: "data nested deeper than \(limit) levels")
        }
    }
}
