/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): a small, fast generator whose output depends only on its seed, so synthetic
/// workspaces and randomised searches are reproducible across runs and machines.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range`, without modulo bias worth caring about at these sizes.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: Int) -> Bool { percentile() < percent }

    /// `int(in: 0...99)`, the same draw, with the divisor known to the compiler (a multiply
    /// where a run-time divisor costs a division: shift mutation draws once per activity).
    @inline(__always)
    mutating func percentile() -> Int { Int(next() % 100) }
}
