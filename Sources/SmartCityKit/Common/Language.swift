/// The language a person reads: Bahasa Indonesia (the default) or English.
///
/// Every user-facing text of the tool exists in both; `--lang en` selects English.
public enum Language: String, Sendable, CaseIterable, Hashable {
    case id
    case en

    /// Picks the text of this language from a pair written side by side.
    @inlinable
    public func pick(id: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .id: return id()
        case .en: return en()
        }
    }
}
