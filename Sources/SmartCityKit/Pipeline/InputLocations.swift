/// Where a run finds its catalogs and policy, in a documented search order:
///
/// - catalogs: `--indicators DIR`; else `"indicators"` in the workspace's `workspace.json`
///   (relative to the workspace); else `<workspace>/indicators`; else `indicators/` in the
///   current folder (the repository, when run with `swift run`).
/// - policy: `--policy FILE`; else `"policy"` in `workspace.json`; else `<workspace>/policy.json`.
///
/// Plain files, never `Bundle.module`: it crashes when its resource folder is missing.
public struct InputLocations: Sendable, Hashable {
    public var workspace: String
    public var indicators: String?
    public var policy: String?

    public init(workspace: String, indicators: String? = nil, policy: String? = nil) {
        self.workspace = workspace
        self.indicators = indicators
        self.policy = policy
    }

    struct Resolved {
        var indicators: String
        var policy: String
    }

    func resolve() -> (Resolved?, [Diagnostic]) {
        var indicators = self.indicators
        var policy = self.policy
        var diagnostics: [Diagnostic] = []
        let settingsPath = FileSystem.join(workspace, "workspace.json")
        if FileSystem.exists(settingsPath) {
            do {
                let bytes = try FileSystem.readBytes(settingsPath)
                let (root, parseDiagnostics) = JSONReader.read(bytes: bytes, file: settingsPath)
                diagnostics += parseDiagnostics
                if let root {
                    let context = JSONContext(file: settingsPath)
                    if let top = context.object(root, path: "", known: ["format", "policy", "indicators"]) {
                        top.checkFormat(1)
                        if indicators == nil, let s = top.string("indicators", required: false) { indicators = FileSystem.relative(s, to: workspace) }
                        if policy == nil, let s = top.string("policy", required: false) { policy = FileSystem.relative(s, to: workspace) }
                    }
                    diagnostics += context.diagnostics
                }
            } catch {
                diagnostics.append(Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: settingsPath)))
            }
        }
        if indicators == nil {
            let local = FileSystem.join(workspace, "indicators")
            indicators = FileSystem.isDirectory(local) ? local : "indicators"
        }
        if policy == nil { policy = FileSystem.join(workspace, "policy.json") }
        guard let indicators, let policy else { return (nil, diagnostics) }
        return (Resolved(indicators: indicators, policy: policy), diagnostics)
    }
}
