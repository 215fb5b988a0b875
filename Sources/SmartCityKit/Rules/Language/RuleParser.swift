/// Parses an expression of the rule language into `RuleSyntax` (precedence climbing).
///
/// Precedence, loosest first: `or`; `and`; `not`; comparisons and `in` (not chained);
/// `+ -`; `* /`; unary `-`; member access `.name` and calls `f(…)`.
///
/// Bounded and linear: the text is refused past `RuleLimits.maximumLength` before it is
/// read, nesting past `RuleLimits.maximumDepth` is an error where it happens, and a run of
/// operators of one precedence becomes one flat `chain` built in a loop.
struct RuleParser {
    private var tokens: [RuleToken]
    private var index = 0
    /// Levels of nesting open at the cursor.
    private var depth = 0

    static func parse(_ text: String) -> Result<RuleSyntax, RuleSyntaxError> {
        let length = text.count
        guard length <= RuleLimits.maximumLength else {
            return .failure(RuleSyntaxError(.tooLong(length: length, limit: RuleLimits.maximumLength), at: RuleLimits.maximumLength))
        }
        switch RuleLexer.tokens(text) {
        case .failure(let e): return .failure(e)
        case .success(let tokens):
            var parser = RuleParser(tokens: tokens)
            do throws(RuleSyntaxError) {
                let e = try parser.expression(0)
                guard case .end = parser.current.kind else { throw RuleSyntaxError(.unexpectedToken(parser.describe(parser.current)), at: parser.current.offset) }
                return .success(e)
            } catch {
                return .failure(error)
            }
        }
    }

    private init(tokens: [RuleToken]) { self.tokens = tokens }

    private var current: RuleToken { tokens[index] }

    private mutating func advance() -> RuleToken {
        let t = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return t
    }

    private func describe(_ t: RuleToken) -> String {
        switch t.kind {
        case .number(let f): return f.description
        case .string(let s): return "\"\(s)\""
        case .name(let n): return n
        case .symbol(let s): return s
        case .end: return "—"
        }
    }

    private func isSymbol(_ s: String) -> Bool {
        if case .symbol(let x) = current.kind { return x == s }
        return false
    }

    private func isName(_ s: String) -> Bool {
        if case .name(let x) = current.kind { return x == s }
        return false
    }

    private mutating func expect(_ s: String) throws(RuleSyntaxError) {
        guard isSymbol(s) else {
            if case .end = current.kind { throw RuleSyntaxError(.unexpectedEnd(expected: s), at: current.offset) }
            throw RuleSyntaxError(.expected(s, found: describe(current)), at: current.offset)
        }
        _ = advance()
    }

    /// The binary operator at the cursor with its precedence, if any.
    private func binaryOperator() -> (RuleOperator, Int)? {
        switch current.kind {
        case .name("or"): return (.or, 1)
        case .name("and"): return (.and, 2)
        case .name("in"): return (.isIn, 4)
        case .symbol(let s):
            switch s {
            case "==": return (.equal, 4)
            case "!=": return (.notEqual, 4)
            case "<": return (.less, 4)
            case "<=": return (.lessOrEqual, 4)
            case ">": return (.greater, 4)
            case ">=": return (.greaterOrEqual, 4)
            case "+": return (.plus, 5)
            case "-": return (.minus, 5)
            case "*": return (.times, 6)
            case "/": return (.divide, 6)
            default: return nil
            }
        default: return nil
        }
    }

    private mutating func expression(_ minimum: Int) throws(RuleSyntaxError) -> RuleSyntax {
        var left = try prefix()
        while let (op, precedence) = binaryOperator(), precedence > minimum {
            let at = advance().offset
            let right = try expression(precedence)
            if precedence == 4 {
                if let (next, p) = binaryOperator(), p == 4 {
                    throw RuleSyntaxError(.chainedComparison(next.rawValue), at: current.offset)
                }
                left = .binary(op, left, right, at: at)
                continue
            }
            // Every further operator of the same precedence joins the chain here, so a sum
            // of n terms is one loop, not n levels of recursion.
            var links = [RuleLink(op, right, at: at)]
            while let (next, p) = binaryOperator(), p == precedence {
                let nextAt = advance().offset
                links.append(RuleLink(next, try expression(precedence), at: nextAt))
            }
            left = .chain(left, links)
        }
        return left
    }

    /// Opens one level of nesting at `offset`; an error past the limit.
    private mutating func enter(at offset: Int) throws(RuleSyntaxError) {
        depth += 1
        if depth > RuleLimits.maximumDepth { throw RuleSyntaxError(.tooDeep(limit: RuleLimits.maximumDepth), at: offset) }
    }

    private mutating func prefix() throws(RuleSyntaxError) -> RuleSyntax {
        if isName("not") {
            let at = advance().offset
            try enter(at: at)
            defer { depth -= 1 }
            return .unary(.not, try expression(3), at: at)
        }
        if isSymbol("-") {
            let at = advance().offset
            try enter(at: at)
            defer { depth -= 1 }
            return .unary(.negate, try postfix(try primary()), at: at)
        }
        return try postfix(try primary())
    }

    private mutating func postfix(_ base: RuleSyntax) throws(RuleSyntaxError) -> RuleSyntax {
        var e = base
        // Each member access or call wraps the expression once more: it counts as a level.
        let outer = depth
        defer { depth = outer }
        while true {
            if isSymbol(".") || isSymbol("(") { try enter(at: current.offset) }
            if isSymbol(".") {
                let at = advance().offset
                guard case .name(let member) = current.kind else {
                    throw RuleSyntaxError(.expected("a name after \".\"", found: describe(current)), at: current.offset)
                }
                _ = advance()
                _ = at
                e = .member(e, member, at: e.offset)
            } else if isSymbol("(") {
                let at = advance().offset
                var arguments: [RuleSyntax] = []
                if !isSymbol(")") {
                    arguments.append(try expression(0))
                    while isSymbol(",") {
                        _ = advance()
                        arguments.append(try expression(0))
                    }
                }
                try expect(")")
                _ = at
                e = .call(e, arguments, at: e.offset)
            } else {
                return e
            }
        }
    }

    private mutating func primary() throws(RuleSyntaxError) -> RuleSyntax {
        let t = advance()
        switch t.kind {
        case .number(let f): return .number(f, at: t.offset)
        case .string(let s): return .string(s, at: t.offset)
        case .name("true"): return .bool(true, at: t.offset)
        case .name("false"): return .bool(false, at: t.offset)
        case .name("missing"): return .missing(at: t.offset)
        case .name(let n) where ["and", "or", "in", "not"].contains(n):
            throw RuleSyntaxError(.unexpectedToken(n), at: t.offset)
        case .name(let n): return .name(n, at: t.offset)
        case .symbol("("):
            try enter(at: t.offset)
            defer { depth -= 1 }
            let e = try expression(0)
            try expect(")")
            return e
        case .symbol("["):
            try enter(at: t.offset)
            defer { depth -= 1 }
            var elements: [RuleSyntax] = []
            if !isSymbol("]") {
                elements.append(try expression(0))
                while isSymbol(",") {
                    _ = advance()
                    elements.append(try expression(0))
                }
            }
            try expect("]")
            return .list(elements, at: t.offset)
        case .end: throw RuleSyntaxError(.unexpectedEnd(expected: "a value"), at: t.offset)
        case .symbol(let s): throw RuleSyntaxError(.unexpectedToken(s), at: t.offset)
        }
    }
}
