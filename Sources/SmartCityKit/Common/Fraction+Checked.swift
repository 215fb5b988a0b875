extension Fraction {
    /// `self + other`, or nil when the exact result does not fit 64-bit numerator and
    /// denominator.
    ///
    /// The rule language computes with values read from input, so it cannot rely on the
    /// small magnitudes the scoring code keeps to: it uses these operations and reports an
    /// evaluation error instead of trapping. The denominators are divided by their gcd
    /// before they are multiplied (as `+` does), so only a result that is really too large
    /// fails. A numerator of `Int64.min` counts as overflow, so negating a result never traps.
    public func adding(_ other: Fraction) -> Fraction? {
        let g = Int64(Fraction.gcd(denominator.magnitude, other.denominator.magnitude))
        let left = denominator / g
        let (a, o1) = numerator.multipliedReportingOverflow(by: other.denominator / g)
        let (b, o2) = other.numerator.multipliedReportingOverflow(by: left)
        let (n, o3) = a.addingReportingOverflow(b)
        let (d, o4) = left.multipliedReportingOverflow(by: other.denominator)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return Fraction.checked(n, d)
    }

    /// `self - other`, or nil on overflow (see `adding(_:)`).
    public func subtracting(_ other: Fraction) -> Fraction? {
        guard let negated = other.negated() else { return nil }
        return adding(negated)
    }

    /// `self × other`, or nil on overflow. Each numerator is first divided by its gcd with
    /// the other's denominator, so the product is already in lowest terms and overflows
    /// only when the reduced result does not fit.
    public func multiplied(by other: Fraction) -> Fraction? {
        let g1 = Int64(max(1, Fraction.gcd(numerator.magnitude, other.denominator.magnitude)))
        let g2 = Int64(max(1, Fraction.gcd(other.numerator.magnitude, denominator.magnitude)))
        let (n, o1) = (numerator / g1).multipliedReportingOverflow(by: other.numerator / g2)
        let (d, o2) = (denominator / g2).multipliedReportingOverflow(by: other.denominator / g1)
        guard !(o1 || o2) else { return nil }
        return Fraction.checked(n, d)
    }

    /// `self ÷ other`, or nil on overflow; the divisor must not be zero (the rule language
    /// gives `missing` for that before it divides).
    public func divided(by other: Fraction) -> Fraction? {
        precondition(!other.isZero, "Fraction division by zero")
        guard other.numerator != .min else { return nil }
        let sign: Int64 = other.numerator < 0 ? -1 : 1
        return multiplied(by: Fraction(other.denominator * sign, other.numerator * sign))
    }

    /// `-self`, or nil for a numerator of `Int64.min` (whose negation does not fit).
    public func negated() -> Fraction? {
        guard numerator != .min else { return nil }
        return Fraction(-numerator, denominator)
    }

    /// A result of a checked operation, reduced; nil when its numerator is `Int64.min`.
    /// `denominator` is positive here.
    private static func checked(_ numerator: Int64, _ denominator: Int64) -> Fraction? {
        guard numerator != .min else { return nil }
        return Fraction(numerator, denominator)
    }
}
