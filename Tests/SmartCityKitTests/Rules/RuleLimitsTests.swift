import Testing
@testable import SmartCityKit

/// The reported crashes and slow cases of issue 19: each is now a positioned error (or a
/// value), never a trap, a stack overflow or quadratic work.
@Suite struct RuleLimitsTests {
    static func failure(_ text: String, _ capabilities: RuleCapabilities = RuleLanguageTests.all) throws -> RuleSyntaxError? {
        let fixtures = try RuleLanguageFixtures(seed: 1)
        if case .failure(let e) = RuleProgram.build(text, catalogs: fixtures.catalogs, capabilities: capabilities) { return e }
        return nil
    }

    static func repeated(_ open: String, _ count: Int, _ middle: String, _ close: String = "") -> String {
        String(repeating: open, count: count) + middle + String(repeating: close, count: count)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var code: String
        var offset: Int
        var testDescription: String { name }
    }

    /// The reported inputs, as written: all are longer than the length limit.
    static let reported: [Case] = [
        Case(name: "10,000 × not", text: repeated("not ", 10_000, "true"), code: "RUL031", offset: RuleLimits.maximumLength),
        Case(name: "10,000-deep -(", text: repeated("-(", 10_000, "1", ")") + " > 0", code: "RUL031", offset: RuleLimits.maximumLength),
        Case(name: "10,000-deep [", text: "1 in " + repeated("[", 10_000, "1", "]"), code: "RUL031", offset: RuleLimits.maximumLength),
        Case(name: "10,000-deep max(", text: repeated("max(", 10_000, "1", ")") + " > 0", code: "RUL031", offset: RuleLimits.maximumLength),
        Case(name: "flat sum of 10,000 terms", text: Array(repeating: "1", count: 10_000).joined(separator: " + ") + " > 0", code: "RUL031",
             offset: RuleLimits.maximumLength),
        Case(name: "flat and of 10,000 terms", text: Array(repeating: "true", count: 10_000).joined(separator: " and "), code: "RUL031",
             offset: RuleLimits.maximumLength),
        Case(name: "4,000 × not", text: repeated("not ", 4_000, "true"), code: "RUL031", offset: RuleLimits.maximumLength),
        Case(name: "constant product", text: "999999999999 * 999999999999 > 0", code: "RUL032", offset: 13),
        Case(name: "fuzzer's product", text: "99999999999 * 9999 * 9999999 * 999 > 1", code: "RUL032", offset: 19),
        Case(name: "five 0.0001 factors", text: "0.0001 * 0.0001 * 0.0001 * 0.0001 * 0.0001 > 0", code: "RUL032", offset: 34),
    ]

    /// The same shapes just past the nesting limit, within the length limit: the error points
    /// at the level that is one too many.
    static let tooDeep: [Case] = [
        Case(name: "65 × not", text: repeated("not ", 65, "true"), code: "RUL030", offset: 64 * 4),
        Case(name: "33 × -(", text: repeated("-(", 33, "1", ")") + " > 0", code: "RUL030", offset: 64),
        Case(name: "65 × (", text: repeated("(", 65, "true", ")"), code: "RUL030", offset: 64),
        Case(name: "65 × [", text: "1 in " + repeated("[", 65, "1", "]"), code: "RUL030", offset: 5 + 64),
        Case(name: "65 × max(", text: repeated("max(", 65, "1", ")") + " > 0", code: "RUL030", offset: 64 * 4 + 3),
        Case(name: "65 member accesses", text: "opd" + String(repeating: ".staff", count: 65) + " > 0", code: "RUL030", offset: 3 + 64 * 6),
    ]

    @Test(arguments: reported + tooDeep)
    func isAPositionedError(_ c: Case) throws {
        let e = try #require(try Self.failure(c.text), "\(c.name) should not check")
        #expect(e.problem.code == c.code, "\(c.name): \(e.problem.text(.en))")
        #expect(e.offset == c.offset, "\(c.name): \(e.problem.text(.en))")
    }

    /// At the limits, each shape checks and evaluates.
    @Test(arguments: [
        (repeated("not ", 64, "true"), "true"), (repeated("-(", 32, "1", ")"), "1"), (repeated("(", 64, "true", ")"), "true"),
        (repeated("max(", 64, "2", ")"), "2"), ("1 in " + repeated("[", 1, "1", "]"), "true"),
    ])
    func atTheLimitsItEvaluates(text: String, expected: String) throws {
        var f = try RuleLanguageFixtures(seed: 3)
        let program = try RuleProgram.build(text, catalogs: f.catalogs, capabilities: RuleLanguageTests.all).get()
        #expect(try program.evaluate(f.context()).description == expected)
    }

    /// Flat chains as long as the length limit allows are one node, and evaluate exactly.
    @Test func longFlatChainsEvaluate() throws {
        var f = try RuleLanguageFixtures(seed: 3)
        let ctx = f.context()
        func value(_ text: String) throws -> String {
            let program = try RuleProgram.build(text, catalogs: f.catalogs, capabilities: RuleLanguageTests.all).get()
            #expect(try RuleInterpreter.evaluate(program.typed, ctx, RuleCursor()) == program.evaluate(ctx))
            return try program.evaluate(ctx).description
        }
        #expect(text(1_999, "1", "+").count <= RuleLimits.maximumLength)
        #expect(try value(text(1_999, "1", "+")) == "1999")
        #expect(try value(text(399, "true", " and ")) == "true")
        #expect(try value(text(399, "false", " or ") + " or true") == "true")
        #expect(try value("weight(\"I-01\")" + String(repeating: " + 1 - 1", count: 400)) == (try value("weight(\"I-01\")")))
        let syntax = try RuleParser.parse(text(1_999, "1", "+")).get()
        guard case .chain(_, let links) = syntax else { Issue.record("not a chain"); return }
        #expect(links.count == 1_998)
    }

    func text(_ count: Int, _ term: String, _ op: String) -> String { Array(repeating: term, count: count).joined(separator: op) }

    /// Arithmetic on values read from input overflows only when evaluated: an error (thrown,
    /// then reported with the rule and the OPD), never a trap, by both evaluators.
    @Test func overflowAtEvaluationThrows() throws {
        var f = try RuleLanguageFixtures(seed: 3)
        let ctx = f.context()
        for text in ["weight(\"I-01\") * 999999999999 * 999999999999 > 0", "-(weight(\"I-01\") * 99999999999) * 99999999999 < 0",
                     "weight(\"I-01\") / 0.0001 / 0.0001 / 0.0001 / 0.0001 / 0.0001 > 1", "city.opds() * 9999999999 * 9999999999 + 1 > 0"] {
            let program = try RuleProgram.build(text, catalogs: f.catalogs, capabilities: RuleLanguageTests.all).get()
            #expect(throws: RuleOverflow.self, "\(text)") { try program.evaluate(ctx) }
            #expect(throws: RuleOverflow.self, "\(text)") { try RuleInterpreter.evaluate(program.typed, ctx, RuleCursor()) }
        }
        // An operand that `and` never reaches is not evaluated, so it cannot overflow.
        let skipped = try RuleProgram.build("false and weight(\"I-01\") * 999999999999 * 999999999999 > 0", catalogs: f.catalogs,
                                            capabilities: RuleLanguageTests.all).get()
        #expect(try skipped.evaluate(ctx) == .bool(false))
    }

    /// A phase goal is checked like any rule: a constant that overflows is a compile error.
    @Test func phaseGoalOverflowIsAnError() throws {
        let e = try #require(try Self.failure("city.daring() >= 999999999999 * 999999999999", RoadmapGoals.capabilities))
        #expect(e.problem.code == "RUL032")
        #expect(e.offset == 30)
    }
}
