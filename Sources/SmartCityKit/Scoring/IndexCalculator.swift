/// The arithmetic of a weighted-level index, exact.
///
/// PermenPANRB 59/2020 nests the computation: aspect index = Σ(weight × level) ÷ aspect
/// weight; domain index = Σ(aspect weight × aspect index) ÷ domain weight; index =
/// Σ(domain weight × domain index) ÷ 100. Because group weights are sums of indicator weights,
/// this equals the flat Σ(weightᵢ × levelᵢ) ÷ 100 — as long as nothing is rounded on the way,
/// which is why every value here is a `Fraction`. Both forms are implemented so tests can
/// hold them to each other.
public enum IndexCalculator {
    /// The weighted mean over the indicators that have a level: Σ wᵢLᵢ ÷ Σ wᵢ. With every
    /// level present this is the official index; for one OPD it is "the weighted mean over the
    /// indicators it answers". Nil when no indicator has a level.
    public static func flat(_ levels: [Fraction?], catalog: IndicatorCatalog, positions: [Int]? = nil) -> Fraction? {
        sums(levels, catalog: catalog, positions: positions).mean
    }

    /// Σ wᵢLᵢ and Σ wᵢ over the indicators that have a level: the parts of `flat`, kept so a
    /// mean with one level changed is found without summing again (`IndicatorGap`).
    public static func sums(_ levels: [Fraction?], catalog: IndicatorCatalog, positions: [Int]? = nil) -> WeightedSums {
        var sums = WeightedSums()
        for position in positions ?? Array(catalog.indicators.indices) {
            guard let level = levels[position] else { continue }
            sums.add(level, weight: catalog.indicators[position].weight)
        }
        return sums
    }
}

/// A weighted mean in the making: Σ wᵢLᵢ and Σ wᵢ.
public struct WeightedSums: Sendable, Hashable {
    public var weighted = Fraction.zero
    public var weight = Fraction.zero

    public mutating func add(_ level: Fraction, weight w: Fraction) {
        weighted += w * level
        weight += w
    }

    /// Σ wᵢLᵢ ÷ Σ wᵢ; nil when nothing was added.
    public var mean: Fraction? { weight.isZero ? nil : weighted / weight }

    /// The mean with the level at weight `w` changed from `old` (nil: not counted) to `new`.
    public func mean(replacing old: Fraction?, with new: Fraction, weight w: Fraction) -> Fraction {
        (weighted + w * (new - (old ?? .zero))) / (weight + (old == nil ? w : .zero))
    }
}

extension IndexCalculator {

    /// The regulation's nested computation, group by group with declared group weights.
    /// Nil when some indicator lacks a level (the official method has a level for all).
    public static func nested(_ levels: [Fraction?], catalog: IndicatorCatalog) -> Fraction? {
        func value(_ group: IndicatorGroup) -> Fraction? {
            var sum = Fraction.zero
            if group.children.isEmpty {
                for position in group.indicatorPositions {
                    guard let level = levels[position] else { return nil }
                    sum += catalog.indicators[position].weight * level
                }
            } else {
                for child in group.children {
                    guard let v = value(child) else { return nil }
                    sum += child.weight * v
                }
            }
            return sum / group.weight
        }
        var total = Fraction.zero
        var weight = Fraction.zero
        for group in catalog.groups {
            guard let v = value(group) else { return nil }
            total += group.weight * v
            weight += group.weight
        }
        return weight.isZero ? nil : total / weight
    }

    /// The top of the nested computation from given group values (e.g. published domain
    /// indices): Σ(group weight × value) ÷ Σ group weight over the outermost groups.
    /// Nil when a top-level group has no value.
    public static func combine(groupValues: [String: Fraction], catalog: IndicatorCatalog) -> Fraction? {
        var total = Fraction.zero
        var weight = Fraction.zero
        for group in catalog.groups {
            guard let v = groupValues[group.id] else { return nil }
            total += group.weight * v
            weight += group.weight
        }
        return weight.isZero ? nil : total / weight
    }

    /// The value of every group of the tree, over the indicators with a level.
    public static func groupValues(_ levels: [Fraction?], catalog: IndicatorCatalog) -> [String: Fraction] {
        var out: [String: Fraction] = [:]
        for group in catalog.allGroups {
            if let v = flat(levels, catalog: catalog, positions: group.allIndicatorPositions) { out[group.id] = v }
        }
        return out
    }
}
