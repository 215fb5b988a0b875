/// What `smartcity audit` read.
public struct AuditReadResult: Sendable {
    /// The entries, in log order, filtered by OPD when asked.
    public var entries: [AuditEntry]
    /// Lines that are not valid entries, with their positions; a missing log is no finding.
    public var diagnostics: [Diagnostic]
    /// Entries in the whole log, before filtering.
    public var total: Int
}

extension Pipeline {
    /// Reads `audit.log` of a workspace, keeping the entries of `opd` when given. A workspace
    /// nothing was imported into yet has no log, which reads as empty.
    public static func readAuditLog(workspace: String, opd: String? = nil) -> AuditReadResult {
        guard FileSystem.isDirectory(workspace) else {
            return AuditReadResult(entries: [], diagnostics: [Diagnostic(.workspace(.workspaceNotFound(workspace)), at: Diagnostic.Location(file: workspace))], total: 0)
        }
        guard let file = InputFile.readIfPresent(FileSystem.join(workspace, AuditLog.fileName)) else {
            return AuditReadResult(entries: [], diagnostics: [], total: 0)
        }
        var unreadable: [Diagnostic] = []
        guard let bytes = file.bytes(reportingTo: &unreadable) else { return AuditReadResult(entries: [], diagnostics: unreadable, total: 0) }
        let (entries, diagnostics) = AuditLog.read(bytes: bytes, file: file.path)
        let wanted = opd.map { $0.lowercased() }
        return AuditReadResult(entries: entries.filter { wanted == nil || $0.opd == wanted }, diagnostics: diagnostics, total: entries.count)
    }
}
