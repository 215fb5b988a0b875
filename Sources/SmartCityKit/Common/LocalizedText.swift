/// A text that comes from data (a catalog or a policy) in both of the tool's languages.
///
/// Catalogs carry every user-facing text as `{"id": "…", "en": "…"}`; the loader refuses a
/// text with either side missing, so rendering never has to fall back.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Indonesian text.
    public var id: String
    /// The English text.
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: return id
        case .en: return en
        }
    }
}
