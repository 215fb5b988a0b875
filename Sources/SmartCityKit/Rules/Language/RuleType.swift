/// The static type of an expression of the rule language.
///
/// Values that may be absent — an unanswered indicator's level, the evidence of a missing
/// answer, the share of services of an OPD without services — have an optional type: they
/// carry `missing`, which is never a number (an absent level is not 0).
public enum RuleType: Sendable, Hashable, CustomStringConvertible {
    case number(optional: Bool)
    case string(optional: Bool)
    case bool
    case numberList
    case stringList
    /// The literal `missing`, comparable with any optional value.
    case missing
    /// An indicator (`it` in a rule with `forEach: indicator`).
    case indicator

    public var isOptional: Bool {
        switch self {
        case .number(let o), .string(let o): return o
        case .missing: return true
        default: return false
        }
    }

    var isNumber: Bool { if case .number = self { return true } else { return false } }
    var isString: Bool { if case .string = self { return true } else { return false } }

    public var description: String {
        switch self {
        case .number(let o): return o ? "number-or-missing" : "number"
        case .string(let o): return o ? "text-or-missing" : "text"
        case .bool: return "true/false"
        case .numberList: return "list of numbers"
        case .stringList: return "list of texts"
        case .missing: return "missing"
        case .indicator: return "indicator"
        }
    }
}

/// A value of the rule language, as the reference interpreter and traces see it.
public enum RuleValue: Sendable, Hashable, CustomStringConvertible {
    case number(Fraction)
    case string(String)
    case bool(Bool)
    case numbers([Fraction])
    case strings([String])
    case missing
    case indicator(IndicatorRef)

    public var description: String {
        switch self {
        case .number(let f): return f.plainText()
        case .string(let s): return "\"\(s)\""
        case .bool(let b): return b ? "true" : "false"
        case .numbers(let l): return "[" + l.map { RuleValue.number($0).description }.joined(separator: ", ") + "]"
        case .strings(let l): return "[" + l.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        case .missing: return "missing"
        case .indicator(let r): return "indicator \(r.slot.rawValue):\(r.position)"
        }
    }
}
