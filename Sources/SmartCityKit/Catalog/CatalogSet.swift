/// The catalogs one period is scored with: the official index (SPBE 2020), the smart-city
/// dimensions and the service stages, as the policy's `methods` names them.
public struct CatalogSet: Sendable {
    /// Which of the two indicator catalogs an indicator belongs to.
    public enum Slot: Int, Sendable, Hashable, CaseIterable, Comparable {
        case index
        case dimensions

        public static func < (a: Slot, b: Slot) -> Bool { a.rawValue < b.rawValue }
    }

    public var index: IndicatorCatalog
    public var dimensions: IndicatorCatalog
    public var stages: ServiceStageCatalog

    public init(index: IndicatorCatalog, dimensions: IndicatorCatalog, stages: ServiceStageCatalog) {
        self.index = index
        self.dimensions = dimensions
        self.stages = stages
    }

    public func catalog(_ slot: Slot) -> IndicatorCatalog {
        switch slot {
        case .index: return index
        case .dimensions: return dimensions
        }
    }

    /// The indicator an id names in either catalog, compared leniently.
    public func resolve(_ id: String) -> IndicatorRef? {
        // Ids as the catalogs write them first: the common case, without normalising.
        if let p = index.exactLookup[id] { return IndicatorRef(slot: .index, position: p) }
        if let p = dimensions.exactLookup[id] { return IndicatorRef(slot: .dimensions, position: p) }
        if let p = index.position(of: id) { return IndicatorRef(slot: .index, position: p) }
        if let p = dimensions.position(of: id) { return IndicatorRef(slot: .dimensions, position: p) }
        return nil
    }

    public func indicator(_ ref: IndicatorRef) -> Indicator { catalog(ref.slot).indicators[ref.position] }

    /// The closest known id, for "did you mean" hints.
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id.uppercased(), in: index.indicators.map(\.id) + dimensions.indicators.map(\.id))
    }
}

/// A reference to one indicator of a `CatalogSet`, cheap to store per answer.
public struct IndicatorRef: Sendable, Hashable, Comparable {
    public var slot: CatalogSet.Slot
    /// Position in the catalog's `indicators`.
    public var position: Int

    public init(slot: CatalogSet.Slot, position: Int) {
        self.slot = slot
        self.position = position
    }

    public static func < (a: IndicatorRef, b: IndicatorRef) -> Bool { (a.slot, a.position) < (b.slot, b.position) }
}
