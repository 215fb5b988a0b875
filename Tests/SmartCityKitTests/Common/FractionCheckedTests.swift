import Testing
@testable import SmartCityKit

/// The checked operations, worked by hand at the 64-bit limits and one step beyond
/// (Int64.max = 9 223 372 036 854 775 807).
@Suite struct FractionCheckedTests {
    static let max = Fraction(Int64.max, 1)

    @Test func addingAtAndBeyondTheLimit() {
        #expect(Fraction(Int64.max - 1, 1).adding(1) == Self.max)
        #expect(Self.max.adding(1) == nil)
        #expect(Self.max.adding(Fraction(-1)) == Fraction(Int64.max - 1, 1))
        // 1/3037000499 + 1/3037000500 = 6074000999 / 9223372033963249500: the product of
        // the denominators still fits.
        #expect(Fraction(1, 3_037_000_499).adding(Fraction(1, 3_037_000_500)) == Fraction(6_074_000_999, 9_223_372_033_963_249_500))
        // 3037000500 × 3037000501 = 9223372040037250500 does not.
        #expect(Fraction(1, 3_037_000_500).adding(Fraction(1, 3_037_000_501)) == nil)
        // Denominators are divided by their gcd first: 1/(2·10^18) + 1/(4·10^18) fits.
        #expect(Fraction(1, 2_000_000_000_000_000_000).adding(Fraction(1, 4_000_000_000_000_000_000)) == Fraction(3, 4_000_000_000_000_000_000))
    }

    @Test func subtractingStopsShortOfInt64Min() {
        #expect(Fraction(-Int64.max + 1, 1).subtracting(1) == Fraction(-Int64.max, 1))
        // −Int64.max − 1 is Int64.min, whose negation would trap: refused.
        #expect(Fraction(-Int64.max, 1).subtracting(1) == nil)
        #expect(Fraction(3, 4).subtracting(Fraction(1, 4)) == Fraction(1, 2))
    }

    @Test func multipliedAtAndBeyondTheLimit() {
        // 3037000499² = 9223372030926249001 fits; 3037000500² = 9223372037000250000 does not.
        #expect(Fraction(3_037_000_499).multiplied(by: Fraction(3_037_000_499)) == Fraction(9_223_372_030_926_249_001, 1))
        #expect(Fraction(3_037_000_500).multiplied(by: Fraction(3_037_000_500)) == nil)
        #expect(Fraction(999_999_999_999).multiplied(by: Fraction(999_999_999_999)) == nil)
        // Cross-reduction: Int64.max × 1/Int64.max is 1, with no intermediate overflow.
        #expect(Self.max.multiplied(by: Fraction(1, Int64.max)) == 1)
        // 0.0001⁴ = 1/10¹⁶ fits; 0.0001⁵ = 1/10²⁰ does not.
        let small = Fraction(1, 10_000)
        let fourth = small.multiplied(by: small)?.multiplied(by: small)?.multiplied(by: small)
        #expect(fourth == Fraction(1, 10_000_000_000_000_000))
        #expect(fourth?.multiplied(by: small) == nil)
        #expect(Fraction(0).multiplied(by: Self.max) == 0)
    }

    @Test func dividedAndNegated() {
        #expect(Fraction(1).divided(by: Fraction(1, Int64.max)) == Self.max)
        #expect(Fraction(2).divided(by: Fraction(1, Int64.max)) == nil)
        #expect(Fraction(3, 4).divided(by: Fraction(-3, 2)) == Fraction(-1, 2))
        #expect(Self.max.negated() == Fraction(-Int64.max, 1))
        #expect(Fraction(Int(Int64.min)).negated() == nil)
    }

    /// Where they do not overflow, the checked operations give what the operators give.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func agreeWithTheOperatorsInRange(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<2_000 {
            let a = Fraction(Int64(random.int(in: -100_000...100_000)), Int64(random.int(in: 1...10_000)))
            let b = Fraction(Int64(random.int(in: -100_000...100_000)), Int64(random.int(in: 1...10_000)))
            #expect(a.adding(b) == a + b)
            #expect(a.subtracting(b) == a - b)
            #expect(a.multiplied(by: b) == a * b)
            if !b.isZero { #expect(a.divided(by: b) == a / b) }
        }
    }
}

extension FractionCheckedTests {
    /// The largest values a rule can compute can be shown, half-up as before.
    @Test func formatsValuesAtTheLimit() {
        #expect(FractionCheckedTests.max.formatted(decimals: 4) == "9223372036854775807.0000")
        #expect(Fraction(1, 10_000_000_000_000_000).plainText() == "0")
        #expect(Fraction(Int64.max, 10_000).formatted(decimals: 2) == "922337203685477.58")
        #expect(Fraction(-Int64.max, 3).formatted(decimals: 1) == "-3074457345618258602.3")
        #expect(Fraction(-4, 1000).formatted(decimals: 2) == "0.00")
        #expect(Fraction(-5, 1000).formatted(decimals: 2) == "-0.01")
        #expect(Fraction(19, 2).formatted(decimals: 0) == "10")
        #expect(Fraction(99999, 10000).formatted(decimals: 2) == "10.00")
    }
}
