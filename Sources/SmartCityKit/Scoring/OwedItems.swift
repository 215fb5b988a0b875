/// An evidence item a unit owes: one of its items not yet accepted, with what it adds and how
/// long it takes to prepare.
public struct OwedItem: Sendable, Hashable {
    /// A lower-level item of the same indicator that another unit owes first: this item's
    /// points count only once that one is accepted too.
    public struct Awaited: Sendable, Hashable {
        public var code: String
        public var owner: Int?
    }

    /// The indicator's position in the method's catalog.
    public var position: Int
    public var code: String
    /// The level the item belongs to (and completes, with the rest of its level's items).
    public var level: Int
    public var status: EvidenceRegister.Status
    public var revision: EvidenceRegister.Revision?
    /// The assessor's note, when the item was sent back.
    public var note: String
    /// Why it stands as it does (from `period new`: reset, open again).
    public var reason: String = ""
    /// The indicator's value the item adds once the items below it are accepted: its level's
    /// band width ÷ the level's items.
    public var gain: Fraction
    /// The index points it adds (weight × gain ÷ 100).
    public var points: Fraction
    /// Days of work to prepare it (the action rule's `effort.daysPerItem`); nil when no rule
    /// gives them.
    public var days: Fraction?
    public var awaits: [Awaited] = []
    /// Against the last earlier period of the method; nil when there is none.
    public var change: IndicatorValue.Change? = nil

    /// Index points per day of work; nil when the days are not known.
    public var pointsPerDay: Fraction? { days.map { points / $0 } }
}

/// Orders the items a unit owes by index points gained per day of work.
///
/// The items of one indicator form a chain: a level's items count only once the levels below
/// are complete, so the unit must prepare them in level order. Among chains the order that
/// gains points earliest (the least weighted completion time on one worker) is the ratio rule
/// for chains (Sidney 1975): take, over all chains, the leading run of items with the highest
/// points per day — the run's total points ÷ its total days — place it, and repeat. Chains
/// whose days are unknown come last, in catalog order. Ties go to the earlier indicator, and
/// to the shorter run.
enum OwedItemOrder {
    static func order(_ chains: [[OwedItem]]) -> [OwedItem] {
        var remaining = chains.filter { !$0.isEmpty }
        var ordered: [OwedItem] = []
        var unknown: [[OwedItem]] = []
        remaining.removeAll { chain in
            guard chain.contains(where: { $0.days == nil }) else { return false }
            unknown.append(chain)
            return true
        }
        while !remaining.isEmpty {
            var best: (chain: Int, length: Int, points: Fraction, days: Fraction)?
            for (index, chain) in remaining.enumerated() {
                var points = Fraction.zero, days = Fraction.zero
                for (offset, item) in chain.enumerated() {
                    points += item.points
                    days += item.days ?? .zero
                    // points / days > best.points / best.days, compared without dividing.
                    if let b = best, !(b.points * days < points * b.days) { continue }
                    best = (index, offset + 1, points, days)
                }
            }
            guard let best else { break }
            ordered += remaining[best.chain].prefix(best.length)
            remaining[best.chain].removeFirst(best.length)
            if remaining[best.chain].isEmpty { remaining.remove(at: best.chain) }
        }
        return ordered + unknown.joined()
    }
}
