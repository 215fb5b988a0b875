/// How the values of a catalog's indicators are written, checked and shown: whole levels
/// (SPBE 2020: 1, 2, … 5) or exact values inside the level bands (Indeks Pemdi 2026: 1.00 …
/// 5.00, level 2 owning 1.50–2.50).
///
/// Every level or value in the tool is a `Fraction` on the scale of its catalog; "no value"
/// is an optional, never 0. The scale is what a catalog declares (`range`, `valueBands`), so
/// a new method brings its own scale as data.
public struct ValueScale: Sendable, Hashable {
    /// The level numbers, lowest first.
    public var levels: ClosedRange<Int>
    /// The band of each level, lowest first; empty on a scale of whole levels.
    public var bands: [ValueBand]

    public init(levels: ClosedRange<Int>, bands: [ValueBand] = []) {
        self.levels = levels
        self.bands = bands
    }

    /// Whether values are whole levels only.
    public var isWhole: Bool { bands.isEmpty }
    public var minimum: Fraction { bands.first?.bottom ?? Fraction(levels.lowerBound) }
    public var maximum: Fraction { bands.last?.top ?? Fraction(levels.upperBound) }
    /// The decimals a value is written with: none for whole levels, two for band values (the
    /// evaluation publishes indicator values with two decimals).
    public var decimals: Int { isWhole ? 0 : 2 }

    public func contains(_ value: Fraction) -> Bool { !(value < minimum) && !(maximum < value) }

    /// Whether `value` is a value of this scale: inside it, and whole on whole levels or with
    /// at most two decimals on bands.
    public func accepts(_ value: Fraction) -> Bool {
        contains(value) && (isWhole ? value.denominator == 1 : 100 % value.denominator == 0)
    }

    /// The level a value stands at: on whole levels the level itself; on bands the lowest
    /// level whose band holds it (2.50, level 2 complete, is level 2).
    public func level(of value: Fraction) -> Int {
        if isWhole { return min(levels.upperBound, max(levels.lowerBound, Int(value.numerator / value.denominator))) }
        return bands.first { !(value > $0.top) }?.level ?? levels.upperBound
    }

    /// The value of level `level` complete: the level itself, or the top of its band.
    public func value(ofLevel level: Int) -> Fraction { bands.first { $0.level == level }?.top ?? Fraction(level) }

    public enum Reading: Sendable, Hashable {
        case valid(Fraction)
        /// A number, but outside `minimum`…`maximum`.
        case outOfRange
        /// Not a value of this scale (text, a fraction on a whole scale, too many decimals).
        case notAValue
    }

    /// Reads a value as a spreadsheet writes it. Whole levels forgive `3.0` and `3,0`; band
    /// values take `1.25` or `1,25` with at most two decimals.
    public func read(_ text: String) -> Reading {
        var body = Substring(text)
        var negative = false
        if body.first == "-" { negative = true; body = body.dropFirst() }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," }
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count < 10, whole.allSatisfy(\.isASCIIDigit) else {
            return .notAValue
        }
        var decimals = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !decimals.isEmpty, decimals.allSatisfy(\.isASCIIDigit) else { return .notAValue }
        while decimals.last == "0" { decimals = decimals.dropLast() }
        guard decimals.count <= self.decimals, let w = Int64(whole) else { return .notAValue }
        var scale: Int64 = 1, fraction: Int64 = 0
        for digit in decimals { scale *= 10; fraction = fraction * 10 + Int64(digit.asciiValue! - 48) }
        let value = Fraction((negative ? -1 : 1) * (w * scale + fraction), scale)
        return accepts(value) ? .valid(value) : .outOfRange
    }

    /// A value as the reader sees it: `3` on whole levels, `1,25` on bands (`separator` is
    /// the language's decimal sign). A whole-level mean that is not whole keeps two decimals.
    public func text(_ value: Fraction, separator: String = ".") -> String {
        if isWhole, value.denominator == 1 { return String(value.numerator) }
        return value.formatted(decimals: 2, decimalSeparator: separator)
    }
}

extension IndicatorCatalog {
    /// The scale every indicator of this catalog is valued on.
    public var valueScale: ValueScale { ValueScale(levels: levels, bands: valueBands) }
}

extension CatalogSet {
    /// A level or value as shown on its indicator's scale (`3`, `2,25`); without an
    /// indicator, with as few decimals as it needs.
    public func levelText(_ value: Fraction, of ref: IndicatorRef?, separator: String = ".") -> String {
        guard let ref else { return value.plainText(separator: separator) }
        return catalog(ref.slot).valueScale.text(value, separator: separator)
    }
}
