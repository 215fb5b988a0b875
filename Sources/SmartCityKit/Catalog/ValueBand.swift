/// The band of values one level owns, for a method whose indicator values are not whole
/// levels (Indeks Pemdi 2026: level 2 owns 1.50–2.50).
///
/// A catalog declares its value scale as one band per level (`valueBands`); a catalog
/// without bands is scored in whole levels (SPBE 2020). Bands follow each other without gap
/// or overlap, from the lowest level to the highest.
public struct ValueBand: Sendable, Hashable {
    public var level: Int
    /// The value of nothing reached in this level (its lower bound, inclusive).
    public var bottom: Fraction
    /// The value of the level complete (its upper bound, inclusive).
    public var top: Fraction

    public var width: Fraction { top - bottom }

    public func contains(_ value: Fraction) -> Bool { !(value < bottom) && !(top < value) }
}
