/// An expression of the rule language as written, before type checking.
///
/// Every node keeps a 0-based offset (in characters) inside the expression text — its first
/// character, or its operator for a binary expression — so an error can point at the column
/// where it happens.
public indirect enum RuleSyntax: Sendable, Hashable {
    case number(Fraction, at: Int)
    case string(String, at: Int)
    case bool(Bool, at: Int)
    case missing(at: Int)
    case list([RuleSyntax], at: Int)
    /// A bare name: `it`, `stage`, `users`, `opd`, `city`, `services`.
    case name(String, at: Int)
    /// `base.member`.
    case member(RuleSyntax, String, at: Int)
    /// `callee(arguments)`; the callee is a name or a member (`services.share`).
    case call(RuleSyntax, [RuleSyntax], at: Int)
    case unary(RuleOperator, RuleSyntax, at: Int)
    case binary(RuleOperator, RuleSyntax, RuleSyntax, at: Int)
    /// A flat run of left-associative operators of one precedence (`a + b - c`,
    /// `p and q and r`): the first operand, then each operator with its right operand.
    /// Kept flat so that a long sum costs one level of nesting, not one per term, in the
    /// parser, the checker, the compiler and the interpreter.
    case chain(RuleSyntax, [RuleLink])

    /// Offset of the node (its first character; the operator of a binary expression).
    public var offset: Int {
        switch self {
        case .number(_, let at), .string(_, let at), .bool(_, let at), .missing(let at), .list(_, let at), .name(_, let at),
             .member(_, _, let at), .call(_, _, let at), .unary(_, _, let at), .binary(_, _, _, let at):
            return at
        case .chain(let first, let links): return links.first?.offset ?? first.offset
        }
    }

    /// The dotted path of a name or member chain (`services.share`), or nil.
    var path: String? {
        switch self {
        case .name(let n, _): return n
        case .member(let base, let m, _): return base.path.map { $0 + "." + m }
        default: return nil
        }
    }
}

/// One operator of a `chain` with the operand to its right.
public struct RuleLink: Sendable, Hashable {
    public var op: RuleOperator
    public var operand: RuleSyntax
    /// Offset of the operator.
    public var offset: Int

    public init(_ op: RuleOperator, _ operand: RuleSyntax, at offset: Int) {
        self.op = op
        self.operand = operand
        self.offset = offset
    }
}

/// The operators of the rule language.
public enum RuleOperator: String, Sendable, Hashable, CaseIterable {
    case or, and, not
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case isIn = "in"
    case plus = "+", minus = "-", times = "*", divide = "/"
    /// Unary minus.
    case negate = "neg"
}
