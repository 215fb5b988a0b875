/// The text of a PSPLIB file as numbered lines of whitespace-separated tokens, each token
/// with its 1-based column, so every finding can point at the exact number.
struct PSPLIBLines {
    struct Token {
        var text: Substring
        var column: Int
    }

    struct Line {
        /// 1-based line number in the file.
        var number: Int
        var text: Substring
        var tokens: [Token]

        var isBlank: Bool { tokens.isEmpty }
        /// Whether the first token is a whole number (a data row rather than a title).
        var startsWithNumber: Bool { tokens.first.map { Int($0.text) != nil } ?? false }
    }

    let lines: [Line]

    init(_ text: String) {
        var lines: [Line] = []
        var number = 0
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            lines.append(Line(number: number, text: line, tokens: Self.tokens(line)))
        }
        self.lines = lines
    }

    static func tokens(_ line: Substring) -> [Token] {
        var tokens: [Token] = []
        var column = 1
        var start: Substring.Index?
        var startColumn = 0
        for index in line.indices {
            let c = line[index]
            if c == " " || c == "\t" {
                if let s = start { tokens.append(Token(text: line[s..<index], column: startColumn)); start = nil }
            } else if start == nil {
                start = index
                startColumn = column
            }
            column += 1
        }
        if let s = start { tokens.append(Token(text: line[s...], column: startColumn)) }
        return tokens
    }

    /// The index of the first line starting with `title`.
    func index(of title: String) -> Int? {
        lines.firstIndex { $0.text.hasPrefix(title) }
    }

    /// The value after the colon of the first line starting with `label`
    /// (`jobs (incl. supersource/sink ):  32`), with its line.
    func labelled(_ label: String) -> (token: Token, line: Line)? {
        guard let i = lines.firstIndex(where: { $0.text.drop { $0 == " " }.hasPrefix(label) }) else { return nil }
        let line = lines[i]
        guard let colon = line.text.firstIndex(of: ":") else { return nil }
        let after = line.text.distance(from: line.text.startIndex, to: colon)
        guard let token = line.tokens.first(where: { $0.column > after + 1 }) else { return nil }
        return (token, line)
    }

    /// The data rows of the section titled `title`: after the title, the lines before the
    /// first row starting with a number are column titles and skipped; then every non-blank
    /// line up to the next row of asterisks (or the end) is a row.
    func rows(of title: String) -> [Line]? {
        guard let start = index(of: title) else { return nil }
        var rows: [Line] = []
        var inData = false
        for line in lines[(start + 1)...] {
            if line.text.hasPrefix("*") { break }
            if line.isBlank { continue }
            if !inData {
                guard line.startsWithNumber else { continue }
                inData = true
            }
            rows.append(line)
        }
        return rows
    }
}
