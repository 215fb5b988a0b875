/// A CSV field with where it starts (1-based line and column in characters on that line).
///
/// The position is the field's first character — its opening quote when quoted — so that a
/// later stage can point at the exact cell a finding is about.
public struct CSVField: Sendable, Hashable {
    /// The text as written: quotes removed, `""` undone, line ends inside quotes as `"\n"`.
    /// Surrounding spaces of an unquoted field are kept; callers trim where a value allows it.
    public var value: String
    /// 1-based physical line of the file, so a field after a multi-line field has the later line.
    public var line: Int
    /// 1-based column, counted as Unicode scalars from the line's start (the BOM not counted):
    /// the same as characters for the text people type in spreadsheets (see `CSVReader`).
    public var column: Int

    public init(value: String, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One data row.
///
/// Rows may be shorter than the header (spreadsheets drop trailing empty cells), so fields are
/// read through the subscript, which answers nil for a missing one instead of trapping.
public struct CSVRow: Sendable {
    /// The physical line the row starts on.
    public var line: Int
    /// At most as many fields as the header has columns.
    public var fields: [CSVField]

    public init(line: Int, fields: [CSVField]) {
        self.line = line
        self.fields = fields
    }

    /// The field of column `index` (0-based), or nil when the row is shorter.
    public subscript(index: Int) -> CSVField? {
        fields.indices.contains(index) ? fields[index] : nil
    }
}

/// A CSV file read into a header and data rows, each field with its position.
public struct CSVTable: Sendable {
    /// The file's path as the user named it, for diagnostics.
    public var file: String
    /// `,`, `;` or `"\t"`, detected from the header line (see `CSVReader`).
    public var separator: Character
    /// Header names as written, trimmed; trailing blank names are dropped.
    public var header: [CSVField]
    /// Data rows, blank lines skipped.
    public var rows: [CSVRow]

    public init(file: String, separator: Character, header: [CSVField], rows: [CSVRow]) {
        self.file = file
        self.separator = separator
        self.header = header
        self.rows = rows
    }

    /// Index of the first header matching any alias: case-insensitive, ignoring surrounding
    /// spaces, and treating "_", "-" and runs of spaces alike ("Self Level", "self_level",
    /// "self-level" match alias "self level").
    ///
    /// Facilitators type headers by hand in Indonesian or English and spreadsheets keep their
    /// spacing, so matching exactly would reject files a person reads as the same. The first
    /// match wins, which is why a duplicated header's second column is ignored.
    public func columnIndex(_ aliases: [String]) -> Int? {
        let wanted = Set(aliases.map(CSVTable.normalizedName))
        return header.firstIndex { wanted.contains(CSVTable.normalizedName($0.value)) }
    }

    /// The form in which two header names compare equal: lower case, `_`, `-` and whitespace
    /// runs as one space, no space at either end.
    static func normalizedName(_ name: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in name.lowercased() {
            if c == "_" || c == "-" || c.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return out
    }
}
