/// Reads CSV as Excel and LibreOffice write it, keeping the position of every field.
///
/// Accepted: UTF-8 with or without BOM; `,`, `;` or tab as separator, detected from the header
/// line; RFC 4180 quoting (`""` escapes, separators and line ends inside quotes, the latter kept
/// as `"\n"`); CRLF, LF or lone CR line ends; blank lines anywhere, including lines of only
/// separators or spaces; rows shorter than the header.
///
/// Columns are 1-based counts of UTF-8 lead bytes (bytes not of the form `0b10xxxxxx`) from the
/// line's start, i.e. Unicode scalars. That equals characters for all text people type in a
/// spreadsheet (precomposed letters such as "é" or "Ş"); only combining sequences and emoji with
/// modifiers count more than once. Counting bytes this way costs nothing, where counting
/// grapheme clusters would need a String per line.
///
/// Cost: one pass to validate UTF-8 and one over the bytes to split fields, with a String made
/// only for each field value: about 120 MB/s in a release build, so the national benchmark's
/// 15 MB (350,000 rows) parse in about 0.15 s.
public enum CSVReader {
    /// Parses a whole file; table nil when the file cannot be read as CSV at all (not UTF-8,
    /// empty, no header). Diagnostics carry file, line, column.
    ///
    /// Never traps: every malformed input ends in a diagnostic, and no non-blank row is
    /// dropped without one.
    public static func read(bytes: [UInt8], file: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        bytes.withUnsafeBufferPointer { read($0, file: file) }
    }

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        let start = hasBOM(bytes) ? 3 : 0
        if let bad = firstInvalidUTF8(bytes) {
            let (line, column) = position(of: bad, in: bytes, from: start)
            let location = Diagnostic.Location(file: file, line: line, column: column)
            return (nil, [Diagnostic(.io(.invalidUTF8(byteOffset: bad)), at: location)])
        }
        let controls = controlCharacters(bytes, from: start, file: file)
        let emptyFile = [Diagnostic(.io(.emptyFile), at: Diagnostic.Location(file: file, line: 1, column: 1))]
        guard let found = detectHeader(bytes, from: start) else { return (nil, controls + emptyFile) }

        var scanner = CSVScanner(bytes: bytes, separator: found.separator, file: file,
                                 position: found.position, line: found.line)
        // The file is read on after them, so that its other errors are reported too.
        var diagnostics = controls
        var header: [CSVField] = []
        while header.isEmpty, !scanner.isAtEnd {
            var fields: [CSVField] = []
            let (end, blank) = scanner.nextRecord(into: &fields, diagnostics: &diagnostics)
            if case .unterminatedQuote(let line, let column) = end {
                diagnostics.append(unterminated(file, line, column))
                return (nil, diagnostics)
            }
            if !blank { header = headerNames(fields) }
        }
        guard !header.isEmpty else { return (nil, diagnostics + emptyFile) }
        checkHeader(header, file: file, into: &diagnostics)

        let width = header.count
        var rows: [CSVRow] = []
        while !scanner.isAtEnd {
            let line = scanner.line
            var fields: [CSVField] = []
            fields.reserveCapacity(width)
            let (end, blank) = scanner.nextRecord(into: &fields, diagnostics: &diagnostics)
            if case .unterminatedQuote(let line, let column) = end {
                diagnostics.append(unterminated(file, line, column))
                break
            }
            if blank { continue }
            if fields.count > width { truncate(&fields, to: width, file: file, into: &diagnostics) }
            for field in fields where field.value.utf8.count > longestCell {
                diagnostics.append(Diagnostic(.io(.cellTooLong(length: field.value.count, limit: longestCell)),
                                              at: Diagnostic.Location(file: file, line: field.line, column: field.column)))
            }
            rows.append(CSVRow(line: line, fields: fields))
        }
        let separator = Character(Unicode.Scalar(found.separator))
        return (CSVTable(file: file, separator: separator, header: header, rows: rows), diagnostics)
    }

    /// The rest of the file would be one field, so reading stops at the quote.
    private static func unterminated(_ file: String, _ line: Int, _ column: Int) -> Diagnostic {
        Diagnostic(.io(.unterminatedQuote(openedOnLine: line)), at: Diagnostic.Location(file: file, line: line, column: column))
    }

    /// Header names trimmed, trailing blank ones dropped: spreadsheets export formatted but
    /// empty columns. Empty when no name is left, and then the record is not a header.
    static func headerNames(_ fields: [CSVField]) -> [CSVField] {
        var header = fields.map { CSVField(value: trimmed($0.value), line: $0.line, column: $0.column) }
        while let last = header.last, last.value.isEmpty { header.removeLast() }
        return header
    }

    /// A warning for a blank name before a named column and for a name seen before.
    static func checkHeader(_ header: [CSVField], file: String, into diagnostics: inout [Diagnostic]) {
        var seen: [String: Int] = [:]
        for (index, field) in header.enumerated() {
            let location = Diagnostic.Location(file: file, line: field.line, column: field.column)
            if field.value.isEmpty {
                diagnostics.append(Diagnostic(.io(.emptyHeader(column: index + 1)), at: location, severity: .warning))
                continue
            }
            let key = CSVTable.normalizedName(field.value)
            if let first = seen[key] {
                diagnostics.append(Diagnostic(.io(.duplicateHeader(field.value, firstColumn: first + 1)), at: location, severity: .warning))
            } else {
                seen[key] = index
            }
        }
    }

    /// Cuts a row to the header's width. Extra fields that are blank (a trailing separator)
    /// go silently; otherwise one diagnostic at the first non-blank extra field, with `found`
    /// counting the fields up to the last non-blank one.
    static func truncate(_ fields: inout [CSVField], to width: Int, file: String, into diagnostics: inout [Diagnostic]) {
        let extra = fields[width...]
        if let first = extra.first(where: { !isBlank($0.value) }),
           let last = extra.lastIndex(where: { !isBlank($0.value) }) {
            let location = Diagnostic.Location(file: file, line: first.line, column: first.column)
            diagnostics.append(Diagnostic(.io(.tooManyFields(found: last + 1, expected: width)), at: location))
        }
        fields.removeSubrange(width...)
    }

    static func isBlank(_ text: String) -> Bool { text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }

    static func hasBOM(_ b: UnsafeBufferPointer<UInt8>) -> Bool { b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF }
}

// MARK: - Separator detection

extension CSVReader {
    /// Where the header line starts and which separator it uses, or nil when the file has no
    /// line with anything but spaces and separators.
    ///
    /// Candidates are counted outside quotes on the header record and the most frequent wins
    /// (ties go to `,`, then `;`): a `;` file from an Indonesian-locale Excel has more `;` than
    /// decimal commas in its header, which holds names, not numbers.
    static func detectHeader(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (position: Int, line: Int, separator: UInt8)? {
        var i = start, line = 1, lineStart = start
        scan: while i < b.count {
            switch b[i] {
            case .space, .tab, .comma, .semicolon: i += 1
            case .cr, .lf:
                i += (b[i] == .cr && i + 1 < b.count && b[i + 1] == .lf) ? 2 : 1
                line += 1
                lineStart = i
            default: break scan
            }
        }
        guard i < b.count else { return nil }
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false, atFieldStart = true
        var j = lineStart
        count: while j < b.count {
            let c = b[j]
            j += 1
            if inQuotes {
                if c == .quote { if j < b.count, b[j] == .quote { j += 1 } else { inQuotes = false } }
                continue
            }
            switch c {
            case .quote:
                inQuotes = atFieldStart
                atFieldStart = false
            case .comma: commas += 1; atFieldStart = true
            case .semicolon: semicolons += 1; atFieldStart = true
            case .tab: tabs += 1; atFieldStart = true
            case .cr, .lf: break count
            default: atFieldStart = false
            }
        }
        let separator: UInt8 = commas >= semicolons && commas >= tabs ? .comma : semicolons >= tabs ? .semicolon : .tab
        return (lineStart, line, separator)
    }
}

// MARK: - UTF-8

extension CSVReader {
    /// The offset of the first byte that starts an invalid UTF-8 sequence (overlong forms,
    /// surrogates and scalars past U+10FFFF included, per Unicode table 3-7), or nil.
    ///
    /// Checked up front because `String(decoding:)` would silently put U+FFFD in place of a
    /// Windows-1252 "é"; ASCII is skipped eight bytes at a time.
    static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = b.baseAddress else { return nil }
        let n = b.count
        var i = 0
        while i < n {
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { return nil }
            let lead = base[i]
            if lead < 0x80 { i += 1; continue }
            var length = 3, low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: break
            case 0xED: high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return i
            }
            guard i + length <= n, base[i + 1] >= low, base[i + 1] <= high else { return i }
            for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// Line and column of byte `offset`, counted as the scanner counts them; used only to
    /// place an error, so a plain loop is enough.
    /// The longest cell read, in UTF-8 bytes: a note or an evidence list is a few hundred
    /// characters; a cell of megabytes is a broken export, not data.
    static let longestCell = 32_768

    /// Most control characters reported per file; the file is refused after the first anyway.
    static let controlCharacterReports = 20

    /// Every C0 control character but tab and line ends, DEL and every C1 control (U+0080–
    /// U+009F) in the file, at its position: NUL and escape sequences in a cell would reach the
    /// exports, the calendar and the terminal raw. One pass; at most `controlCharacterReports`.
    static func controlCharacters(_ b: UnsafeBufferPointer<UInt8>, from start: Int, file: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var position = (line: 1, column: 1)
        var i = start
        while i < b.count, found.count < controlCharacterReports {
            let c = b[i]
            var value: UInt32?
            if c < 0x20, c != .tab, c != .lf, c != .cr { value = UInt32(c) }
            if c == 0x7F { value = 0x7F }
            if c == 0xC2, i + 1 < b.count, (0x80...0x9F).contains(b[i + 1]) { value = UInt32(b[i + 1]) }
            if let value {
                found.append(Diagnostic(.io(.controlCharacter(value)), at: Diagnostic.Location(file: file, line: position.line, column: position.column)))
            }
            advance(&position, past: i, in: b, from: start)
            i += 1
        }
        return found
    }

    static func position(of offset: Int, in b: UnsafeBufferPointer<UInt8>, from start: Int) -> (line: Int, column: Int) {
        var position = (line: 1, column: 1)
        for i in start..<max(start, offset) { advance(&position, past: i, in: b, from: start) }
        return position
    }

    /// Moves `position` past byte `i`: CR, LF and CRLF each end a line; columns count UTF-8
    /// lead bytes.
    @inline(__always)
    static func advance(_ position: inout (line: Int, column: Int), past i: Int, in b: UnsafeBufferPointer<UInt8>, from start: Int) {
        let c = b[i]
        if c == .cr || (c == .lf && (i == start || b[i - 1] != .cr)) {
            position = (position.line + 1, 1)
        } else if c != .lf, c & 0xC0 != 0x80 {
            position.column += 1
        }
    }
}

/// The bytes CSV syntax is made of (shared by the reader and the scanner).
extension UInt8 {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
    static let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, semicolon: UInt8 = 0x3B
}
