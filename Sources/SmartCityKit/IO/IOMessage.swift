/// Findings of the readers (text decoding, CSV, JSON). Placeholder: the IO stage fills it in.
public enum IOMessage: StageMessage {
    case emptyFile

    public var code: String {
        switch self {
        case .emptyFile: return "IO001"
        }
    }

    public func text(_ language: Language) -> String {
        switch self {
        case .emptyFile: return language.pick(id: "berkas kosong", en: "empty file")
        }
    }

    public var defaultSeverity: Diagnostic.Severity { .error }
}
