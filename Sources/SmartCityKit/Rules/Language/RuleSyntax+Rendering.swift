extension RuleSyntax {
    /// The expression written back in canonical form (single spaces, minimal parentheses
    /// kept where precedence needs them), used as the label of values in traces.
    public var rendered: String { render(parentPrecedence: 0) }

    static func precedence(_ op: RuleOperator) -> Int {
        switch op {
        case .or: return 1
        case .and: return 2
        case .not: return 3
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .isIn: return 4
        case .plus, .minus: return 5
        case .times, .divide: return 6
        case .negate: return 7
        }
    }

    func render(parentPrecedence: Int) -> String {
        switch self {
        case .number(let f, _): return RuleValue.number(f).description
        case .string(let s, _):
            return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .bool(let b, _): return b ? "true" : "false"
        case .missing: return "missing"
        case .list(let elements, _): return "[" + elements.map { $0.render(parentPrecedence: 0) }.joined(separator: ", ") + "]"
        case .name(let n, _): return n
        case .member(let base, let m, _): return base.render(parentPrecedence: 8) + "." + m
        case .call(let callee, let arguments, _):
            return callee.render(parentPrecedence: 8) + "(" + arguments.map { $0.render(parentPrecedence: 0) }.joined(separator: ", ") + ")"
        case .unary(let op, let e, _):
            let p = Self.precedence(op)
            let text = op == .not ? "not " + e.render(parentPrecedence: p) : "-" + e.render(parentPrecedence: p)
            return p < parentPrecedence ? "(" + text + ")" : text
        case .binary(let op, let l, let r, _):
            let p = Self.precedence(op)
            // Left-associative: the right operand needs parentheses at equal precedence.
            let text = l.render(parentPrecedence: p) + " " + op.rawValue + " " + r.render(parentPrecedence: p + 1)
            return p < parentPrecedence ? "(" + text + ")" : text
        case .chain(let first, let links):
            let p = links.first.map { Self.precedence($0.op) } ?? 0
            var text = first.render(parentPrecedence: p)
            for link in links { text += " " + link.op.rawValue + " " + link.operand.render(parentPrecedence: p + 1) }
            return p < parentPrecedence ? "(" + text + ")" : text
        }
    }
}
