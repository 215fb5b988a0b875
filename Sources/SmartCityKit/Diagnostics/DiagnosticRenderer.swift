/// Renders diagnostics the way compilers do, so editors and people both can follow them:
///
///     examples/malang/assessments/2019-09/dinkes.csv:14:9: galat[WS021]: kolom "mandiri": …
///         SPBE-07,6,,,
///                 ^
///
/// This is the only place where findings become text.
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    /// The text of the files the findings point into, by path, to quote the offending line.
    public var sources: [String: String]

    public init(language: Language, sources: [String: String] = [:]) {
        self.language = language
        self.sources = sources
    }

    /// All findings, sorted, one block each, followed by a count line. Each quoted file is
    /// split into lines once, however many findings point into it.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var lines: [String: [Substring]] = [:]
        for diagnostic in diagnostics.sortedForDisplay() {
            out += render(diagnostic, lines: &lines)
        }
        if !diagnostics.isEmpty { out += summary(diagnostics) + "\n" }
        return out
    }

    /// One finding: the position line, then the quoted source line with a caret when known.
    public func render(_ d: Diagnostic) -> String {
        var lines: [String: [Substring]] = [:]
        return render(d, lines: &lines)
    }

    /// Longest message shown: a finding about a megabyte-long cell says so, not repeats it.
    static let longestMessage = 600

    private func render(_ d: Diagnostic, lines: inout [String: [Substring]]) -> String {
        var head = ""
        if let location = d.location {
            head += Self.visible(location.file)
            if let line = location.line {
                head += ":\(line)"
                if let column = location.column { head += ":\(column)" }
            }
            head += ": "
        }
        head += severityLabel(d.severity) + "[\(d.code)]: "
        if let context = d.location?.context { head += Self.visible(contextLabel(context)) + ": " }
        head += Self.visible(Self.cut(d.message.text(language), to: Self.longestMessage)) + "\n"
        if let location = d.location, let line = location.line, let text = sources[location.file] {
            if lines[location.file] == nil { lines[location.file] = text.split(separator: "\n", omittingEmptySubsequences: false) }
            if let quoted = Self.line(line, of: lines[location.file] ?? []) {
                head += "    " + quoted + "\n"
                if let column = location.column, column >= 1 {
                    let prefix = quoted.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                    head += "    " + prefix + "^\n"
                }
            }
        }
        return head
    }

    /// "2 galat, 1 peringatan" / "2 errors, 1 warning".
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        return language.pick(
            id: "\(errors) galat, \(warnings) peringatan",
            en: "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
    }

    func severityLabel(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return language.pick(id: "galat", en: "error")
        case .warning: return language.pick(id: "peringatan", en: "warning")
        }
    }

    func contextLabel(_ context: Diagnostic.Location.Context) -> String {
        switch context {
        case .field(let name): return language.pick(id: "kolom \"\(name)\"", en: "column \"\(name)\"")
        case .jsonPath(let path): return language.pick(id: "di \(path)", en: "at \(path)")
        }
    }

    /// Line `number` (from 1) of a split file, without its CR or BOM, cut at 200 characters,
    /// its control characters made visible. Cut first: a line can be megabytes long, and each
    /// finding on it quotes it.
    static func line(_ number: Int, of lines: [Substring]) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        var s = lines[number - 1]
        if s.hasSuffix("\r") { s.removeLast() }
        if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
        return visible(cut(s, to: 200), keepingTabs: true)
    }

    /// `text` with control characters (C0, DEL, C1) written as `\u{1B}`: data quoted on a
    /// terminal must not move its cursor, change its colours or ring it.
    static func visible(_ text: String, keepingTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingTabs && $0 == "\t") }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar), !(keepingTabs && scalar == "\t") {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` cut to `limit` characters with "…", reading no further than the cut.
    static func cut<Text: StringProtocol>(_ text: Text, to limit: Int) -> String {
        let head = text.prefix(limit)
        return head.endIndex < text.endIndex ? String(head) + "…" : String(head)
    }
}
