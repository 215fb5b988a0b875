/// The stages of an online public service, from `indicators/service-stages.json`:
/// 0 offline … 4 integrated (after the UN E-Government Survey's Online Service Index, with an
/// offline stage added).
public struct ServiceStageCatalog: Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    public var source: CatalogSource
    public var notes: [LocalizedText]
    /// Sorted by `stage`, contiguous from the lowest.
    public var stages: [ServiceStage]
    public var file: String

    public var range: ClosedRange<Int> { (stages.first?.stage ?? 0)...(stages.last?.stage ?? 0) }

    public func stage(_ number: Int) -> ServiceStage? { stages.first { $0.stage == number } }

    /// The key of the stage where a service is done online end to end (the loader requires
    /// one stage with it).
    static let transactionKey = "transaction"

    /// The transaction stage: services at or above it count as online (readiness, the gap
    /// report's services list).
    public var transaction: Int { stages.first { $0.key == Self.transactionKey }?.stage ?? range.upperBound }
}

public struct ServiceStage: Sendable, Hashable {
    public var stage: Int
    public var key: String
    public var name: LocalizedText
    public var description: LocalizedText?
}
