/// A typed expression turned into nested closures, one per node, each returning a plain
/// Swift value of the node's type (no boxing into `RuleValue`, no text handling).
///
/// Compile once when the rules are loaded; evaluate for every OPD. The semantics are the
/// interpreter's (`RuleInterpreter`); property tests hold the two to each other.
public enum CompiledExpression: Sendable {
    public typealias Eval<T> = @Sendable (RuleContext, RuleCursor) throws(RuleOverflow) -> T

    case number(Eval<Fraction?>)
    case string(Eval<String?>)
    case bool(Eval<Bool>)
    case numbers(Eval<[Fraction]>)
    case strings(Eval<[String]>)
    case indicator(Eval<IndicatorRef>)

    /// The closure of a boolean expression (conditions of rules).
    public var condition: Eval<Bool> {
        if case .bool(let f) = self { return f }
        return { _, _ in false }
    }

    /// Evaluates to a `RuleValue`, for traces and tests.
    public func value(_ ctx: RuleContext, _ cursor: RuleCursor) throws(RuleOverflow) -> RuleValue {
        switch self {
        case .number(let f): return try f(ctx, cursor).map { .number($0) } ?? .missing
        case .string(let f): return try f(ctx, cursor).map { .string($0) } ?? .missing
        case .bool(let f): return .bool(try f(ctx, cursor))
        case .numbers(let f): return .numbers(try f(ctx, cursor))
        case .strings(let f): return .strings(try f(ctx, cursor))
        case .indicator(let f): return .indicator(try f(ctx, cursor))
        }
    }
}

typealias Eval<T> = CompiledExpression.Eval<T>

enum RuleCompiler {
    static func compile(_ e: TypedExpression) -> CompiledExpression {
        switch e.node {
        case .literal(let v):
            switch v {
            case .number(let f): return .number { _, _ in f }
            case .string(let s): return .string { _, _ in s }
            case .bool(let b): return .bool { _, _ in b }
            case .numbers(let l): return .numbers { _, _ in l }
            case .strings(let l): return .strings { _, _ in l }
            case .missing:
                return e.type.isString ? .string { _, _ in nil } : .number { _, _ in nil }
            case .indicator(let r): return .indicator { _, _ in r }
            }
        case .list(let elements):
            let compiled = elements.map(compile)
            if e.type == .numberList {
                let fs = compiled.compactMap { if case .number(let f) = $0 { return f } else { return nil } }
                return .numbers { (c, k) throws(RuleOverflow) in try present(fs, c, k) }
            }
            let fs = compiled.compactMap { if case .string(let f) = $0 { return f } else { return nil } }
            return .strings { (c, k) throws(RuleOverflow) in try present(fs, c, k) }
        case .it: return .indicator { _, k in k.it }
        case .answer(let field, let argument): return answer(field, argument)
        case .opdScore(let field): return .number { c, _ in c.scoreValue(field) }
        case .city(.level(.fixed(let ref))):
            let (s, p) = (ref.slot.rawValue, ref.position)
            return .number { c, _ in c.period.cityLevels[s][p] }
        case .city(.level(.it)): return .number { c, k in c.period.cityLevels[k.it.slot.rawValue][k.it.position] }
        case .city(.score(let field)): return .number { c, _ in c.period.cityScore(field) }
        case .city(.count(let count)): return .number { c, _ in Fraction(c.period.cityCount(count)) }
        case .opd(let field): return opd(field)
        case .services(let aggregate, let predicate):
            let test = predicate.map { compile($0).condition }
            let count: Eval<Int> = { (c, k) throws(RuleOverflow) in
                guard let test else { return c.services.count }
                var n = 0
                var inner = k
                for i in c.services.indices {
                    inner.service = i
                    if try test(c, inner) { n += 1 }
                }
                return n
            }
            switch aggregate {
            case .count: return .number { (c, k) throws(RuleOverflow) in Fraction(try count(c, k)) }
            case .share:
                return .number { (c, k) throws(RuleOverflow) in
                    c.services.isEmpty ? nil : Fraction(Int64(try count(c, k) * 100), Int64(c.services.count))
                }
            }
        case .service(.stage): return .number { c, k in Fraction(c.services[k.service].stage) }
        case .service(.users): return .number { c, k in c.services[k.service].usersPerYear.map { Fraction($0) } }
        case .builtin(let b, let arguments): return builtin(b, arguments.map(compile), type: e.type)
        case .unary(.not, let operand):
            let f = compile(operand).condition
            return .bool { (c, k) throws(RuleOverflow) in try !f(c, k) }
        case .unary(_, let operand):
            guard case .number(let f) = compile(operand) else { return .number { _, _ in nil } }
            return .number { (c, k) throws(RuleOverflow) in
                guard let v = try f(c, k) else { return nil }
                guard let negated = v.negated() else { throw RuleOverflow() }
                return negated
            }
        case .binary(let op, let l, let r) where (op == .equal || op == .notEqual) && (l.type == .missing || r.type == .missing):
            // `x == missing`: a test for absence, whatever x's type.
            let other = l.type == .missing ? r : l
            let negate = op == .notEqual
            let absent: Eval<Bool>
            switch other.type == .missing ? nil : compile(other) {
            case .number(let f)?: absent = { (c, k) throws(RuleOverflow) in try f(c, k) == nil }
            case .string(let f)?: absent = { (c, k) throws(RuleOverflow) in try f(c, k) == nil }
            default: absent = { _, _ in true }
            }
            return .bool { (c, k) throws(RuleOverflow) in try absent(c, k) != negate }
        case .binary(let op, let l, let r): return binary(op, compile(l), compile(r))
        case .chain(let first, let links): return chain(compile(first), links.map { ($0.op, compile($0.operand)) })
        }
    }

    /// The values of `fs` that are not missing, in order.
    static func present<T>(_ fs: [Eval<T?>], _ c: RuleContext, _ k: RuleCursor) throws(RuleOverflow) -> [T] {
        var out: [T] = []
        for f in fs { if let v = try f(c, k) { out.append(v) } }
        return out
    }

    /// The checked result of arithmetic on two numbers; throws on overflow.
    static func checked(_ op: RuleOperator, _ x: Fraction, _ y: Fraction) throws(RuleOverflow) -> Fraction {
        guard let result = op.apply(x, y) else { throw RuleOverflow() }
        return result
    }

    static func answer(_ field: AnswerField, _ argument: IndicatorArgument) -> CompiledExpression {
        // A fixed indicator is resolved to array positions now; `it` at evaluation.
        let fixed: (Int, Int)?
        if case .fixed(let ref) = argument { fixed = (ref.slot.rawValue, ref.position) } else { fixed = nil }
        func level(_ table: @escaping @Sendable (RuleContext) -> [[Fraction?]]) -> CompiledExpression {
            .number { c, k in
                let (s, p) = fixed ?? (k.it.slot.rawValue, k.it.position)
                return table(c)[s][p]
            }
        }
        switch field {
        case .level: return level { $0.effective }
        case .selfLevel: return level { $0.selfLevels }
        case .verified: return level { $0.verified }
        case .target: return level { $0.period.targets }
        case .evidence:
            return .string { c, k in let (s, p) = fixed ?? (k.it.slot.rawValue, k.it.position); return c.evidence[s][p] }
        case .answered:
            return .bool { c, k in let (s, p) = fixed ?? (k.it.slot.rawValue, k.it.position); return c.effective[s][p] != nil }
        case .notApplicable:
            return .bool { c, k in let (s, p) = fixed ?? (k.it.slot.rawValue, k.it.position); return c.notApplicable[s][p] }
        case .gap:
            return .number { (c, k) throws(RuleOverflow) in let (s, p) = fixed ?? (k.it.slot.rawValue, k.it.position); return try c.gap(s, p) }
        case .weight:
            return .number { c, k in let (s, p) = fixed ?? (k.it.slot.rawValue, k.it.position); return c.period.weights[s][p] }
        }
    }

    static func opd(_ field: OPDField) -> CompiledExpression {
        switch field {
        case .id: return .string { c, _ in c.opd.id }
        case .name: return .string { c, _ in c.opd.name }
        case .kind: return .string { c, _ in c.opd.kind }
        case .tags: return .strings { c, _ in c.opd.tags }
        case .roles: return .strings { c, _ in c.roles }
        case .leaders: return .number { c, _ in c.opd.staff.leaders.map { Fraction($0) } }
        case .admins: return .number { c, _ in c.opd.staff.admins.map { Fraction($0) } }
        case .operators: return .number { c, _ in c.opd.staff.operators.map { Fraction($0) } }
        case .total: return .number { c, _ in c.opd.staff.total.map { Fraction($0) } }
        }
    }

    static func builtin(_ b: Builtin, _ arguments: [CompiledExpression], type: RuleType) -> CompiledExpression {
        switch b {
        case .min, .max:
            let fs = arguments.compactMap { if case .number(let f) = $0 { return f } else { return nil } }
            let takeMin = b == .min
            return .number { (c, k) throws(RuleOverflow) in
                var best: Fraction?
                for f in fs {
                    guard let v = try f(c, k) else { continue }
                    if let current = best { best = takeMin ? (v < current ? v : current) : (current < v ? v : current) } else { best = v }
                }
                return best
            }
        case .coalesce:
            switch (arguments[0], arguments[1]) {
            case (.number(let a), .number(let b)): return .number { (c, k) throws(RuleOverflow) in if let v = try a(c, k) { return v }; return try b(c, k) }
            case (.string(let a), .string(let b)): return .string { (c, k) throws(RuleOverflow) in if let v = try a(c, k) { return v }; return try b(c, k) }
            default: return .number { _, _ in nil }
            }
        }
    }

    static func binary(_ op: RuleOperator, _ l: CompiledExpression, _ r: CompiledExpression) -> CompiledExpression {
        switch (op, l, r) {
        case (.and, .bool(let a), .bool(let b)): return .bool { (c, k) throws(RuleOverflow) in if try !a(c, k) { return false }; return try b(c, k) }
        case (.or, .bool(let a), .bool(let b)): return .bool { (c, k) throws(RuleOverflow) in if try a(c, k) { return true }; return try b(c, k) }
        case (.plus, .number(let a), .number(let b)):
            return .number { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return nil }; return try checked(.plus, x, y) }
        case (.minus, .number(let a), .number(let b)):
            return .number { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return nil }; return try checked(.minus, x, y) }
        case (.times, .number(let a), .number(let b)):
            return .number { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return nil }; return try checked(.times, x, y) }
        case (.divide, .number(let a), .number(let b)):
            return .number { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k), !y.isZero else { return nil }; return try checked(.divide, x, y) }
        case (.less, .number(let a), .number(let b)):
            return .bool { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return false }; return x < y }
        case (.lessOrEqual, .number(let a), .number(let b)):
            return .bool { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return false }; return x <= y }
        case (.greater, .number(let a), .number(let b)):
            return .bool { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return false }; return y < x }
        case (.greaterOrEqual, .number(let a), .number(let b)):
            return .bool { (c, k) throws(RuleOverflow) in guard let x = try a(c, k), let y = try b(c, k) else { return false }; return y <= x }
        case (.equal, .number(let a), .number(let b)): return .bool { (c, k) throws(RuleOverflow) in let x = try a(c, k), y = try b(c, k); return x == y }
        case (.notEqual, .number(let a), .number(let b)): return .bool { (c, k) throws(RuleOverflow) in let x = try a(c, k), y = try b(c, k); return x != y }
        case (.equal, .string(let a), .string(let b)): return .bool { (c, k) throws(RuleOverflow) in let x = try a(c, k), y = try b(c, k); return x == y }
        case (.notEqual, .string(let a), .string(let b)): return .bool { (c, k) throws(RuleOverflow) in let x = try a(c, k), y = try b(c, k); return x != y }
        case (.equal, .bool(let a), .bool(let b)): return .bool { (c, k) throws(RuleOverflow) in let x = try a(c, k), y = try b(c, k); return x == y }
        case (.notEqual, .bool(let a), .bool(let b)): return .bool { (c, k) throws(RuleOverflow) in let x = try a(c, k), y = try b(c, k); return x != y }
        case (.isIn, .string(let a), .strings(let b)):
            return .bool { (c, k) throws(RuleOverflow) in guard let x = try a(c, k) else { return false }; return try b(c, k).contains(x) }
        case (.isIn, .number(let a), .numbers(let b)):
            return .bool { (c, k) throws(RuleOverflow) in guard let x = try a(c, k) else { return false }; return try b(c, k).contains(x) }
        default:
            // The checker admits no other combination.
            return .bool { _, _ in false }
        }
    }
}
