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

    /// All findings, sorted, one block each, followed by a count line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics.sortedForDisplay() {
            out += render(diagnostic)
        }
        if !diagnostics.isEmpty { out += summary(diagnostics) + "\n" }
        return out
    }

    /// One finding: the position line, then the quoted source line with a caret when known.
    public func render(_ d: Diagnostic) -> String {
        var head = ""
        if let location = d.location {
            head += location.file
            if let line = location.line {
                head += ":\(line)"
                if let column = location.column { head += ":\(column)" }
            }
            head += ": "
        }
        head += severityLabel(d.severity) + "[\(d.code)]: "
        if let context = d.location?.context { head += contextLabel(context) + ": " }
        head += d.message.text(language) + "\n"
        if let location = d.location, let line = location.line, let text = sources[location.file],
           let quoted = Self.line(line, of: text) {
            head += "    " + quoted + "\n"
            if let column = location.column, column >= 1 {
                let prefix = quoted.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                head += "    " + prefix + "^\n"
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

    static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == number {
                var s = String(line)
                if s.hasSuffix("\r") { s.removeLast() }
                if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
                return s.count > 200 ? String(s.prefix(200)) + "…" : s
            }
            current += 1
        }
        return nil
    }
}
