/// What the literature knows of one PSPLIB instance's makespan: a proven optimum, or the
/// best known makespan of an instance still open, with the best known lower bound when
/// given (PSPLIB's files write `LB..UB`, or `..UB` without a lower bound).
public struct PSPLIBReference: Sendable, Hashable {
    /// The optimum, or the best known makespan (the upper bound) of an open instance.
    public var makespan: Int
    /// The best known lower bound: `makespan` when the optimum is proven, nil when the file
    /// gives none.
    public var lowerBound: Int?

    /// A proven optimum.
    public init(optimum: Int) {
        makespan = optimum
        lowerBound = optimum
    }

    /// An open instance's best known makespan and lower bound.
    public init(makespan: Int, lowerBound: Int?) {
        self.makespan = makespan
        self.lowerBound = lowerBound
    }

    /// Whether `makespan` is proven optimal.
    public var isOptimum: Bool { lowerBound == makespan }

    /// Reads `43` (an optimum), `LB..UB` (LB ≤ UB) or `..UB` (an open instance), nil for
    /// anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1, let value = Self.whole(parts[0]) {
            self.init(optimum: value)
        } else if parts.count == 3, parts[1].isEmpty, let high = Self.whole(parts[2]) {
            let low = Self.whole(parts[0])
            guard parts[0].isEmpty || low.map({ $0 <= high }) == true else { return nil }
            self.init(makespan: high, lowerBound: low)
        } else {
            return nil
        }
    }

    private static func whole(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Int(text)
    }
}
