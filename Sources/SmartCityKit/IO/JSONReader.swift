/// Parses JSON (RFC 8259) into a `JSONNode` tree that keeps line and column of every value.
///
/// Hand-written because `JSONDecoder` reports no positions. The parser stops at the first
/// syntax error — later errors in a broken document are usually echoes of the first — and
/// reports it with the line, the column and what it expected. Duplicate keys are reported
/// and the first occurrence wins, the same rule the loaders apply.
///
/// Cost: one pass over the bytes; columns count characters (UTF-8 lead bytes).
public enum JSONReader {
    /// Objects and arrays nested deeper than this are refused instead of exhausting the stack.
    public static let depthLimit = 200

    public static func read(bytes: [UInt8], file: String) -> (root: JSONNode?, diagnostics: [Diagnostic]) {
        if let offset = UTF8Validation.firstInvalidOffset(bytes) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return (nil, [Diagnostic(.io(.invalidUTF8(byteOffset: offset)), at: Diagnostic.Location(file: file, line: line))])
        }
        var parser = Parser(bytes: bytes, file: file)
        let root = parser.document()
        return (parser.failed ? nil : root, parser.diagnostics)
    }

    struct Parser {
        let bytes: [UInt8]
        let file: String
        var index = 0
        var line = 1
        var column = 1
        var diagnostics: [Diagnostic] = []
        var failed = false

        init(bytes: [UInt8], file: String) {
            self.bytes = bytes
            self.file = file
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func fail(_ message: IOMessage, line: Int? = nil, column: Int? = nil) {
            guard !failed else { return }
            failed = true
            diagnostics.append(Diagnostic(.io(message), at: Diagnostic.Location(file: file, line: line ?? self.line, column: column ?? self.column)))
        }

        var atEnd: Bool { index >= bytes.count }
        var current: UInt8 { bytes[index] }

        mutating func advance() {
            let b = bytes[index]
            index += 1
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }

        mutating func skipSpace() {
            while !atEnd {
                switch current {
                case 0x20, 0x09, 0x0A, 0x0D: advance()
                default: return
                }
            }
        }

        /// A short, readable description of the character at the cursor, for messages.
        func found() -> String {
            guard !atEnd else { return "end of file" }
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            return "\"\(text)\""
        }

        mutating func document() -> JSONNode? {
            skipSpace()
            if atEnd {
                if bytes.count <= 3, index == bytes.count { fail(.emptyFile, line: 1, column: 1) } else {
                    fail(.jsonUnexpectedEnd(expected: .value))
                }
                return nil
            }
            let root = value(depth: 0)
            guard !failed else { return nil }
            skipSpace()
            if !atEnd { fail(.jsonTrailingContent(found: found())) }
            return root
        }

        mutating func value(depth: Int) -> JSONNode? {
            skipSpace()
            guard !atEnd else {
                fail(.jsonUnexpectedEnd(expected: .value))
                return nil
            }
            let (l, c) = (line, column)
            switch current {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""):
                guard let s = string() else { return nil }
                return JSONNode(.string(s), line: l, column: c)
            case UInt8(ascii: "t"): return keyword("true", .bool(true))
            case UInt8(ascii: "f"): return keyword("false", .bool(false))
            case UInt8(ascii: "n"): return keyword("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default:
                fail(.jsonUnexpectedCharacter(found: found(), expected: .anyValue))
                return nil
            }
        }

        mutating func keyword(_ word: String, _ v: JSONNode.Value) -> JSONNode? {
            let (l, c) = (line, column)
            for expected in word.utf8 {
                guard !atEnd, current == expected else {
                    fail(.jsonUnexpectedCharacter(found: found(), expected: .word(word)))
                    return nil
                }
                advance()
            }
            return JSONNode(v, line: l, column: c)
        }

        mutating func number() -> JSONNode? {
            let (l, c) = (line, column)
            let start = index
            func digits(_ p: inout Parser) -> Int {
                var n = 0
                while !p.atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.current) { p.advance(); n += 1 }
                return n
            }
            var valid = true
            // Beyond these no value any file holds is meant: refused here, so no reader
            // downstream sees a number it would overflow on or round (1e400, 30 digits).
            var large = false
            if current == UInt8(ascii: "-") { advance() }
            if !atEnd, current == UInt8(ascii: "0") {
                advance()
                if !atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) { valid = false; _ = digits(&self) }
            } else {
                let n = digits(&self)
                if n == 0 { valid = false }
                if n > 18 { large = true }
            }
            if !atEnd, current == UInt8(ascii: ".") {
                advance()
                let n = digits(&self)
                if n == 0 { valid = false }
                if n > 12 { large = true }
            }
            if !atEnd, current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                advance()
                if !atEnd, current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
                let n = digits(&self)
                if n == 0 { valid = false }
                if n > 2 { large = true }
            }
            // Swallow letters glued to the number (`12abc`) so the message shows all of it.
            while !atEnd, isWordByte(current) { advance(); valid = false }
            let literal = String(decoding: bytes[start..<index], as: UTF8.self)
            guard valid else {
                fail(.jsonInvalidNumber(literal), line: l, column: c)
                return nil
            }
            guard !large else {
                fail(.jsonNumberTooLarge(literal), line: l, column: c)
                return nil
            }
            return JSONNode(.number(literal), line: l, column: c)
        }

        func isWordByte(_ b: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
        }

        /// A string starting at the opening quote; the cursor ends after the closing quote.
        mutating func string() -> String? {
            let (l, c) = (line, column)
            advance()
            var out: [UInt8] = []
            while true {
                guard !atEnd else {
                    fail(.jsonUnexpectedEnd(expected: .closingQuote(line: l, column: c)))
                    return nil
                }
                let b = current
                switch b {
                case UInt8(ascii: "\""):
                    advance()
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    let (el, ec) = (line, column)
                    advance()
                    guard !atEnd else { fail(.jsonUnexpectedEnd(expected: .escape)); return nil }
                    let e = current
                    advance()
                    switch e {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"), UInt8(ascii: "f"):
                        fail(.jsonControlEscape("\\" + String(decoding: [e], as: UTF8.self)), line: el, column: ec)
                        return nil
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard var scalar = hex4() else {
                            fail(.jsonInvalidEscape("\\u"), line: el, column: ec)
                            return nil
                        }
                        if (0xD800...0xDBFF).contains(scalar) {
                            // A high surrogate must be followed by `\u` and a low surrogate.
                            guard index + 1 < bytes.count, current == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                                fail(.jsonInvalidEscape("\\u" + hexText(scalar)), line: el, column: ec)
                                return nil
                            }
                            advance(); advance()
                            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else {
                                fail(.jsonInvalidEscape("\\u" + hexText(scalar)), line: el, column: ec)
                                return nil
                            }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let u = Unicode.Scalar(scalar) else {
                            fail(.jsonInvalidEscape("\\u" + hexText(scalar)), line: el, column: ec)
                            return nil
                        }
                        // The same control characters CSV cells refuse (`CSVReader`).
                        if (scalar < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar)) || (0x7F...0x9F).contains(scalar) {
                            fail(.jsonControlEscape("\\u" + String(repeating: "0", count: 4 - hexText(scalar).count) + hexText(scalar)), line: el, column: ec)
                            return nil
                        }
                        out.append(contentsOf: Array(String(Character(u)).utf8))
                    default:
                        let text = String(decoding: [e], as: UTF8.self)
                        fail(.jsonInvalidEscape("\\" + text), line: el, column: ec)
                        return nil
                    }
                default:
                    // C0 as the standard says, and DEL and C1 as `CSVReader` refuses them.
                    if b < 0x20 || b == 0x7F || (b == 0xC2 && index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1])) {
                        fail(.jsonControlCharacterInString)
                        return nil
                    }
                    out.append(b)
                    advance()
                }
            }
        }

        func hexText(_ v: UInt32) -> String { String(v, radix: 16, uppercase: true) }

        mutating func hex4() -> UInt32? {
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard !atEnd else { return nil }
                let b = current
                let d: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
                default: return nil
                }
                v = v * 16 + d
                advance()
            }
            return v
        }

        mutating func object(depth: Int) -> JSONNode? {
            let (l, c) = (line, column)
            guard depth < JSONReader.depthLimit else { fail(.jsonTooDeep(limit: JSONReader.depthLimit)); return nil }
            advance()
            var members: [JSONMember] = []
            var seen: [String: Int] = [:]
            skipSpace()
            if !atEnd, current == UInt8(ascii: "}") {
                advance()
                return JSONNode(.object([]), line: l, column: c)
            }
            while true {
                skipSpace()
                guard !atEnd else { fail(.jsonUnexpectedEnd(expected: .keyOrClose(line: l))); return nil }
                guard current == UInt8(ascii: "\"") else {
                    fail(.jsonUnexpectedCharacter(found: found(), expected: .key))
                    return nil
                }
                let (kl, kc) = (line, column)
                guard let key = string() else { return nil }
                skipSpace()
                guard !atEnd, current == UInt8(ascii: ":") else {
                    if atEnd { fail(.jsonUnexpectedEnd(expected: .colon)) } else {
                        fail(.jsonUnexpectedCharacter(found: found(), expected: .colonAfterKey(key)))
                    }
                    return nil
                }
                advance()
                guard let v = value(depth: depth + 1) else { return nil }
                if let first = seen[key] {
                    diagnostics.append(Diagnostic(.io(.jsonDuplicateKey(key, firstLine: first)),
                                                  at: Diagnostic.Location(file: file, line: kl, column: kc)))
                } else {
                    seen[key] = kl
                    members.append(JSONMember(key: key, value: v, line: kl, column: kc))
                }
                guard let more = separator(.object, openedOn: l) else { return nil }
                if !more { return JSONNode(.object(members), line: l, column: c) }
            }
        }

        mutating func array(depth: Int) -> JSONNode? {
            let (l, c) = (line, column)
            guard depth < JSONReader.depthLimit else { fail(.jsonTooDeep(limit: JSONReader.depthLimit)); return nil }
            advance()
            var elements: [JSONNode] = []
            skipSpace()
            if !atEnd, current == UInt8(ascii: "]") {
                advance()
                return JSONNode(.array([]), line: l, column: c)
            }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                elements.append(v)
                guard let more = separator(.array, openedOn: l) else { return nil }
                if !more { return JSONNode(.array(elements), line: l, column: c) }
            }
        }

        /// After a member or element: `,` goes on to the next (true), the container's closing
        /// character ends it (false); nil after the finding for anything else, a trailing comma
        /// included.
        mutating func separator(_ container: JSONContainer, openedOn l: Int) -> Bool? {
            skipSpace()
            guard !atEnd else { fail(.jsonUnexpectedEnd(expected: .commaOrClose(container, line: l))); return nil }
            if current == UInt8(ascii: ",") {
                advance()
                skipSpace()
                if !atEnd, current == container.closing {
                    fail(.jsonUnexpectedCharacter(found: "\"\(container.closingText)\"", expected: .nextAfterComma(container)))
                    return nil
                }
                return true
            }
            if current == container.closing {
                advance()
                return false
            }
            fail(.jsonUnexpectedCharacter(found: found(), expected: .commaOr(container)))
            return nil
        }
    }
}
