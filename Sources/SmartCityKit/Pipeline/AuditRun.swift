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
        let path = FileSystem.join(workspace, AuditLog.fileName)
        guard FileSystem.exists(path) else { return AuditReadResult(entries: [], diagnostics: [], total: 0) }
        let bytes: [UInt8]
        do { bytes = try FileSystem.readBytes(path) } catch {
            return AuditReadResult(entries: [], diagnostics: [Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: path))], total: 0)
        }
        let (entries, diagnostics) = AuditLog.read(bytes: bytes, file: path)
        let wanted = opd.map { $0.lowercased() }
        return AuditReadResult(entries: entries.filter { wanted == nil || $0.opd == wanted }, diagnostics: diagnostics, total: entries.count)
    }
}
