/// A finding about the input: what is wrong (or doubtful), where, and how serious.
///
/// Every stage returns its diagnostics as values instead of printing or throwing, so that one
/// run reports all problems of all files together and the CLI renders them in one place.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a finding is. Errors make the run's exit status "data error".
    public enum Severity: String, Sendable, Hashable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    public var location: Location?
    public var message: DiagnosticMessage
    /// Positions of the things the finding is about, when they are not places in a file: the
    /// activities of a scheduling problem, in the message's order (a cycle lists them along
    /// the cycle), for callers that highlight them.
    public var subjects: [Int] = []

    public init(_ message: DiagnosticMessage, at location: Location?, severity: Severity? = nil, subjects: [Int] = []) {
        self.message = message
        self.location = location
        self.severity = severity ?? message.defaultSeverity
        self.subjects = subjects
    }

    /// The stable code of the message, e.g. `CSV002`; tests match on it, not on wording.
    public var code: String { message.code }

    public var isError: Bool { severity == .error }
}

extension Diagnostic {
    /// Where in the input a finding points.
    public struct Location: Sendable, Hashable, Comparable {
        /// What inside a line the finding is about, when a column alone would not say it.
        public enum Context: Sendable, Hashable {
            /// A CSV column, by its header.
            case field(String)
            /// A JSON value, by its path from the document's root (`tree[0].weight`).
            case jsonPath(String)
        }

        /// The file's path as the user named it (relative paths stay relative).
        public var file: String
        /// 1-based line, when known.
        public var line: Int?
        /// 1-based column in characters, when known.
        public var column: Int?
        public var context: Context?

        public init(file: String, line: Int? = nil, column: Int? = nil, context: Context? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.context = context
        }

        public static func < (a: Location, b: Location) -> Bool {
            if a.file != b.file { return a.file < b.file }
            if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
            return (a.column ?? 0) < (b.column ?? 0)
        }
    }
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error.
    public var hasErrors: Bool { contains { $0.isError } }

    /// Appends the findings of `more` not already here: the same file read for two methods
    /// says the same thing twice, and a reader needs it once.
    public mutating func appendNew(_ more: [Diagnostic]) {
        guard !more.isEmpty else { return }
        var seen = Set(self)
        for d in more where seen.insert(d).inserted { append(d) }
    }

    /// The findings in the order they are shown: by file, line, column, then code, so that a
    /// run's report is the same whatever order the stages or threads produced them in.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            switch (a.location, b.location) {
            case (nil, nil): break
            case (nil, _): return true
            case (_, nil): return false
            case let (la?, lb?):
                if la != lb, la < lb || lb < la { return la < lb }
            }
            if a.severity != b.severity { return a.severity < b.severity }
            if a.code != b.code { return a.code < b.code }
            return a.message.text(.en) < b.message.text(.en)
        }
    }
}
