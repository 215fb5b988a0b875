/// What the literature knows of one PSPLIB instance's makespan: a proven optimum, or the
/// best known makespan with the best known lower bound (PSPLIB writes `LB..UB` for an
/// instance still open).
public struct PSPLIBReference: Sendable, Hashable {
    /// The optimum, or the best known makespan (the upper bound) of an open instance.
    public var makespan: Int
    /// The best known lower bound; equal to `makespan` when the optimum is proven.
    public var lowerBound: Int

    public init(makespan: Int, lowerBound: Int? = nil) {
        self.makespan = makespan
        self.lowerBound = lowerBound ?? makespan
    }

    /// Whether `makespan` is proven optimal.
    public var isOptimum: Bool { lowerBound == makespan }

    /// Reads `43` (an optimum) or `LB..UB` (an open instance; LB ≤ UB), nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1, let value = Self.whole(parts[0]) {
            self.init(makespan: value)
        } else if parts.count == 3, parts[1].isEmpty, let low = Self.whole(parts[0]), let high = Self.whole(parts[2]), low <= high {
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
