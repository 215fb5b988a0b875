/// The reference semantics of the rule language: a plain tree walk over a typed
/// expression producing `RuleValue`s.
///
/// Used by `explain` (which wants every intermediate value) and by the property tests that
/// hold the compiled evaluator to it. Semantics of `missing`: arithmetic with it gives
/// missing; `< <= > >=` with it are false; `==` treats it as a value of its own.
/// Operands are read left to right and no further than the result needs (`and` stops at
/// false, `or` at true, arithmetic and ordering at a missing left side), so an overflow
/// throws exactly where the compiled form throws.
public enum RuleInterpreter {
    public static func evaluate(_ e: TypedExpression, _ ctx: RuleContext, _ cursor: RuleCursor) throws(RuleOverflow) -> RuleValue {
        switch e.node {
        case .literal(let v): return v
        case .list(let elements):
            let values = try all(elements, ctx, cursor)
            if e.type == .numberList { return .numbers(values.compactMap { if case .number(let f) = $0 { return f } else { return nil } }) }
            return .strings(values.compactMap { if case .string(let s) = $0 { return s } else { return nil } })
        case .it: return .indicator(cursor.it)
        case .answer(let field, let argument):
            let ref = resolve(argument, cursor)
            return try ctx.answerValue(field, ref)
        case .opdScore(let field): return optional(ctx.scoreValue(field))
        case .city(.level(let argument)):
            let ref = resolve(argument, cursor)
            return optional(ctx.period.cityLevels[ref.slot.rawValue][ref.position])
        case .city(.score(let field)): return optional(ctx.period.cityScore(field))
        case .city(.count(let count)): return .number(Fraction(ctx.period.cityCount(count)))
        case .opd(let field): return ctx.opdValue(field)
        case .services(let aggregate, let predicate):
            var matching = 0
            for i in ctx.services.indices {
                var inner = cursor
                inner.service = i
                if let predicate {
                    if case .bool(true) = try evaluate(predicate, ctx, inner) { matching += 1 }
                } else {
                    matching += 1
                }
            }
            switch aggregate {
            case .count: return .number(Fraction(matching))
            case .share:
                return ctx.services.isEmpty ? .missing : .number(Fraction(Int64(matching * 100), Int64(ctx.services.count)))
            }
        case .service(let field):
            let s = ctx.services[cursor.service]
            switch field {
            case .stage: return .number(Fraction(s.stage))
            case .users: return s.usersPerYear.map { .number(Fraction($0)) } ?? .missing
            }
        case .builtin(.coalesce, let arguments):
            // The fallback is read only when needed, as the compiled `??` does.
            let first = try evaluate(arguments[0], ctx, cursor)
            return first == .missing ? try evaluate(arguments[1], ctx, cursor) : first
        case .builtin(let b, let arguments):
            let values = try all(arguments, ctx, cursor)
            switch b {
            case .min, .max:
                let numbers = values.compactMap { if case .number(let f) = $0 { return f } else { return nil } }
                guard let first = numbers.first else { return .missing }
                return .number(numbers.dropFirst().reduce(first) { b == .min ? ($1 < $0 ? $1 : $0) : ($0 < $1 ? $1 : $0) })
            case .coalesce:
                return values[0] == .missing ? values[1] : values[0]
            }
        case .unary(let op, let operand):
            let v = try evaluate(operand, ctx, cursor)
            switch (op, v) {
            case (.not, .bool(let b)): return .bool(!b)
            case (.negate, .number(let f)):
                guard let negated = f.negated() else { throw RuleOverflow() }
                return .number(negated)
            default: return .missing
            }
        case .binary(let op, let l, let r):
            let left = try evaluate(l, ctx, cursor)
            if let decided = decidedByLeft(op, left) { return decided }
            return try binary(op, left, evaluate(r, ctx, cursor))
        case .chain(let first, let links):
            var value = try evaluate(first, ctx, cursor)
            for link in links {
                if let decided = decidedByLeft(link.op, value) { return decided }
                value = try binary(link.op, value, evaluate(link.operand, ctx, cursor))
            }
            return value
        }
    }

    static func all(_ es: [TypedExpression], _ ctx: RuleContext, _ cursor: RuleCursor) throws(RuleOverflow) -> [RuleValue] {
        var values: [RuleValue] = []
        values.reserveCapacity(es.count)
        for e in es { values.append(try evaluate(e, ctx, cursor)) }
        return values
    }

    /// The result when the left operand alone decides it (the right one is then not read).
    static func decidedByLeft(_ op: RuleOperator, _ left: RuleValue) -> RuleValue? {
        switch (op, left) {
        case (.and, .bool(false)): return .bool(false)
        case (.or, .bool(true)): return .bool(true)
        case (.plus, .missing), (.minus, .missing), (.times, .missing), (.divide, .missing): return .missing
        case (.less, .missing), (.lessOrEqual, .missing), (.greater, .missing), (.greaterOrEqual, .missing), (.isIn, .missing): return .bool(false)
        default: return nil
        }
    }

    static func resolve(_ argument: IndicatorArgument, _ cursor: RuleCursor) -> IndicatorRef {
        switch argument {
        case .fixed(let ref): return ref
        case .it: return cursor.it
        }
    }

    static func optional(_ f: Fraction?) -> RuleValue { f.map { .number($0) } ?? .missing }

    static func binary(_ op: RuleOperator, _ a: RuleValue, _ b: RuleValue) throws(RuleOverflow) -> RuleValue {
        switch op {
        case .and:
            if case .bool(let x) = a, case .bool(let y) = b { return .bool(x && y) }
            return .bool(false)
        case .or:
            if case .bool(let x) = a, case .bool(let y) = b { return .bool(x || y) }
            return .bool(false)
        case .plus, .minus, .times, .divide:
            guard case .number(let x) = a, case .number(let y) = b else { return .missing }
            if op == .divide, y.isZero { return .missing }
            return .number(try RuleCompiler.checked(op, x, y))
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard case .number(let x) = a, case .number(let y) = b else { return .bool(false) }
            switch op {
            case .less: return .bool(x < y)
            case .lessOrEqual: return .bool(x <= y)
            case .greater: return .bool(y < x)
            default: return .bool(y <= x)
            }
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .isIn:
            switch (a, b) {
            case (.string(let s), .strings(let list)): return .bool(list.contains(s))
            case (.number(let f), .numbers(let list)): return .bool(list.contains(f))
            default: return .bool(false)
            }
        case .not, .negate: return .missing
        }
    }
}

extension RuleContext {
    /// The value an answer function reads.
    func answerValue(_ field: AnswerField, _ ref: IndicatorRef) throws(RuleOverflow) -> RuleValue {
        let (s, p) = (ref.slot.rawValue, ref.position)
        func level(_ l: Fraction?) -> RuleValue { l.map { .number($0) } ?? .missing }
        switch field {
        case .level: return level(effective[s][p])
        case .selfLevel: return level(selfLevels[s][p])
        case .verified: return level(verified[s][p])
        case .evidence: return evidence[s][p].map { .string($0) } ?? .missing
        case .answered: return .bool(effective[s][p] != nil)
        case .notApplicable: return .bool(notApplicable[s][p])
        case .target: return level(period.targets[s][p])
        case .gap: return .number(try gap(s, p))
        case .weight: return .number(period.weights[s][p])
        }
    }

    /// Target − effective level (a missing level counts as the catalog's floor), at least
    /// 0; 0 when the period has no target for the indicator or the OPD marked it *tidak
    /// berlaku* (not its business: nothing to close).
    func gap(_ s: Int, _ p: Int) throws(RuleOverflow) -> Fraction {
        guard let target = period.targets[s][p], !notApplicable[s][p] else { return .zero }
        let level = effective[s][p] ?? period.floors[s]
        guard level < target else { return .zero }
        guard let gap = target.subtracting(level) else { throw RuleOverflow() }
        return gap
    }

    func scoreValue(_ field: ScoreField) -> Fraction? {
        switch field {
        case .index: return index
        case .dimensions: return dimensions
        case .indexGroup(let i): return i < indexGroups.count ? indexGroups[i] : nil
        case .dimensionGroup(let i): return i < dimensionGroups.count ? dimensionGroups[i] : nil
        }
    }

    func opdValue(_ field: OPDField) -> RuleValue {
        func count(_ n: Int?) -> RuleValue { n.map { .number(Fraction($0)) } ?? .missing }
        switch field {
        case .id: return .string(opd.id)
        case .name: return .string(opd.name)
        case .kind: return .string(opd.kind)
        case .tags: return .strings(opd.tags)
        case .roles: return .strings(roles)
        case .leaders: return count(opd.staff.leaders)
        case .admins: return count(opd.staff.admins)
        case .operators: return count(opd.staff.operators)
        case .total: return count(opd.staff.total)
        }
    }
}

extension RulePeriodData {
    func cityCount(_ count: CityCount) -> Int {
        switch count {
        case .opds: return cityCounts.opds
        case .daring: return cityCounts.daring
        case .integrated: return cityCounts.integrated
        }
    }

    func cityScore(_ field: ScoreField) -> Fraction? {
        switch field {
        case .index: return cityIndex
        case .dimensions: return cityDimensions
        case .indexGroup(let i): return i < cityIndexGroups.count ? cityIndexGroups[i] : nil
        case .dimensionGroup(let i): return i < cityDimensionGroups.count ? cityDimensionGroups[i] : nil
        }
    }
}
