/// A cell of input, from a CSV field or a JSON value, with enough to point at it.
///
/// Answer and service rows are read from CSV and JSON alike; turning both into raw rows first
/// means the validation — and its messages — exists once.
struct RawCell: Sendable {
    var text: String
    var line: Int
    var column: Int
    var context: Diagnostic.Location.Context?

    func location(_ file: String) -> Diagnostic.Location {
        Diagnostic.Location(file: file, line: line, column: column, context: context)
    }

    var isBlank: Bool { text.isEmpty || text.allSatisfy { $0 == " " || $0 == "\t" } }
}

/// One row of an answer or service file, before validation.
struct RawRow: Sendable {
    var line: Int
    var column: Int
    /// The OPD the row is about: its `opd` cell, or nil when the file name says it.
    var opd: RawCell?
    var cells: [RawCell?]
}

/// The columns a reader looks for, each by its accepted header names (Indonesian and
/// English, as facilitators write them).
struct ColumnSpec: Sendable {
    var key: String
    var aliases: [String]
    var required: Bool
}

extension CSVTable {
    /// The rows as raw rows with cells in `specs` order, or nil with a diagnostic for each
    /// required column the header lacks.
    func rawRows(_ specs: [ColumnSpec], opdAliases: [String]) -> (rows: [RawRow], hasOPDColumn: Bool, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var indices: [Int?] = []
        let headerLine = header.first?.line ?? 1
        for spec in specs {
            let index = columnIndex(spec.aliases)
            if index == nil, spec.required {
                diagnostics.append(Diagnostic(.workspace(.missingColumn(expected: spec.aliases)),
                                              at: Diagnostic.Location(file: file, line: headerLine, column: 1)))
            }
            indices.append(index)
        }
        if diagnostics.hasErrors { return ([], false, diagnostics) }
        let opdIndex = columnIndex(opdAliases)
        let names = header.map(\.value)
        func cell(_ row: CSVRow, _ index: Int?) -> RawCell? {
            guard let index, let field = row[index] else { return nil }
            return RawCell(text: field.value, line: field.line, column: field.column, context: .field(names[index]))
        }
        var out: [RawRow] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            out.append(RawRow(line: row.line, column: 1, opd: cell(row, opdIndex), cells: indices.map { cell(row, $0) }))
        }
        return (out, opdIndex != nil, diagnostics)
    }
}

extension JSONNode {
    /// The value of a scalar member as a raw cell (numbers keep their literal text).
    func rawCell(_ key: String, path: String) -> RawCell? {
        guard let node = self[key] else { return nil }
        let text: String
        switch node.value {
        case .string(let s): text = s
        case .number(let literal): text = literal
        case .bool(let b): text = b ? "true" : "false"
        case .null: text = ""
        case .object, .array: text = "…"
        }
        return RawCell(text: text, line: node.line, column: node.column, context: .jsonPath(path + "." + key))
    }
}
