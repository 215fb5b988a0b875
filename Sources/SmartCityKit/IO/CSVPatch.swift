/// Changes to a CSV file that keep every byte the change does not touch: rows edited are
/// written anew, all other lines — BOM, separator, line ends, quoting, blank lines, columns the
/// tool does not read — stay exactly as they were.
///
/// `import` merges answers into files people also keep in spreadsheets and in version
/// control: one changed cell must show as one changed line. Fields of rewritten rows are
/// quoted as `CSVWriter` quotes them but never pass its formula guard, since the text must
/// read back as it was given.
struct CSVPatch: Sendable {
    /// The file as read, with every row's position.
    let table: CSVTable
    /// Cells to change in existing rows: row index → column index → new value.
    private(set) var edits: [Int: [Int: String]] = [:]
    /// Rows to add after the last one, as column index → value.
    private(set) var appended: [[Int: String]] = []
    /// Columns to add after the last header name.
    private(set) var newColumns: [String] = []

    /// Whether the file does not exist yet: it is written whole, as `CSVWriter` writes a
    /// document (BOM, `,`, CRLF).
    private let isNew: Bool

    init(_ table: CSVTable) {
        self.table = table
        isNew = false
    }

    /// A patch of a file that does not exist yet: the header alone.
    init(newFileWithHeader header: [String], file: String) {
        table = CSVTable(file: file, separator: ",", header: header.map { CSVField(value: $0, line: 1, column: 1) }, rows: [])
        isNew = true
    }

    /// The index of the column with one of `aliases`, adding `name` as a new column when the
    /// header has none.
    mutating func column(_ aliases: [String], adding name: String) -> Int {
        if let index = table.columnIndex(aliases) { return index }
        let wanted = Set(aliases.map(CSVTable.normalizedName))
        if let added = newColumns.firstIndex(where: { wanted.contains(CSVTable.normalizedName($0)) }) {
            return table.header.count + added
        }
        newColumns.append(name)
        return table.header.count + newColumns.count - 1
    }

    mutating func set(row: Int, column: Int, to value: String) {
        edits[row, default: [:]][column] = value
    }

    /// Adds a row after the last one; returns its index among the added rows.
    @discardableResult
    mutating func append(_ row: [Int: String]) -> Int {
        appended.append(row)
        return appended.count - 1
    }

    /// Changes a cell of a row added by `append`.
    mutating func set(appended index: Int, column: Int, to value: String) {
        appended[index][column] = value
    }

    /// The new content of the file whose bytes are `original` (empty for a new file).
    func apply(to original: [UInt8]) -> [UInt8] {
        var writer = CSVWriter(separator: table.separator, bom: false)
        writer.guardsFormulas = false
        let hasBOM = original.count >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF
        let body = hasBOM ? Array(original[3...]) : original
        let lines = Self.physicalLines(body)
        let end = Self.lineEnd(of: body) ?? [0x0D, 0x0A]
        let width = table.header.count + newColumns.count
        func serialized(_ values: [String]) -> [UInt8] {
            var bytes = Array(writer.line(values).utf8)
            bytes.removeLast(2)
            return bytes + end
        }
        var out: [UInt8] = (hasBOM || isNew) ? [0xEF, 0xBB, 0xBF] : []
        var cursor = 0
        func copy(through line: Int) {
            while cursor < min(line, lines.count) {
                out += lines[cursor]
                cursor += 1
            }
        }
        if isNew {
            out += serialized(table.header.map(\.value))
        } else if let first = table.header.first {
            copy(through: first.line - 1)
            let headerEnd = Self.lastLine(of: table.header)
            if newColumns.isEmpty {
                copy(through: headerEnd)
            } else {
                out += serialized(table.header.map(\.value) + newColumns)
                cursor = max(cursor, headerEnd)
            }
        }
        for (index, row) in table.rows.enumerated() {
            copy(through: row.line - 1)
            let rowEnd = Self.lastLine(of: row.fields, from: row.line)
            guard let changes = edits[index] else {
                copy(through: rowEnd)
                continue
            }
            var values = row.fields.map(\.value)
            let needed = max(width, (changes.keys.max() ?? 0) + 1)
            while values.count < needed { values.append("") }
            for (column, value) in changes { values[column] = value }
            out += serialized(values)
            cursor = max(cursor, rowEnd)
        }
        copy(through: lines.count)
        if !appended.isEmpty, let last = out.last, last != 0x0A, last != 0x0D {
            out += end
        }
        for row in appended {
            var values = Array(repeating: "", count: max(width, (row.keys.max() ?? 0) + 1))
            for (column, value) in row { values[column] = value }
            out += serialized(values)
        }
        return out
    }

    /// The file's lines, each with its own line end, split as the reader counts lines: at
    /// CR LF, LF or a lone CR.
    static func physicalLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = 0, i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A || c == 0x0D {
                let next = (c == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? i + 2 : i + 1
                lines.append(Array(bytes[start..<next]))
                start = next
                i = next
            } else {
                i += 1
            }
        }
        if start < bytes.count { lines.append(Array(bytes[start...])) }
        return lines
    }

    /// The first line end of the file, which new and rewritten lines use.
    static func lineEnd(of bytes: [UInt8]) -> [UInt8]? {
        guard let i = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
        if bytes[i] == 0x0D { return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? [0x0D, 0x0A] : [0x0D] }
        return [0x0A]
    }

    /// The 1-based line a record ends on: its last field's line plus the line breaks quoted
    /// inside that field (the reader keeps each as one "\n").
    static func lastLine(of fields: [CSVField], from start: Int? = nil) -> Int {
        guard let last = fields.last else { return start ?? 1 }
        return last.line + last.value.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
