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
}

public struct ServiceStage: Sendable, Hashable {
    public var stage: Int
    public var key: String
    public var name: LocalizedText
    public var description: LocalizedText?
}
