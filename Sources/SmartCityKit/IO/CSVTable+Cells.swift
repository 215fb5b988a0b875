/// Reading cells for findings about them: where a cell is, its text, and which columns are
/// missing — the same for every CSV input.
extension CSVTable {
    /// Where a cell of `row` is: its line and column, named by its column's header (the row's
    /// line when the row is shorter than the header).
    func location(_ row: CSVRow, _ column: Int) -> Diagnostic.Location {
        Diagnostic.Location(file: file, line: row[column]?.line ?? row.line, column: row[column]?.column, context: .field(header[column].value))
    }

    /// A cell's text without surrounding spaces; empty for a cell the row lacks or a column
    /// the file lacks.
    func text(_ row: CSVRow, _ column: Int?) -> String {
        column.flatMap { row[$0] }.map { CSVReader.trimmed($0.value) } ?? ""
    }

    /// The column of each alias group, or the finding that names the groups not found (by
    /// their first alias), at the header.
    func columns(_ groups: [[String]]) -> (positions: [Int]?, missing: Diagnostic?) {
        let positions = groups.map { columnIndex($0) }
        let missing = zip(groups, positions).filter { $0.1 == nil }.map { $0.0[0] }
        guard missing.isEmpty else {
            return (nil, Diagnostic(.workspace(.missingColumn(expected: missing)), at: Diagnostic.Location(file: file, line: 1, column: 1)))
        }
        return (positions.compactMap { $0 }, nil)
    }
}
