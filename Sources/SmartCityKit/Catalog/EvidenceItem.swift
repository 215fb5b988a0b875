/// One piece of evidence (*butir data dukung*) a level of an indicator asks for, with the
/// code the evaluation portal gives it (`I1-L2-03`).
public struct EvidenceItem: Sendable, Hashable {
    public var code: String
    public var text: LocalizedText
    /// How many months a document for it stays valid (reviews, audits); nil: it does not
    /// expire. A newer period does not carry an older one over.
    public var validMonths: Int? = nil
}

/// Where an evidence item sits in its catalog.
public struct EvidenceItemRef: Sendable, Hashable {
    /// The indicator's position in the catalog.
    public var position: Int
    public var level: Int
    /// The item's place among its level's items.
    public var index: Int
}
