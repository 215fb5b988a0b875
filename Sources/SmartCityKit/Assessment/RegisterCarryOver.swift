/// Next year's evidence register started from this year's (`smartcity period new`): what the
/// city holds is carried over, what has expired by the new period's date is reset with the
/// reason, and what the assessor had not accepted is opened again as a draft.
///
/// - An accepted item keeps its status, document and date, unless its document is older than
///   the item's `validMonths` (reviews, audits: catalog data) at the new date, or its
///   indicator requires an external index (IKASANDI) that is missing or older than the
///   catalog's `maximumAgeMonths` then: such an item is reset to `belum`, with the reason.
/// - An item uploaded, in draft or sent back is a draft again, with its document: the new
///   evaluation assesses it afresh.
/// - An item not started is not listed (it is `belum` by default).
public struct RegisterCarryOver: Sendable {
    public enum Outcome: Sendable, Hashable {
        case carried
        /// Reset: the document was older than `months` at the new date (or had no date).
        case expired(months: Int, date: CalendarDate?)
        /// Reset: the indicator needs `index` no older than `months`; the latest is of `date`.
        case indexStale(index: LocalizedText, months: Int, date: CalendarDate?)
        /// Open again as a draft; the status it had.
        case reopened(EvidenceRegister.Status)
    }

    public struct Item: Sendable, Hashable {
        public var entry: EvidenceRegister.Entry
        public var outcome: Outcome
        /// The row of the new register: the status after the carry-over.
        public var status: EvidenceRegister.Status {
            switch outcome {
            case .carried: return entry.status
            case .expired, .indexStale: return .belum
            case .reopened: return .draf
            }
        }
    }

    public var items: [Item]

    public static func carry(_ register: EvidenceRegister, externalIndices: ExternalIndexValues?, catalog: IndicatorCatalog,
                             to date: CalendarDate) -> RegisterCarryOver {
        let items = register.entries.compactMap { entry -> Item? in
            switch entry.status {
            case .belum: return nil
            case .draf, .diunggah, .revisi: return Item(entry: entry, outcome: .reopened(entry.status))
            case .diterima: break
            }
            let indicator = catalog.indicators[entry.item.position]
            let item = indicator.evidence[entry.item.level - catalog.levels.lowerBound][entry.item.index]
            if let months = item.validMonths, entry.date.map({ $0.addingMonths(months) < date }) ?? true {
                return Item(entry: entry, outcome: .expired(months: months, date: entry.date))
            }
            if let required = indicator.requiredIndex {
                let reading = externalIndices?.entry(required.index)
                if reading.map({ $0.date.addingMonths(required.maximumAgeMonths) < date }) ?? true {
                    let name = catalog.externalIndex(required.index)?.name ?? LocalizedText(id: required.index, en: required.index)
                    return Item(entry: entry, outcome: .indexStale(index: name, months: required.maximumAgeMonths, date: reading?.date))
                }
            }
            return Item(entry: entry, outcome: .carried)
        }
        return RegisterCarryOver(items: items)
    }
}
