/// Findings of the catalog and policy loaders.
public enum CatalogMessage: StageMessage {
    case placeholder

    public var code: String { "CAT000" }
    public func text(_ language: Language) -> String { "" }
    public var defaultSeverity: Diagnostic.Severity { .error }
}
