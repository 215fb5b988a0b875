import Testing
@testable import SmartCityKit

@Suite struct FractionTests {
    @Test func parsesDecimals() throws {
        #expect(Fraction(decimal: "2.75") == Fraction(11, 4))
        #expect(Fraction(decimal: "-1.3") == Fraction(-13, 10))
        #expect(Fraction(decimal: "100") == Fraction(100))
        #expect(Fraction(decimal: "1e2") == nil)
        #expect(Fraction(decimal: "1.") == nil)
        #expect(Fraction(decimal: ".5") == nil)
        // Twelve digits on each side do not fit 64 bits together: refused, not an overflow.
        #expect(Fraction(decimal: "999999999999.999999999999") == nil)
        #expect(Fraction(decimal: "99999999.99999999999") == nil)
        #expect(Fraction(decimal: "999999.999999999999") == Fraction(999_999_999_999_999_999, 1_000_000_000_000))
    }

    @Test(arguments: [("3.4985", "3.50"), ("4.765", "4.77"), ("4.745", "4.75"), ("2.596", "2.60"), ("1.7975", "1.80"), ("3.8222", "3.82"), ("0.004", "0.00"), ("-0.005", "-0.01")])
    func roundsHalfUp(input: String, expected: String) throws {
        let value = try #require(Fraction(decimal: input))
        #expect(value.formatted(decimals: 2) == expected)
    }

    @Test func arithmeticIsExact() {
        let third = Fraction(1, 3)
        #expect(third + third + third == .one)
        #expect(Fraction(13, 10) * Fraction(3) == Fraction(39, 10))
        #expect(Fraction(1, 3) < Fraction(34, 100))
        #expect(Fraction(2) / Fraction(4) == Fraction(1, 2))
        #expect(Fraction(7, 2).formatted(decimals: 0) == "4")
        #expect(Fraction(1, 3).formatted(decimals: 2, decimalSeparator: ",") == "0,33")
    }
}
