/// Thrown while evaluating an expression whose exact result no longer fits a `Fraction`
/// (64-bit numerator and denominator): the caller reports it as an evaluation error naming
/// the rule and the OPD, instead of trapping or going on with a wrong number.
public struct RuleOverflow: Error, Sendable, Hashable {
    public init() {}
}

extension RuleOperator {
    /// The checked arithmetic of the rule language: nil on overflow. Division by zero is
    /// the caller's (it gives `missing`), and operators that are not arithmetic give nil.
    func apply(_ x: Fraction, _ y: Fraction) -> Fraction? {
        switch self {
        case .plus: return x.adding(y)
        case .minus: return x.subtracting(y)
        case .times: return x.multiplied(by: y)
        case .divide: return x.divided(by: y)
        default: return nil
        }
    }

    var isArithmetic: Bool { [.plus, .minus, .times, .divide].contains(self) }
}
