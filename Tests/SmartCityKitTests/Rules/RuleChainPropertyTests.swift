import Testing
@testable import SmartCityKit

/// Flat chains evaluate as the nested binary trees they stand for: random expressions,
/// with long chains, big numbers and tiny decimals (so that some overflow), give the same
/// value — or both overflow — compiled from the chain and interpreted from the reference.
@Suite struct RuleChainPropertyTests {
    /// The left-deep binary tree a chain stands for, all the way down: the reference.
    static func nested(_ e: TypedExpression) -> TypedExpression {
        var out = e
        switch e.node {
        case .chain(let first, let links):
            var left = nested(first)
            for link in links {
                let right = nested(link.operand)
                // The type of each partial result is the chain's own rule; the interpreter
                // reads only the list types, so any number or bool type will do.
                left = TypedExpression(node: .binary(link.op, left, right), type: e.type, offset: e.offset, label: "")
            }
            return left
        case .binary(let op, let l, let r): out.node = .binary(op, nested(l), nested(r))
        case .unary(let op, let a): out.node = .unary(op, nested(a))
        case .builtin(let b, let args): out.node = .builtin(b, args.map(nested))
        case .list(let elements): out.node = .list(elements.map(nested))
        case .services(let a, let p): out.node = .services(a, predicate: p.map(nested))
        default: break
        }
        return out
    }

    static func outcome(_ f: () throws(RuleOverflow) -> RuleValue) -> RuleValue? {
        do throws(RuleOverflow) { return try f() } catch { return nil }
    }

    /// A chain of 1–12 terms of one precedence, operands drawn from inputs, small and large
    /// literals, and nested chains.
    static func chain(_ r: inout RuleLanguageFixtures, depth: Int) -> String {
        let additive = r.random.chance(50)
        let ops = additive ? ["+", "-"] : ["*", "/"]
        let terms = r.random.int(in: 1...12)
        var text = operand(&r, depth: depth)
        for _ in 1..<terms { text += " " + r.pick(ops) + " " + operand(&r, depth: depth) }
        return text
    }

    static func operand(_ r: inout RuleLanguageFixtures, depth: Int) -> String {
        switch r.random.int(in: 0...(depth > 0 ? 6 : 4)) {
        case 0: return r.pick(["level", "weight", "gap", "self"]) + "(\"" + r.pick(["I-01", "I-02", "I-03", "G-01"]) + "\")"
        case 1: return r.pick(["0", "1", "2.5", "7"])
        case 2: return r.pick(["999999", "99999999999", "3037000500", "9999"])
        case 3: return r.pick(["0.0001", "0.001", "0.3333"])
        case 4: return r.pick(["city.opds()", "opd.staff.leader", "index()"])
        case 5: return "(" + chain(&r, depth: depth - 1) + ")"
        default: return "-(" + chain(&r, depth: depth - 1) + ")"
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func chainsEvaluateAsTheirNestedReference(seed: UInt64) throws {
        var f = try RuleLanguageFixtures(seed: seed)
        var overflowed = 0
        for round in 0..<300 {
            let number = Self.chain(&f, depth: 3)
            let text: String
            switch round % 3 {
            case 0: text = number + " > " + Self.chain(&f, depth: 1)
            case 1: text = [number + " > 1", f.expression("bool", depth: 2), Self.chain(&f, depth: 1) + " <= 0"].joined(separator: f.pick([" and ", " or "]))
            default: text = number
            }
            let program: RuleProgram
            switch RuleProgram.build(text, catalogs: f.catalogs, capabilities: RuleLanguageTests.all) {
            case .success(let p): program = p
            case .failure(let e):
                // Constant runs that overflow, and the rare text past the length limit, are
                // refused when checked; nothing else may be.
                #expect(["RUL031", "RUL032"].contains(e.problem.code), "\(text): \(e.problem.text(.en))")
                continue
            }
            let reference = Self.nested(program.typed)
            for _ in 0..<4 {
                let ctx = f.context()
                let cursor = RuleCursor(it: f.pick(f.refs))
                let compiled = Self.outcome { () throws(RuleOverflow) in try program.evaluate(ctx, cursor) }
                let expected = Self.outcome { () throws(RuleOverflow) in try RuleInterpreter.evaluate(reference, ctx, cursor) }
                let flat = Self.outcome { () throws(RuleOverflow) in try RuleInterpreter.evaluate(program.typed, ctx, cursor) }
                #expect(compiled == expected, "\(text)")
                #expect(flat == expected, "\(text)")
                if expected == nil { overflowed += 1 }
            }
        }
        // The generator reaches the limits often enough to test the overflow path.
        #expect(overflowed > 0)
    }
}
