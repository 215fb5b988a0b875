/// Which indicators of an older method hold evidence for each indicator of a newer one
/// (`indicators/crosswalk-*.json`, `"kind": "crosswalk"`): our judgement, not an official
/// mapping, used only to *estimate* a starting point under the newer method
/// (docs/crosswalk.md).
public struct Crosswalk: Sendable, Hashable {
    public struct Source: Sendable, Hashable {
        public var indicator: String
        /// Relative weight within the link.
        public var weight: Fraction
        public var reason: LocalizedText
    }

    public struct Link: Sendable, Hashable {
        /// The indicator of the newer method (`PEMDI-01`).
        public var target: String
        /// The older method's indicators informing it; empty: no evidence yet.
        public var sources: [Source]
        public var reason: LocalizedText
        public var line: Int
    }

    public var id: String
    public var version: String
    public var title: LocalizedText
    public var citation: String
    /// Catalog ids: the older method and the newer one.
    public var from: String
    public var to: String
    public var links: [Link]
    public var file: String
}
