/// The audit log as a terminal table, one row per change, in the order the changes were made.
public enum AuditTextRenderer {
    /// The entries as a table (no heading); empty values as "—".
    public static func table(_ entries: [AuditEntry], language l: Language) -> String {
        var table = TextTable(header: AuditText.Column.allCases.map { AuditText.column($0).text(l) })
        for e in entries {
            let subject: String
            switch e.subject {
            case .indicator(let id): subject = id
            case .service(let name): subject = AuditText.service(name).text(l)
            case .item(let code): subject = AuditText.item(code).text(l)
            }
            var reason = oneLine(e.reason)
            if e.forced { reason = reason.isEmpty ? AuditText.forced.text(l) : reason + " " + AuditText.forced.text(l) }
            table.rows.append([e.at.description, oneLine(e.by), e.period, e.opd, subject, AuditText.field(e.field).text(l),
                               e.old.isEmpty ? "—" : oneLine(e.old), e.new.isEmpty ? "—" : oneLine(e.new), reason])
        }
        return table.rendered()
    }

    /// What `smartcity audit` prints: a heading and the table, or why there is nothing.
    public static func render(_ result: AuditReadResult, opd: String?, language l: Language) -> String {
        if result.entries.isEmpty {
            if let opd, result.total > 0 { return AuditText.noEntries(opd: opd, total: result.total).text(l) + "\n" }
            return AuditText.emptyLog.text(l) + "\n"
        }
        return AuditText.heading(count: result.entries.count, opd: opd).text(l) + "\n\n" + table(result.entries, language: l)
    }

    /// Notes may hold line breaks and tabs; a table row must stay one line.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
