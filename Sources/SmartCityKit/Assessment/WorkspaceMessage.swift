/// Findings of the workspace loader (OPD list, answers, services).
public enum WorkspaceMessage: StageMessage {
    case placeholder

    public var code: String { "WS000" }
    public func text(_ language: Language) -> String { "" }
    public var defaultSeverity: Diagnostic.Severity { .error }
}
