/// One change `import` made to a workspace: one line of its `audit.log`.
///
/// Who and when come from the command line (`--by`, `--at`) or from the imported row's own
/// columns, never from the clock, so the log says what the people involved declared.
public struct AuditEntry: Sendable, Hashable {
    /// The column of an answer, service, evidence register or assessor values file that changed.
    public enum Field: String, Sendable, Hashable, CaseIterable {
        case selfLevel = "self"
        case verified
        case evidence
        case note
        /// The assessor's reason for a verified level.
        case assessorNote
        case stage
        case usersPerYear
        /// An evidence item's status, revision kind, document, document date, narrative and
        /// the document answering a revision.
        case status, revision, document, date, narrative, response
        /// An assessor's value inside a band, and its reason.
        case value, reason
    }

    /// What the changed row is about: an indicator (answers, assessor values), a service
    /// (inventory) or an evidence item (register).
    public enum Subject: Sendable, Hashable {
        case indicator(String)
        case service(String)
        case item(String)
    }

    /// The day of the change, as declared.
    public var at: CalendarDate
    /// Who made it, as declared.
    public var by: String
    /// The period folder (`2026-03`).
    public var period: String
    public var opd: String
    public var subject: Subject
    public var field: Field
    /// The value before, as the workspace file holds it normalised (`3`, `TB`); empty when
    /// the row or cell was empty.
    public var old: String
    public var new: String
    /// The imported row's note (*catatan*), which is where a reason is written.
    public var reason: String
    /// Whether `--force` let a verified level be replaced.
    public var forced: Bool
    /// The imported file and line the change came from (`export/dinkes.csv:4`).
    public var source: String
    /// The line of `audit.log` the entry was read from (0 for an entry not read from a file).
    public var line: Int = 0

    public init(at: CalendarDate, by: String, period: String, opd: String, subject: Subject, field: Field,
                old: String, new: String, reason: String, forced: Bool, source: String) {
        self.at = at
        self.by = by
        self.period = period
        self.opd = opd
        self.subject = subject
        self.field = field
        self.old = old
        self.new = new
        self.reason = reason
        self.forced = forced
        self.source = source
    }
}

/// `audit.log`: the workspace's append-only record of what imports changed, one JSON object
/// per line ("JSON Lines"), in the order the changes were made.
///
/// JSON rather than tab-separated text because notes and names may hold tabs, quotes and
/// line breaks; one object per line so appending never rewrites earlier lines and a damaged
/// line is reported on its own, with its position. The format is in docs/workspace.md.
public enum AuditLog {
    /// The log's name in the workspace folder.
    public static let fileName = "audit.log"
    public static let format = 1

    static let keys = ["format", "at", "by", "period", "opd", "indicator", "service", "item", "field", "old", "new", "reason", "forced", "source"]

    /// The entry as one line of compact JSON, ending with "\n". Keys in a fixed order; `forced`
    /// only when true, `reason` and `source` only when not empty.
    public static func line(_ entry: AuditEntry) -> String {
        var members: [(String, JSONOutput)] = [("format", .int(format)), ("at", .string(entry.at.description)), ("by", .string(entry.by)),
                                               ("period", .string(entry.period)), ("opd", .string(entry.opd))]
        switch entry.subject {
        case .indicator(let id): members.append(("indicator", .string(id)))
        case .service(let name): members.append(("service", .string(name)))
        case .item(let code): members.append(("item", .string(code)))
        }
        members += [("field", .string(entry.field.rawValue)), ("old", .string(entry.old)), ("new", .string(entry.new))]
        if !entry.reason.isEmpty { members.append(("reason", .string(entry.reason))) }
        if entry.forced { members.append(("forced", .bool(true))) }
        if !entry.source.isEmpty { members.append(("source", .string(entry.source))) }
        var out: [UInt8] = [0x7B]
        for (i, (key, value)) in members.enumerated() {
            if i > 0 { out.append(0x2C) }
            JSONOutput.writeString(key, into: &out)
            out.append(0x3A)
            value.write(into: &out, indent: 0)
        }
        out += [0x7D, 0x0A]
        return String(decoding: out, as: UTF8.self)
    }

    /// `existing` (the log as it is, possibly empty) with `entries` appended; a last line
    /// without its line end gets one first, so an entry never joins an earlier line.
    public static func appending(_ entries: [AuditEntry], to existing: [UInt8]) -> [UInt8] {
        var out = existing
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        for entry in entries { out += Array(line(entry).utf8) }
        return out
    }

    /// Every entry of a log, with a positioned diagnostic for each line that is not a valid
    /// entry (the others are still returned). Blank lines are skipped.
    public static func read(bytes: [UInt8], file: String) -> (entries: [AuditEntry], diagnostics: [Diagnostic]) {
        var entries: [AuditEntry] = []
        var diagnostics: [Diagnostic] = []
        var number = 0
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            number += 1
            var line = Array(bytes[start..<end])
            if line.last == 0x0D { line.removeLast() }
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let (entry, found) = entryOf(line, number: number, file: file)
            diagnostics += found
            if let entry { entries.append(entry) }
        }
        return (entries, diagnostics)
    }

    /// One line read as an entry; positions of its findings are moved to line `number`.
    static func entryOf(_ bytes: [UInt8], number: Int, file: String) -> (AuditEntry?, [Diagnostic]) {
        func moved(_ found: [Diagnostic]) -> [Diagnostic] {
            found.map { d in
                var d = d
                if d.location != nil { d.location?.line = number }
                return d
            }
        }
        let (root, parseDiagnostics) = JSONReader.read(bytes: bytes, file: file)
        guard let root else { return (nil, moved(parseDiagnostics)) }
        let context = JSONContext(file: file)
        var entry: AuditEntry?
        if let o = context.object(root, path: "", known: keys) {
            if let found = o.int("format", required: false), found != format {
                context.report(.unsupportedFormat(found: found, supported: format), at: o.members["format"], path: "format")
            }
            let at = o.date("at"), by = o.string("by"), period = o.string("period"), opd = o.string("opd")
            let field = o.word("field", oneOf: AuditEntry.Field.allCases.map(\.rawValue)).flatMap(AuditEntry.Field.init(rawValue:))
            let old = o.node("old").flatMap { plain($0, "old", o) }, new = o.node("new").flatMap { plain($0, "new", o) }
            let reason = o.node("reason", required: false).flatMap { plain($0, "reason", o) } ?? ""
            let source = o.node("source", required: false).flatMap { plain($0, "source", o) } ?? ""
            let forced = o.bool("forced", required: false) ?? false
            var subject: AuditEntry.Subject?
            if let id = o.string("indicator", required: false) {
                subject = .indicator(id)
            } else if let name = o.string("service", required: false) {
                subject = .service(name)
            } else if let code = o.string("item", required: false) {
                subject = .item(code)
            } else if !o.has("indicator"), !o.has("service"), !o.has("item") {
                context.report(.missingKey("indicator\", \"service\" or \"item"), at: root, path: "")
            }
            if let at, let by, let period, let opd, let field, let old, let new, let subject {
                entry = AuditEntry(at: at, by: by, period: period, opd: opd, subject: subject, field: field,
                                   old: old, new: new, reason: reason, forced: forced, source: source)
                entry?.line = number
            }
        }
        let found = moved(parseDiagnostics + context.diagnostics)
        return (found.hasErrors ? nil : entry, found)
    }

    /// A string member that may be empty (old and new values often are).
    private static func plain(_ node: JSONNode, _ key: String, _ o: JSONObjectView) -> String? {
        guard let s = node.stringValue else {
            o.context.report(.wrongType(found: ExpectedValue.kind(of: node), expected: .string), at: node, path: o.path(key))
            return nil
        }
        return s
    }
}
