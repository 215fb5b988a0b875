/// One indicator's value in a method that scores values inside level bands, with what it
/// rests on: three values side by side — what the unit claims (items it put forward), what
/// the evidence supports (items accepted), the assessor's where given — and the one that
/// counts.
public struct IndicatorValue: Sendable, Hashable {
    /// Where the value comes from.
    public enum Source: Sendable, Hashable {
        /// The city's evidence items, by the value rule.
        case evidence
        /// Another agency's index (`key`), with its value when the period has one.
        case externalIndex(key: String, value: Fraction?)
    }

    /// One level's items.
    public struct LevelCount: Sendable, Hashable {
        public var level: Int
        public var items: Int
        public var accepted: Int
        public var claimed: Int
    }

    /// The indicator's position in the method's catalog.
    public var position: Int
    public var source: Source
    /// What the accepted items give by the rule (or the index's converted value).
    public var supported: Fraction
    /// The level whose band holds `supported`.
    public var level: Int
    /// What the items the unit put forward would give if all were accepted.
    public var claimed: Fraction
    /// The assessor's value inside the band, with the reason.
    public var assessor: (value: Fraction, reason: String)?
    /// Per level, lowest first (empty for an external index).
    public var counts: [LevelCount]
    /// Items accepted or put forward above the first level not complete: the portal
    /// rejects them automatically, so they never count.
    public var ignored: [String]
    /// Every evidence item of the indicator with its state, lowest level first.
    public var items: [ItemState] = []
    /// The other agency's result it was taken from, with its date and source.
    public var reading: ExternalIndexValues.Entry? = nil
    /// The items still to produce, in the order that raises the value: the missing items of
    /// the first level not complete, then the next level's; each with what it adds once the
    /// ones before it are accepted.
    public var next: [NextItem] = []

    /// How an item stands against the last earlier period of the method.
    public enum Change: Sendable, Hashable {
        /// Not listed there (or not started), listed now.
        case new
        /// Its status, document or date differ.
        case changed
        case unchanged
    }

    /// One evidence item as the city stands with it.
    public struct ItemState: Sendable, Hashable {
        public var code: String
        public var level: Int
        /// `belum` when the register does not list it.
        public var status: EvidenceRegister.Status
        public var revision: EvidenceRegister.Revision?
        /// The unit that produces it: the register's, else the policy's owner of the indicator.
        public var owner: Int?
        public var document: String
        public var date: CalendarDate?
        public var note: String
        /// The document that answers the assessor's note (items in revision).
        public var response: String = ""
        /// Why it stands as it does (the register's `alasan`, from `period new`).
        public var reason: String = ""
        /// The unit's narrative of how the document shows the level reached.
        public var narrative: String = ""
        /// Against the last earlier period of the method; nil when there is none.
        public var change: Change? = nil
        /// Index points it holds now (weight × its share of its level's band ÷ 100); zero
        /// unless accepted and counted.
        public var points: Fraction
    }

    /// An item to produce next and what it adds.
    public struct NextItem: Sendable, Hashable {
        public var code: String
        public var level: Int
        /// The indicator's value it adds.
        public var gain: Fraction
        /// The index points it adds (weight × gain ÷ 100).
        public var points: Fraction
    }

    /// The value that counts: the assessor's where given, else the rule's.
    public var value: Fraction { assessor?.value ?? supported }

    public static func == (a: IndicatorValue, b: IndicatorValue) -> Bool {
        a.position == b.position && a.source == b.source && a.supported == b.supported && a.level == b.level && a.claimed == b.claimed
            && a.assessor?.value == b.assessor?.value && a.assessor?.reason == b.assessor?.reason && a.counts == b.counts && a.ignored == b.ignored
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
        hasher.combine(value)
    }
}

/// The values of every indicator of a period scored from evidence items and external
/// indices, in catalog order.
public struct EvidenceValues: Sendable {
    public var values: [IndicatorValue]
    /// What each unit carries, by OPD index: the units named owner of at least one item.
    public var owners: [Int: OwnerEvidence] = [:]
    /// What the city may argue at the interview, by the points at stake.
    public var appeals: [AppealCase] = []
    /// The period each item's `change` is against, when there is one.
    public var previousPeriod: String? = nil

    public func value(_ position: Int) -> IndicatorValue { values[position] }

    /// How many items (of `owner`, or all) are new, changed and unchanged against the
    /// previous period.
    public func changeCounts(owner: Int? = nil) -> (new: Int, changed: Int, unchanged: Int) {
        var counts = (new: 0, changed: 0, unchanged: 0)
        for value in values {
            for item in value.items where owner == nil || item.owner == owner {
                switch item.change {
                case .new?: counts.new += 1
                case .changed?: counts.changed += 1
                case .unchanged?: counts.unchanged += 1
                case nil: continue
                }
            }
        }
        return counts
    }

    /// What one unit's evidence items hold and would add to the city's index.
    public struct OwnerEvidence: Sendable, Hashable {
        /// Items it produces.
        public var items = 0
        public var accepted = 0
        /// Index points its accepted, counted items hold.
        public var points = Fraction.zero
        /// The next items to produce that are its own, in the order of `IndicatorValue.next`.
        public var next: [(position: Int, item: IndicatorValue.NextItem)] = []
        /// Index points those would add.
        public var nextPoints = Fraction.zero
        /// Every item it owns not yet accepted, in the order of index points per day of work
        /// (`OwedItemOrder`).
        public var owed: [OwedItem] = []

        public static func == (a: OwnerEvidence, b: OwnerEvidence) -> Bool {
            a.items == b.items && a.accepted == b.accepted && a.points == b.points && a.nextPoints == b.nextPoints
                && a.next.map(\.item) == b.next.map(\.item) && a.owed == b.owed
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(points) }
    }

    /// Sums each owner's items, once, after the values are formed; `owed` holds each owner's
    /// chains of items not yet accepted, one per indicator.
    mutating func summariseOwners(owed: [Int: [[OwedItem]]] = [:]) {
        var owners: [Int: OwnerEvidence] = [:]
        for value in values {
            var ownerOf: [String: Int] = [:]
            for item in value.items {
                guard let owner = item.owner else { continue }
                ownerOf[item.code] = owner
                owners[owner, default: OwnerEvidence()].items += 1
                if item.status == .diterima { owners[owner, default: OwnerEvidence()].accepted += 1 }
                owners[owner, default: OwnerEvidence()].points += item.points
            }
            for next in value.next {
                guard let owner = ownerOf[next.code] else { continue }
                owners[owner, default: OwnerEvidence()].next.append((value.position, next))
                owners[owner, default: OwnerEvidence()].nextPoints += next.points
            }
        }
        for (owner, chains) in owed { owners[owner, default: OwnerEvidence()].owed = OwedItemOrder.order(chains) }
        self.owners = owners
    }

    /// Forms the values of `catalog`'s indicators from a period's evidence, checking the
    /// assessor values against the bands the evidence reaches; warns where an external
    /// index is missing or a required one is stale.
    ///
    /// `owners` gives, per indicator position, the unit the policy makes responsible for its
    /// items (nil where the indicator has no single owner).
    ///
    /// `daysPerItem` gives, per indicator position, the days of work to prepare one of its items
    /// (from the action rules), which order the items each unit owes.
    public static func form(_ evidence: PeriodEvidence, catalog: IndicatorCatalog, periodDate: CalendarDate,
                            owners: [Int?] = [], daysPerItem: [Fraction?] = []) -> (values: EvidenceValues, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var owed: [Int: [[OwedItem]]] = [:]
        let bands = catalog.valueBands
        var values: [IndicatorValue] = []
        for (position, indicator) in catalog.indicators.enumerated() {
            let location = Diagnostic.Location(file: catalog.file, line: indicator.line)
            if let mapping = indicator.external {
                let entry = evidence.externalIndices?.entry(mapping.index)
                let formed = entry.map { IndicatorValueRule.value(external: $0.value, mapping: mapping, bands: bands) }
                    ?? (value: bands.first?.bottom ?? .zero, level: bands.first?.level ?? 1)
                if entry == nil, let index = catalog.externalIndex(mapping.index) {
                    diagnostics.append(Diagnostic(.evidence(.externalIndexMissing(indicator: indicator.id, index: index.name.id, agency: index.agency)),
                                                  at: Diagnostic.Location(file: evidence.externalIndices?.file ?? evidence.directory)))
                }
                var value = IndicatorValue(position: position, source: .externalIndex(key: mapping.index, value: entry?.value),
                                           supported: formed.value, level: formed.level, claimed: formed.value, assessor: nil,
                                           counts: [], ignored: [])
                value.reading = entry
                values.append(value)
                continue
            }
            var counts: [IndicatorValue.LevelCount] = []
            var statuses: [[EvidenceRegister.Entry?]] = []
            for (k, items) in indicator.evidence.enumerated() {
                let entries = items.map { evidence.register?.entry($0.code) }
                statuses.append(entries)
                counts.append(IndicatorValue.LevelCount(level: catalog.levels.lowerBound + k, items: items.count,
                                                        accepted: entries.filter { $0?.status == .diterima }.count,
                                                        claimed: entries.filter { $0?.claimed == true }.count))
            }
            let supported = IndicatorValueRule.value(accepted: counts.map(\.accepted), items: counts.map(\.items), bands: bands)
            let claimed = IndicatorValueRule.value(accepted: counts.map(\.claimed), items: counts.map(\.items), bands: bands)
            let stop = supported.level - catalog.levels.lowerBound
            var ignored: [String] = []
            for k in indicator.evidence.indices where k > stop {
                for (item, entry) in zip(indicator.evidence[k], statuses[k]) where entry?.claimed == true { ignored.append(item.code) }
            }
            var assessor: (Fraction, String)?
            if let entry = evidence.assessorValues?.entry(position) {
                let band = catalog.band(supported.level)
                if let band, band.contains(entry.value) {
                    assessor = (entry.value, entry.reason)
                } else if let band {
                    diagnostics.append(Diagnostic(.evidence(.assessorValueOutsideBand(indicator: indicator.id, value: entry.value, level: band.level,
                                                                                      bottom: band.bottom, top: band.top)),
                                                  at: Diagnostic.Location(file: entry.file, line: entry.line, column: entry.column, context: .field(entry.field))))
                }
            }
            if let required = indicator.requiredIndex, let index = catalog.externalIndex(required.index) {
                let entry = evidence.externalIndices?.entry(required.index)
                if entry == nil || entry!.date.addingMonths(required.maximumAgeMonths) < periodDate {
                    diagnostics.append(Diagnostic(.evidence(.requiredIndexStale(indicator: indicator.id, index: index.name.id,
                                                                                date: entry?.date.description, months: required.maximumAgeMonths)),
                                                  at: entry.map { Diagnostic.Location(file: evidence.externalIndices?.file ?? "", line: $0.line) } ?? location))
                }
            }
            var value = IndicatorValue(position: position, source: .evidence, supported: supported.value, level: supported.level,
                                       claimed: claimed.value, assessor: assessor, counts: counts, ignored: ignored)
            let share = indicator.weight / Fraction(100)
            for (k, items) in indicator.evidence.enumerated() {
                let band = bands[k]
                for (item, entry) in zip(items, statuses[k]) {
                    let counted = entry?.status == .diterima && k <= stop
                    value.items.append(IndicatorValue.ItemState(
                        code: item.code, level: band.level, status: entry?.status ?? .belum, revision: entry?.revision,
                        owner: entry?.owner ?? (position < owners.count ? owners[position] : nil), document: entry?.document ?? "",
                        date: entry?.date, note: entry?.note ?? "", response: entry?.response ?? "", reason: entry?.reason ?? "", narrative: entry?.narrative ?? "",
                        change: evidence.previous.map { change(entry, before: $0.register.entry(item.code)) },
                        points: counted ? share * band.width / Fraction(items.count) : .zero))
                }
            }
            value.next = nextItems(indicator, statuses: statuses, counts: counts, from: stop, bands: bands, weight: indicator.weight)
            for (owner, chain) in owedItems(value, indicator: indicator, bands: bands, days: position < daysPerItem.count ? daysPerItem[position] : nil) {
                owed[owner, default: []].append(chain)
            }
            values.append(value)
        }
        var formed = EvidenceValues(values: values)
        formed.summariseOwners(owed: owed)
        formed.appeals = AppealCase.cases(values, catalog: catalog)
        formed.previousPeriod = evidence.previous?.period
        return (formed, diagnostics)
    }

    /// An item's row now against its row in the last earlier period (nil: not listed).
    static func change(_ now: EvidenceRegister.Entry?, before: EvidenceRegister.Entry?) -> IndicatorValue.Change {
        let started = { (e: EvidenceRegister.Entry?) in e.map { $0.status != .belum } ?? false }
        if !started(before) { return started(now) ? .new : .unchanged }
        guard let now, let before else { return .changed }
        return now.status == before.status && now.document == before.document && now.date == before.date ? .unchanged : .changed
    }

    /// Per owner, its items of the indicator not yet accepted, lowest level first, each with
    /// the lower-level items other units owe before it counts.
    static func owedItems(_ value: IndicatorValue, indicator: Indicator, bands: [ValueBand], days: Fraction?) -> [(owner: Int, chain: [OwedItem])] {
        var chains: [Int: [OwedItem]] = [:]
        var order: [Int] = []
        for (k, level) in indicator.evidence.enumerated() {
            let gain = bands[k].width / Fraction(level.count)
            for item in value.items where item.level == bands[k].level && item.status != .diterima {
                guard let owner = item.owner else { continue }
                let awaited = value.items.filter { $0.level < item.level && $0.status != .diterima && $0.owner != owner }
                if chains[owner] == nil { order.append(owner) }
                chains[owner, default: []].append(OwedItem(
                    position: value.position, code: item.code, level: item.level, status: item.status, revision: item.revision,
                    note: item.note, reason: item.reason, gain: gain, points: indicator.weight * gain / Fraction(100), days: days,
                    awaits: awaited.map { OwedItem.Awaited(code: $0.code, owner: $0.owner) }, change: item.change))
            }
        }
        return order.map { ($0, chains[$0]!) }
    }

    /// The missing items of level `stop` (the first not complete) and of the level above,
    /// each with the value it adds once those before it are accepted.
    static func nextItems(_ indicator: Indicator, statuses: [[EvidenceRegister.Entry?]], counts: [IndicatorValue.LevelCount],
                          from stop: Int, bands: [ValueBand], weight: Fraction) -> [IndicatorValue.NextItem] {
        var accepted = counts.map(\.accepted)
        let items = counts.map(\.items)
        var current = IndicatorValueRule.value(accepted: accepted, items: items, bands: bands).value
        var next: [IndicatorValue.NextItem] = []
        for k in [stop, stop + 1] where k < indicator.evidence.count {
            for (item, entry) in zip(indicator.evidence[k], statuses[k]) where entry?.status != .diterima {
                accepted[k] += 1
                let value = IndicatorValueRule.value(accepted: accepted, items: items, bands: bands).value
                next.append(IndicatorValue.NextItem(code: item.code, level: bands[k].level, gain: value - current,
                                                    points: weight * (value - current) / Fraction(100)))
                current = value
            }
        }
        return next
    }
}
