extension RuleCompiler {
    /// A chain as one closure looping over its operands, so that evaluating a sum of n terms
    /// takes one stack frame, not n.
    ///
    /// The order is the one the nested binary form has: `and` stops at the first false
    /// operand and `or` at the first true one; arithmetic stops at the first missing operand
    /// or zero divisor (the result is missing) and throws on overflow.
    static func chain(_ first: CompiledExpression, _ links: [(RuleOperator, CompiledExpression)]) -> CompiledExpression {
        let op = links.first?.0 ?? .and
        if op == .and || op == .or {
            let tests = [first.condition] + links.map { $0.1.condition }
            let decisive = op == .or
            return .bool { (c, k) throws(RuleOverflow) in
                for test in tests {
                    if try test(c, k) == decisive { return decisive }
                }
                return !decisive
            }
        }
        let missing: Eval<Fraction?> = { _, _ in nil }
        guard case .number(let head) = first else { return .number(missing) }
        let ops = links.map(\.0)
        let operands: [Eval<Fraction?>] = links.map { if case .number(let f) = $0.1 { return f } else { return missing } }
        return .number { (c, k) throws(RuleOverflow) in
            guard var total = try head(c, k) else { return nil }
            for i in ops.indices {
                guard let y = try operands[i](c, k), !(ops[i] == .divide && y.isZero) else { return nil }
                total = try checked(ops[i], total, y)
            }
            return total
        }
    }
}
