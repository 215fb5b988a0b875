/// What is wrong with an expression, found when a rule file is loaded (syntax or types).
public enum RuleProblem: Sendable, Hashable {
    // Syntax.
    case badNumber(String)
    case unterminatedString
    case singleEquals
    case unexpectedCharacter(String)
    case unexpectedToken(String)
    case unexpectedEnd(expected: String)
    case expected(String, found: String)
    case chainedComparison(String)
    // Names and calls.
    case unknownName(String, suggestion: String?)
    case unknownFunction(String, suggestion: String?)
    case unknownMember(String, of: String, known: [String])
    case wrongArity(function: String, expected: String, found: Int)
    case unknownIndicator(String, suggestion: String?)
    case unknownDimension(String, known: [String])
    case unknownDomain(Int, count: Int)
    case indicatorArgumentNotLiteral(function: String)
    case notAvailable(String, in: String)
    // Types.
    case typeMismatch(operator: String, left: String, right: String)
    case expectedType(expected: String, found: String)
    case emptyList
    // Limits and arithmetic.
    case tooDeep(limit: Int)
    case tooLong(length: Int, limit: Int)
    case constantOverflow(String)

    public func text(_ l: Language) -> String {
        func list(_ words: [String]) -> String { words.map { "\"\($0)\"" }.joined(separator: ", ") }
        func hint(_ s: String?) -> String { s.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? "" }
        switch self {
        case .badNumber(let n):
            return l.pick(id: "angka \"\(n)\" tidak sah (paling banyak 4 desimal)", en: "number \"\(n)\" is not valid (at most 4 decimals)")
        case .unterminatedString:
            return l.pick(id: "teks yang dibuka dengan \" tidak ditutup", en: "a string opened with \" is never closed")
        case .singleEquals:
            return l.pick(id: "\"=\" tunggal; untuk membandingkan tulis \"==\"", en: "single \"=\"; to compare, write \"==\"")
        case .unexpectedCharacter(let c):
            return l.pick(id: "karakter \"\(c)\" tidak dikenal", en: "unexpected character \"\(c)\"")
        case .unexpectedToken(let t):
            return l.pick(id: "\"\(t)\" tidak diharapkan di sini", en: "\"\(t)\" is not expected here")
        case .unexpectedEnd(let expected):
            return l.pick(id: "ekspresi berakhir terlalu cepat; seharusnya \(expected)", en: "the expression ends too early; expected \(expected)")
        case .expected(let what, let found):
            return l.pick(id: "seharusnya \(what), ditemukan \"\(found)\"", en: "expected \(what), found \"\(found)\"")
        case .chainedComparison(let op):
            return l.pick(id: "perbandingan berantai (\"\(op)\"); pisahkan dengan and", en: "chained comparison (\"\(op)\"); split it with and")
        case .unknownName(let n, let s):
            return l.pick(id: "nama \"\(n)\" tidak dikenal\(hint(s))", en: "unknown name \"\(n)\"\(hint(s))")
        case .unknownFunction(let f, let s):
            return l.pick(id: "fungsi \"\(f)\" tidak dikenal\(hint(s))", en: "unknown function \"\(f)\"\(hint(s))")
        case .unknownMember(let m, let base, let known):
            return l.pick(id: "\(base) tidak memiliki \"\(m)\" (yang ada: \(list(known)))", en: "\(base) has no \"\(m)\" (known: \(list(known)))")
        case .wrongArity(let f, let expected, let found):
            return l.pick(id: "\(f) memerlukan \(expected) argumen, diberi \(found)", en: "\(f) takes \(expected) arguments, given \(found)")
        case .unknownIndicator(let id, let s):
            return l.pick(id: "indikator \"\(id)\" tidak ada di katalog yang dipakai\(hint(s))", en: "indicator \"\(id)\" is not in the catalogs in use\(hint(s))")
        case .unknownDimension(let d, let known):
            return l.pick(id: "dimensi \"\(d)\" tidak dikenal (yang ada: \(list(known)))", en: "unknown dimension \"\(d)\" (known: \(list(known)))")
        case .unknownDomain(let n, let count):
            return l.pick(id: "domain \(n) tidak ada; nomor 1–\(count)", en: "there is no domain \(n); numbers 1–\(count)")
        case .indicatorArgumentNotLiteral(let f):
            return l.pick(id: "argumen \(f) harus id indikator dalam tanda kutip (\"SPBE-07\") atau it",
                          en: "the argument of \(f) must be a quoted indicator id (\"SPBE-07\") or it")
        case .notAvailable(let what, let kind):
            return l.pick(id: "\(what) tidak tersedia dalam aturan jenis \(kind)", en: "\(what) is not available in rules of kind \(kind)")
        case .typeMismatch(let op, let left, let right):
            return l.pick(id: "\"\(op)\" tidak dapat dipakai pada \(left) dan \(right)", en: "\"\(op)\" cannot combine \(left) and \(right)")
        case .expectedType(let expected, let found):
            return l.pick(id: "seharusnya \(expected), ditemukan \(found)", en: "expected \(expected), found \(found)")
        case .emptyList:
            return l.pick(id: "daftar kosong [] tidak memiliki jenis; isi sedikitnya satu nilai", en: "an empty list [] has no type; give at least one value")
        case .tooDeep(let limit):
            return l.pick(id: "ekspresi bersarang lebih dari \(limit) tingkat (kurung, daftar, fungsi, not, -); sederhanakan atau pecah menjadi beberapa aturan",
                          en: "the expression nests more than \(limit) levels (parentheses, lists, calls, not, -); simplify it or split it into several rules")
        case .tooLong(let length, let limit):
            return l.pick(id: "ekspresi sepanjang \(length) karakter; paling panjang \(limit)",
                          en: "the expression is \(length) characters long; at most \(limit) are allowed")
        case .constantOverflow(let text):
            return l.pick(id: "hasil hitungan \(text) terlalu besar untuk dihitung tepat (pembilang dan penyebut paling banyak 19 digit)",
                          en: "the result of \(text) is too large to compute exactly (numerator and denominator at most 19 digits)")
        }
    }
}

/// A problem at an offset (0-based, in characters) inside an expression.
public struct RuleSyntaxError: Error, Sendable, Hashable {
    public var problem: RuleProblem
    public var offset: Int

    public init(_ problem: RuleProblem, at offset: Int) {
        self.problem = problem
        self.offset = offset
    }
}
