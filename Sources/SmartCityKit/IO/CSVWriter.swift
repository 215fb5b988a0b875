/// Writes CSV that Excel opens correctly: optional UTF-8 BOM, chosen separator, CRLF line
/// ends, quoting only where needed, and a guard against formula injection.
///
/// Excel reads a CSV without BOM in the Windows code page, so "Şişli" or "é" come out garbled;
/// the BOM makes it read UTF-8. `;` is what Excel expects in locales whose decimal separator
/// is `,` (Indonesian among them). CRLF is RFC 4180's line end and what Excel writes.
public struct CSVWriter: Sendable {
    /// `,` or `;`.
    public var separator: Character
    /// Whether `document` starts with U+FEFF.
    public var bom: Bool
    /// Whether fields pass the formula guard (`guarded`). On for exports; off where the tool
    /// edits the workspace's own input files, whose text must come back exactly as read.
    public var guardsFormulas = true

    public init(separator: Character = ",", bom: Bool = true) {
        self.separator = separator
        self.bom = bom
    }

    /// One line: fields quoted when they contain the separator, a quote, CR or LF, or
    /// leading/trailing spaces; quotes doubled; ends with "\r\n".
    ///
    /// Each field first passes the formula guard (`guarded`).
    public func line(_ fields: [String]) -> String {
        line(fields, quoting: needsQuotes)
    }

    /// The header line: as `line`, but a field containing any of `,`, `;` or tab is quoted
    /// too, whichever the separator.
    ///
    /// Readers that detect the separator from the header — ours, LibreOffice's — count these
    /// characters outside quotes; an unquoted "Nilai; Bobot" in a `,` file would tip the count.
    public func headerLine(_ fields: [String]) -> String {
        line(fields) { field in
            needsQuotes(field) || field.utf8.contains { $0 == 0x2C || $0 == 0x3B || $0 == 0x09 }
        }
    }

    /// Header and rows, with the BOM first when `bom`.
    ///
    /// A one-column table has no separator in its header to detect, so a reader takes it as
    /// `,`; write such a table with `,`.
    public func document(header: [String], rows: [[String]]) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += headerLine(header)
        for row in rows { out += line(row) }
        return out
    }

    private func line(_ fields: [String], quoting: (String) -> Bool) -> String {
        var out = ""
        for (index, raw) in fields.enumerated() {
            if index > 0 { out.append(separator) }
            let field = guardsFormulas ? CSVWriter.guarded(raw) : raw
            if quoting(field) {
                out += "\""
                // Most quoted fields hold a separator, not a quote: append them whole.
                if field.utf8.contains(0x22) {
                    out += field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
                } else {
                    out += field
                }
                out += "\""
            } else {
                out += field
            }
        }
        return out + "\r\n"
    }

    private func needsQuotes(_ field: String) -> Bool {
        guard let first = field.utf8.first, let last = field.utf8.last else { return false }
        if first == 0x20 || last == 0x20 { return true }
        if let separator = separator.asciiValue {
            return field.utf8.contains { $0 == separator || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        }
        return field.contains(separator) || field.utf8.contains { $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    }

    /// The field with a leading `'` when a spreadsheet would run it as a formula: it starts
    /// with `=`, `+`, `-`, `@`, tab or CR (OWASP "CSV Injection"). A plain number (`-1`,
    /// `-2.5`, `+3`, `-0,75`) is left alone so it stays numeric in the sheet.
    ///
    /// Names, notes and evidence links come from the facilitators' files; a note such as
    /// `=HYPERLINK("http://…")` or `@SUM(…)` would otherwise run when an official opens the
    /// export. The `'` makes Excel and LibreOffice show the text as text.
    static func guarded(_ field: String) -> String {
        guard let first = field.utf8.first else { return field }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D:
            return "'" + field
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return isPlainNumber(field) ? field : "'" + field
        default:
            return field
        }
    }

    /// `[+-]?digits([.,]digits)?`: the numbers our renderers write, with either decimal mark.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8
        if let c = bytes.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        let integer = bytes.prefix(while: isDigit)
        guard !integer.isEmpty else { return false }
        let rest = bytes.dropFirst(integer.count)
        guard let mark = rest.first else { return true }
        let fraction = rest.dropFirst()
        return (mark == UInt8(ascii: ".") || mark == UInt8(ascii: ",")) && !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }
}
