/// Splits the bytes into records and fields, tracking the physical line and the column.
///
/// A value type over a borrowed buffer, used only inside `CSVReader.read`'s
/// `withUnsafeBufferPointer`. The column of a field is found by counting lead bytes from the
/// last counted position, so every byte is counted once however long the line.
struct CSVScanner {
    enum RecordEnd { case lineEnd, fileEnd, unterminatedQuote(line: Int, column: Int) }

    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    let file: String
    private(set) var position: Int
    private(set) var line: Int
    private var columnPosition: Int
    private var columnValue = 1
    /// Reused for quoted values that need rewriting (`""`, CR); most values are plain slices.
    private var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, file: String, position: Int, line: Int) {
        self.bytes = bytes
        self.separator = separator
        self.file = file
        self.position = position
        self.line = line
        self.columnPosition = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// Appends the fields of the record at `position` and moves past its line end. `blank`
    /// is true when every field is empty or only spaces and tabs.
    mutating func nextRecord(into fields: inout [CSVField], diagnostics: inout [Diagnostic]) -> (end: RecordEnd, blank: Bool) {
        var blank = true
        while true {
            let fieldLine = line
            let fieldColumn = column(at: position)
            let value: String
            if position < bytes.count, bytes[position] == .quote {
                guard let quoted = quotedValue(openingAt: position) else {
                    return (.unterminatedQuote(line: fieldLine, column: fieldColumn), blank)
                }
                value = afterClosingQuote(quoted, diagnostics: &diagnostics)
                if blank { blank = CSVReader.isBlank(value) }
            } else {
                let end = unquotedEnd(from: position)
                if blank { blank = isBlank(position, end) }
                value = string(position, end)
                position = end
            }
            fields.append(CSVField(value: value, line: fieldLine, column: fieldColumn))
            guard position < bytes.count else { return (.fileEnd, blank) }
            let c = bytes[position]
            if c == separator {
                position += 1
                continue
            }
            position += (c == .cr && position + 1 < bytes.count && bytes[position + 1] == .lf) ? 2 : 1
            startLine(at: position)
            return (.lineEnd, blank)
        }
    }

    /// The value of the quoted field whose quote is at `open`, with `position` after the
    /// closing quote; nil when no closing quote follows.
    private mutating func quotedValue(openingAt open: Int) -> String? {
        var i = open + 1
        var segment = i
        var rewritten = false
        scratch.removeAll(keepingCapacity: true)
        while i < bytes.count {
            switch bytes[i] {
            case .quote:
                if i + 1 < bytes.count, bytes[i + 1] == .quote {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...i]))
                    rewritten = true
                    i += 2
                    segment = i
                    continue
                }
                position = i + 1
                guard rewritten else { return string(segment, i) }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                return String(decoding: scratch, as: UTF8.self)
            case .lf:
                i += 1
                startLine(at: i)
            case .cr:
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                scratch.append(.lf)
                rewritten = true
                i += (i + 1 < bytes.count && bytes[i + 1] == .lf) ? 2 : 1
                startLine(at: i)
                segment = i
            default:
                i += 1
            }
        }
        return nil
    }

    /// Spaces after a closing quote are dropped; other text up to the separator is reported
    /// and appended as written, so nothing the user typed is lost.
    private mutating func afterClosingQuote(_ quoted: String, diagnostics: inout [Diagnostic]) -> String {
        let closed = position
        var i = position
        while i < bytes.count, bytes[i] != separator, bytes[i] == .space || bytes[i] == .tab { i += 1 }
        guard i < bytes.count, bytes[i] != separator, bytes[i] != .lf, bytes[i] != .cr else {
            position = i
            return quoted
        }
        let end = unquotedEnd(from: i)
        let location = Diagnostic.Location(file: file, line: line, column: column(at: i))
        diagnostics.append(Diagnostic(.io(.textAfterClosingQuote(found: string(i, end))), at: location))
        position = end
        return quoted + string(closed, end)
    }

    private func unquotedEnd(from start: Int) -> Int {
        var i = start
        let separator = separator
        while i < bytes.count {
            let c = bytes[i]
            if c == separator || c == .lf || c == .cr { break }
            i += 1
        }
        return i
    }

    private func isBlank(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            if bytes[i] != .space, bytes[i] != .tab { return false }
            i += 1
        }
        return true
    }

    /// The text of bytes `start..<end`, already validated as UTF-8 and cut at ASCII bytes.
    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private mutating func startLine(at start: Int) {
        line += 1
        columnPosition = start
        columnValue = 1
    }

    /// The column of byte `offset`, which must be on the current line at or after the last
    /// position asked for.
    private mutating func column(at offset: Int) -> Int {
        var n = columnValue
        var i = columnPosition
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        columnPosition = offset
        columnValue = n
        return n
    }
}
