import Testing
@testable import SmartCityKit

@Suite struct RuleLanguageTests {
    static let all = RuleCapabilities.forKind("flag", forEach: true)

    func build(_ text: String, _ capabilities: RuleCapabilities = all) throws -> RuleProgram {
        let fixtures = try RuleLanguageFixtures(seed: 1)
        return try RuleProgram.build(text, catalogs: fixtures.catalogs, capabilities: capabilities).get()
    }

    /// The compiled closures agree with the tree-walking interpreter on random well-typed
    /// expressions over random assessments.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func compiledAgreesWithInterpreter(seed: UInt64) throws {
        var f = try RuleLanguageFixtures(seed: seed)
        var checked = 0
        for _ in 0..<400 {
            let type = f.pick(["bool", "number", "text"])
            let text = f.expression(type, depth: 4)
            let program: RuleProgram
            switch RuleProgram.build(text, catalogs: f.catalogs, capabilities: Self.all) {
            case .success(let p): program = p
            case .failure(let e):
                Issue.record("generated expression did not check: \(text) — \(e.problem.text(.en)) at \(e.offset)")
                continue
            }
            for _ in 0..<5 {
                let ctx = f.context()
                let cursor = RuleCursor(it: f.pick(f.refs))
                let compiled = try program.evaluate(ctx, cursor)
                let interpreted = try RuleInterpreter.evaluate(program.typed, ctx, cursor)
                #expect(compiled == interpreted, "\(text)")
                checked += 1
            }
            // Rendering the syntax gives text that parses back to the same tree.
            let again = try RuleParser.parse(program.syntax.rendered).get()
            #expect(again.rendered == program.syntax.rendered)
        }
        #expect(checked == 2000)
    }

    @Test func missingIsAValueOfItsOwn() throws {
        var f = try RuleLanguageFixtures(seed: 9)
        let ctx = f.context()
        let unanswered = try #require(f.refs.first { (try? ctx.answerValue(.level, $0)) == .missing })
        let id = f.catalogs.indicator(unanswered).id
        #expect(try build("level(\"\(id)\") == missing").evaluate(ctx) == .bool(true))
        #expect(try build("level(\"\(id)\") < 6").evaluate(ctx) == .bool(false))
        #expect(try build("level(\"\(id)\") >= 0").evaluate(ctx) == .bool(false))
        #expect(try build("level(\"\(id)\") + 1").evaluate(ctx) == .missing)
        #expect(try build("coalesce(level(\"\(id)\"), 1)").evaluate(ctx) == .number(Fraction(1)))
        #expect(try build("max(level(\"\(id)\"), 2)").evaluate(ctx) == .number(Fraction(2)))
        #expect(try build("1 / 0").evaluate(ctx) == .missing)
    }

    @Test(arguments: [
        ("1 + 2 * 3", "7"), ("(1 + 2) * 3", "9"), ("10 - 4 - 3", "3"), ("2.5 * 2", "5"), ("-2 + 5", "3"),
        ("not true or true", "true"), ("not (true or true)", "false"), ("1 < 2 and 2 < 1", "false"),
        ("\"a\" in [\"b\", \"a\"]", "true"), ("3 in [1, 2]", "false"), ("min(4, 2, 3)", "2"), ("max(1, 5)", "5"),
    ])
    func arithmeticAndLogic(text: String, expected: String) throws {
        var f = try RuleLanguageFixtures(seed: 3)
        #expect(try build(text).evaluate(f.context()).description == expected)
    }

    @Test(arguments: [
        ("leve(\"I-01\")", 0, "unknownFunction"), ("level(\"I-99\")", 6, "unknownIndicator"), ("level(\"I-01\") == \"3\"", 14, "typeMismatch"),
        ("level(\"I-01\", 2)", 0, "wrongArity"), ("opd.kind = \"upt\"", 9, "singleEquals"), ("1 < 2 < 3", 6, "chainedComparison"),
        ("dimension(\"economi\")", 10, "unknownDimension"), ("domain(7)", 7, "unknownDomain"), ("opd.size > 3", 0, "unknownMember"),
        ("level(opd.id)", 6, "indicatorArgumentNotLiteral"), ("\"x\" in [1, \"y\"]", 11, "expectedType"), ("(1 + 2", 6, "unexpectedEnd"),
        ("stage >= 3", 0, "unknownName"), ("true and 3", 5, "typeMismatch"), ("\"abc", 0, "unterminatedString"), ("1 # 2", 2, "unexpectedCharacter"),
        ("[] == []", 0, "emptyList"), ("services.share(stage)", 15, "expectedType"), ("1.23456 > 1", 0, "badNumber"),
    ])
    func typeAndSyntaxErrorsPointAtTheirOffset(text: String, offset: Int, problem: String) throws {
        let fixtures = try RuleLanguageFixtures(seed: 1)
        switch RuleProgram.build(text, catalogs: fixtures.catalogs, capabilities: Self.all) {
        case .success: Issue.record("\(text) should not check")
        case .failure(let e):
            #expect(e.offset == offset, "\(text): \(e.problem.text(.en))")
            #expect(String(describing: e.problem).hasPrefix(problem), "\(text): \(e.problem)")
            #expect(!e.problem.text(.id).isEmpty && e.problem.text(.id) != e.problem.text(.en))
        }
    }

    @Test func capabilitiesDependOnTheRuleKind() throws {
        let fixtures = try RuleLanguageFixtures(seed: 1)
        let applies = RuleCapabilities.forKind("applies", forEach: false)
        #expect((try? RuleProgram.build("opd.kind == \"kecamatan\" or \"x\" in opd.tags", catalogs: fixtures.catalogs, capabilities: applies).get()) != nil)
        for text in ["level(\"I-01\") > 2", "services.count() > 0", "city.index() > 2", "index() > 1", "level(it) > 1"] {
            guard case .failure(let e) = RuleProgram.build(text, catalogs: fixtures.catalogs, capabilities: applies) else {
                Issue.record("\(text) should be refused in applies rules"); continue
            }
            #expect(String(describing: e.problem).hasPrefix("notAvailable"), "\(text)")
        }
        let readiness = RuleCapabilities.forKind("readiness", forEach: false)
        #expect((try? RuleProgram.build("services.share(stage >= 3) >= 60", catalogs: fixtures.catalogs, capabilities: readiness).get()) != nil)
    }
}
