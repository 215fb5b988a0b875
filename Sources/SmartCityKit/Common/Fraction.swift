/// An exact rational number, used for weights, levels, means and indices.
///
/// The SPBE index is Σ weightᵢ × levelᵢ / 100 with weights such as 1.3 and 2.75, so exact
/// values fall on multiples of 0.0005 and ties at the second decimal really occur
/// (PermenPANRB 59/2020; e.g. 3.4985 is published as 3.50 yet stays *Baik*). Binary floating
/// point would round those ties the wrong way, so every score is kept as a fraction and only
/// rounded, half-up, when it is shown.
///
/// Magnitudes stay small (levels 1–5, weights with at most four decimals, counts of OPDs),
/// so 64-bit numerators and denominators with reduction after each step do not overflow.
public struct Fraction: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// Numerator, carrying the sign.
    public private(set) var numerator: Int64
    /// Denominator, always positive.
    public private(set) var denominator: Int64

    public static let zero = Fraction(0)
    public static let one = Fraction(1)

    public init(_ value: Int) {
        numerator = Int64(value)
        denominator = 1
    }

    /// `3` where a level or value is expected: whole levels read as they are written.
    public init(integerLiteral value: Int) { self.init(value) }

    /// Creates `numerator / denominator`, reduced. The denominator must not be zero.
    public init(_ numerator: Int64, _ denominator: Int64) {
        precondition(denominator != 0, "Fraction with zero denominator")
        var n = numerator
        var d = denominator
        if d < 0 { n = -n; d = -d }
        let g = Fraction.gcd(n.magnitude, d.magnitude)
        self.numerator = g > 1 ? n / Int64(g) : n
        self.denominator = g > 1 ? d / Int64(g) : d
    }

    /// Parses a plain decimal literal such as `2.75`, `-1`, `100`, `0.0005`.
    ///
    /// Exponents, more than 12 digits before or after the point, and values beyond 64 bits
    /// are refused (nil): catalogs write weights and thresholds as ordinary decimals.
    public init?(decimal text: String) {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" { negative = true; digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit) else { return nil }
        let fractionPart = parts.count == 2 ? parts[1] : ""
        guard parts.count == 1 || !fractionPart.isEmpty, fractionPart.allSatisfy(\.isASCIIDigit),
              fractionPart.count <= 12, parts[0].count <= 12 else { return nil }
        var scale: Int64 = 1
        for _ in 0..<fractionPart.count { scale *= 10 }
        guard let whole = Int64(parts[0]), let frac = fractionPart.isEmpty ? 0 : Int64(fractionPart) else { return nil }
        // Twelve digits on each side can exceed 64 bits together: such a number is refused
        // (nil, a positioned error for the caller), never an overflow.
        let (shifted, overflow) = whole.multipliedReportingOverflow(by: scale)
        let (n, carry) = shifted.addingReportingOverflow(frac)
        guard !overflow, !carry else { return nil }
        self.init(negative ? -n : n, scale)
    }

    public var isZero: Bool { numerator == 0 }

    /// The absolute value.
    public var magnitude: Fraction { numerator < 0 ? Fraction(-numerator, denominator) : self }

    /// The number of digits after the point in a decimal literal (`2.75` → 2).
    public static func decimals(of literal: String) -> Int {
        guard let point = literal.firstIndex(of: ".") else { return 0 }
        return literal.distance(from: point, to: literal.endIndex) - 1
    }

    public static func + (a: Fraction, b: Fraction) -> Fraction {
        if a.denominator == b.denominator { return Fraction(a.numerator + b.numerator, a.denominator) }
        let g = Int64(gcd(a.denominator.magnitude, b.denominator.magnitude))
        let ad = a.denominator / g
        return Fraction(a.numerator * (b.denominator / g) + b.numerator * ad, ad * b.denominator)
    }

    public static func - (a: Fraction, b: Fraction) -> Fraction { a + Fraction(-b.numerator, b.denominator) }

    public static func * (a: Fraction, b: Fraction) -> Fraction {
        // Cross-reduce first so intermediate products stay small.
        let g1 = Int64(max(1, gcd(a.numerator.magnitude, b.denominator.magnitude)))
        let g2 = Int64(max(1, gcd(b.numerator.magnitude, a.denominator.magnitude)))
        return Fraction((a.numerator / g1) * (b.numerator / g2), (a.denominator / g2) * (b.denominator / g1))
    }

    /// Division; the divisor must not be zero.
    public static func / (a: Fraction, b: Fraction) -> Fraction {
        a * Fraction(b.denominator, b.numerator)
    }

    public static func += (a: inout Fraction, b: Fraction) { a = a + b }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        // Widen to avoid overflow in the cross product.
        let l = a.numerator.multipliedFullWidth(by: b.denominator)
        let r = b.numerator.multipliedFullWidth(by: a.denominator)
        return (l.high, l.low) < (r.high, r.low)
    }

    /// The value rounded to `decimals` places, ties away from zero ("half-up", as the SPBE
    /// evaluation publishes its indices).
    public func rounded(decimals: Int) -> Fraction {
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = numerator.magnitude * UInt64(scale)
        let d = denominator.magnitude
        var q = scaled / d
        if (scaled % d) * 2 >= d { q += 1 }
        return Fraction(numerator < 0 ? -Int64(q) : Int64(q), scale)
    }

    /// The value as a fixed decimal string with exactly `decimals` places, half-up, with `.`
    /// (or `decimalSeparator`) between the parts. Never uses locale or binary floating point.
    ///
    /// Works on the whole part and the remainder apart, with a double-width product for the
    /// digits, so that any value — also the largest a rule can compute — can be shown.
    public func formatted(decimals: Int, decimalSeparator: String = ".") -> String {
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let d = denominator.magnitude
        var whole = numerator.magnitude / d
        let (digits, rest) = d.dividingFullWidth((numerator.magnitude % d).multipliedFullWidth(by: scale))
        var frac = digits
        if rest >= d - rest { frac += 1 }
        if frac == scale { frac = 0; whole += 1 }
        var text = (numerator < 0 && (whole != 0 || frac != 0) ? "-" : "") + String(whole)
        if decimals > 0 {
            let digitsText = String(frac)
            text += decimalSeparator + String(repeating: "0", count: decimals - digitsText.count) + digitsText
        }
        return text
    }

    /// The value with as few decimals as it needs, up to `maxDecimals` (`3`, `1,25`,
    /// `3,4985`), for messages and readings that name a number as it is.
    public func plainText(maxDecimals: Int = 4, separator: String = ".") -> String {
        if denominator == 1 { return String(numerator) }
        return formatted(decimals: maxDecimals).trimmingTrailingZeros().replacingOccurrences(of: ".", with: separator)
    }

    /// The nearest `Double`, for places that only plot (charts); never for decisions.
    public var approximateDouble: Double { Double(numerator) / Double(denominator) }

    /// Exact text `n/d` (or `n`), for traces and tests.
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
