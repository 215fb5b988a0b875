import Testing
@testable import SmartCityKit

/// Malformed rules are load errors naming the file, the line, the column (inside the
/// expression for expression errors) and the rule; none crashes, and nothing is scored.
@Suite struct RuleLoaderTests {
    static let flag = #"{"id": "r1", "kind": "flag", "severity": "info", "text": {"id": "a", "en": "a"}, "when": "EXPR"}"#
    static let action = #"{"id": "act-1", "kind": "action", "indicator": "I-02", "text": {"id": "a", "en": "a"}, "effort": {"months": 2, "resource": "opd"}, "owner": "responsible", "phase": "layanan"}"#

    static func file(_ rules: [String]) -> String {
        """
        {
          "format": 1,
          "id": "test-rules",
          "version": "1",
          "title": {"id": "Uji", "en": "Test"},
          "source": {"citation": "test"},
          "catalogs": ["mini-index"],
          "rules": [
            \(rules.joined(separator: ",\n    "))
          ]
        }
        """
    }

    static func flag(_ expression: String) -> String {
        flag.replacingOccurrences(of: "EXPR", with: expression.replacingOccurrences(of: "\"", with: "\\\""))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var rules: [String]
        var code: String
        /// The text the column must point at, searched on the reported line (nil: no column check).
        var at: String?
        var line = 9
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown function", rules: [flag(#"leve("I-01") > 1"#)], code: "RUL011", at: "leve("),
        Case(name: "unknown indicator", rules: [flag(#"level("I-99") > 1"#)], code: "RUL014", at: #"\"I-99"#),
        Case(name: "text compared with a number", rules: [flag(#"level("I-01") == "3""#)], code: "RUL020", at: "== "),
        Case(name: "wrong arity", rules: [flag(#"level("I-01", 2) > 1"#)], code: "RUL013", at: "level("),
        Case(name: "single equals", rules: [flag(#"opd.kind = "upt""#)], code: "RUL003", at: "= \\\"upt"),
        Case(name: "chained comparison", rules: [flag("1 < 2 < 3")], code: "RUL008", at: "< 3"),
        Case(name: "unknown dimension", rules: [flag(#"dimension("economi") > 1"#)], code: "RUL015", at: #"\"economi"#),
        Case(name: "unknown domain", rules: [flag("domain(7) > 1")], code: "RUL016", at: "7)"),
        Case(name: "unknown member", rules: [flag("opd.size > 3")], code: "RUL012", at: "opd.size"),
        Case(name: "not a condition", rules: [flag(#"level("I-01") + 1"#)], code: "RUL021", at: "level("),
        Case(name: "unterminated string", rules: [flag(#"opd.kind == "upt"#)], code: "RUL002", at: #"\"upt"#),
        Case(name: "it without forEach", rules: [flag("level(it) > 1")], code: "RUL018", at: "it)"),
        Case(name: "applies rule reading answers",
             rules: [#"{"id": "ap", "kind": "applies", "indicators": ["I-02"], "when": "level(\"I-01\") > 1"}"#], code: "RUL018", at: "level("),
        Case(name: "unexpected character", rules: [flag("1 # 2")], code: "RUL004", at: "# 2"),
        Case(name: "empty list", rules: [flag(#"opd.kind in []"#)], code: "RUL022", at: "[]"),
        Case(name: "stage outside a services predicate", rules: [flag("stage >= 3")], code: "RUL010", at: "stage"),
        Case(name: "unknown kind", rules: [flag("true").replacingOccurrences(of: "\"flag\"", with: "\"alarm\"")], code: "CAT007", at: "\"alarm"),
        Case(name: "duplicate rule id", rules: [flag("true"), flag("false")], code: "RUL101", at: nil, line: 10),
        Case(name: "requires an unknown action",
             rules: [action, #"{"id": "rq", "kind": "requires", "action": "act-1", "after": ["act-9"], "text": {"id": "a", "en": "a"}}"#],
             code: "RUL103", at: nil, line: 10),
        Case(name: "requires cycle",
             rules: [action, action.replacingOccurrences(of: "act-1", with: "act-2"),
                     #"{"id": "rq1", "kind": "requires", "action": "act-1", "after": ["act-2"], "text": {"id": "a", "en": "a"}}"#,
                     #"{"id": "rq2", "kind": "requires", "action": "act-2", "after": ["act-1"], "text": {"id": "a", "en": "a"}}"#],
             code: "RUL104", at: nil, line: 11),
        Case(name: "requires nothing", rules: [action, #"{"id": "rq", "kind": "requires", "action": "act-1", "text": {"id": "a", "en": "a"}}"#],
             code: "RUL111", at: "{\"id\": \"rq\"", line: 10),
        Case(name: "unknown placeholder", rules: [action.replacingOccurrences(of: #"{"id": "a", "en": "a"}"#, with: #"{"id": "a {foo}", "en": "a"}"#)],
             code: "RUL107", at: "{\"id\": \"a {foo}"),
        Case(name: "owner role not bound", rules: [action.replacingOccurrences(of: "\"responsible\"", with: "\"role:bappeda\"")], code: "RUL108", at: "\"role:"),
        Case(name: "owner OPD unknown", rules: [action.replacingOccurrences(of: "\"responsible\"", with: "\"opd:dishub\"")], code: "RUL109", at: "\"opd:"),
        Case(name: "owner of another shape", rules: [action.replacingOccurrences(of: "\"responsible\"", with: "\"kominfo\"")], code: "RUL110", at: "\"kominfo\""),
        Case(name: "invalid rule id", rules: [flag("true").replacingOccurrences(of: "\"r1\"", with: "\"Bad ID\"")], code: "RUL102", at: "\"Bad ID"),
        Case(name: "effort of zero months", rules: [action.replacingOccurrences(of: "\"months\": 2", with: "\"months\": 0")], code: "RUL112", at: "0, \"resource"),
        Case(name: "flag without a condition", rules: [#"{"id": "r1", "kind": "flag", "severity": "info", "text": {"id": "a", "en": "a"}}"#], code: "CAT001", at: "{\"id\": \"r1\""),
        Case(name: "action without indicator or condition", rules: [action.replacingOccurrences(of: #""indicator": "I-02", "#, with: "")], code: "CAT001", at: "{\"id\": \"act-1\""),
        Case(name: "unknown indicator named by an action", rules: [action.replacingOccurrences(of: "\"I-02\"", with: "\"I-20\"")], code: "RUL014", at: "\"I-20"),
        Case(name: "two definitions of daring",
             rules: [#"{"id": "d1", "kind": "readiness", "status": "daring", "when": "services.count() > 0", "text": {"id": "a", "en": "a"}}"#,
                     #"{"id": "d2", "kind": "readiness", "status": "daring", "when": "services.count() > 1", "text": {"id": "a", "en": "a"}}"#],
             code: "RUL106", at: nil, line: 10),
        Case(name: "broken JSON", rules: [flag("true") + " @"], code: "JSON001", at: "@"),
    ]

    @Test(arguments: cases)
    func malformedRuleIsALoadError(_ c: Case) throws {
        let text = Self.file(c.rules)
        let workspace = try FixtureWorkspace(["rules/bad.json": text], name: c.name)
        let diagnostics = Pipeline.validate(workspace.locations).diagnostics
        let rendered = DiagnosticRenderer(language: .en).render(diagnostics)
        let d = try #require(diagnostics.first { $0.code == c.code }, "expected \(c.code):\n\(rendered)")
        #expect(d.location?.file == workspace.path("rules/bad.json"), "\(rendered)")
        #expect(d.location?.line == c.line, "\(rendered)")
        if let at = c.at {
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)[c.line - 1]
            let start = try #require(line.range(of: at), "marker \(at) not in line")
            #expect(d.location?.column == line.distance(from: line.startIndex, to: start.lowerBound) + 1, "\(rendered)")
        }
        if c.code.hasPrefix("RUL0") {
            // Expression errors name the column inside the expression.
            #expect(d.message.text(.en).contains(" column "))
        }
        // Every error names its rule, in the message or in the JSON path.
        if c.code != "JSON001" {
            let named = ["r1", "ap", "act-1", "act-2", "rq", "rq1", "rq2", "d1", "d2", "Bad ID"].contains { id in
                let path: String
                if case .jsonPath(let p)? = d.location?.context { path = p } else { path = "" }
                return d.message.text(.en).contains("\"\(id)\"") || path.contains("\"\(id)\"")
            }
            #expect(named, "\(rendered)")
        }
        #expect(Pipeline.score(workspace.locations, periodID: nil).report == nil || d.severity == .warning)
    }

    @Test func unknownKeyIsAWarningWithASuggestion() throws {
        let workspace = try FixtureWorkspace(["rules/bad.json": Self.file([Self.flag("true").replacingOccurrences(of: "\"when\"", with: "\"when\": \"true\", \"wen\"")])])
        let d = try #require(Pipeline.validate(workspace.locations).diagnostics.first { $0.code == "CAT003" })
        #expect(d.severity == .warning)
        #expect(d.message.text(.en).contains("did you mean \"when\""))
    }

    /// A rule file for catalogs the city does not use is skipped, not an error.
    @Test func rulesForAnotherMethodAreSkipped() throws {
        let other = Self.file([Self.flag(#"level("SPBE-99") > 1"#)]).replacingOccurrences(of: "\"mini-index\"", with: "\"pemdi-2026\"")
        let workspace = try FixtureWorkspace(["rules/other.json": other])
        #expect(Pipeline.validate(workspace.locations).diagnostics.isEmpty)
    }

    /// The rule files are read once and bound to each method a period uses: a warning in a
    /// file only a Pemdi period uses is reported (once), not dropped.
    @Test func aWarningOfAnotherMethodsRulesIsReportedOnce() throws {
        let locations = try PemdiWorkspace.make()
        let file = Self.file([Self.flag("true").replacingOccurrences(of: "\"when\"", with: "\"when\": \"true\", \"wen\"")])
            .replacingOccurrences(of: "\"mini-index\"", with: "\"pemdi-2026\"")
        let path = locations.workspace + "/rules/pemdi-extra.json"
        try FileSystem.writeAtomically(file, to: path)
        for diagnostics in [Pipeline.validate(locations).diagnostics, Pipeline.progress(locations).diagnostics,
                            Pipeline.score(locations, periodID: "2026-06").diagnostics] {
            let warnings = diagnostics.filter { $0.code == "CAT003" && $0.location?.file == path }
            #expect(warnings.count == 1, "\(warnings)")
        }
        // An SPBE period does not bind the file: no warning there.
        #expect(!Pipeline.score(locations, periodID: "2020-03").diagnostics.contains { $0.location?.file == path })
    }
}
