/// Every message a diagnostic can carry, grouped by the stage that finds it.
///
/// Each stage owns an enum whose cases carry the values of the finding and render them in
/// Indonesian and English with an exhaustive `switch`: a message without both texts does not
/// compile.
public enum DiagnosticMessage: Sendable, Hashable {
    case io(IOMessage)
    case catalog(CatalogMessage)
    case workspace(WorkspaceMessage)
    case rules(RuleMessage)
    case planning(PlanningMessage)
    case roadmap(RoadmapMessage)
    case evidence(EvidenceMessage)

    /// The stable code, e.g. `CSV002`, `CAT010`, `WS021`.
    public var code: String {
        switch self {
        case .io(let m): return m.code
        case .catalog(let m): return m.code
        case .workspace(let m): return m.code
        case .rules(let m): return m.code
        case .planning(let m): return m.code
        case .roadmap(let m): return m.code
        case .evidence(let m): return m.code
        }
    }

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .io(let m): return m.text(language)
        case .catalog(let m): return m.text(language)
        case .workspace(let m): return m.text(language)
        case .rules(let m): return m.text(language)
        case .planning(let m): return m.text(language)
        case .roadmap(let m): return m.text(language)
        case .evidence(let m): return m.text(language)
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .io(let m): return m.defaultSeverity
        case .catalog(let m): return m.defaultSeverity
        case .workspace(let m): return m.defaultSeverity
        case .rules(let m): return m.defaultSeverity
        case .planning(let m): return m.defaultSeverity
        case .roadmap(let m): return m.defaultSeverity
        case .evidence(let m): return m.defaultSeverity
        }
    }
}

/// What each stage's message enum provides.
public protocol StageMessage: Sendable, Hashable {
    var code: String { get }
    func text(_ language: Language) -> String
    var defaultSeverity: Diagnostic.Severity { get }
}
