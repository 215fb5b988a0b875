import Testing
@testable import SmartCityKit

/// `explain` on the Malang example: every action and flag can be explained, down to the
/// values its rule read; a few explanations are held to golden files.
@Suite struct ExplainTests {
    static let malang = InputLocations(workspace: TestPaths.repo("examples/malang"))

    func explain(_ opd: String, _ subject: ExplainSubject, _ language: Language = .id) throws -> String {
        let (result, _) = Pipeline.explain(Self.malang, periodID: "2020-03", opd: opd, subject: subject, language: language)
        guard case .text(let text) = result else { throw ExplainFailed(result: "\(result)") }
        // Rule files are named by path; keep the golden files independent of the checkout.
        return text.replacingOccurrences(of: TestPaths.repository + "/", with: "")
    }

    struct ExplainFailed: Error { var result: String }

    @Test func everyActionAndFlagIsExplained() throws {
        let (report, inputs, _) = Pipeline.score(Self.malang, periodID: "2020-03")
        let r = try #require(report), scope = try #require(inputs?.scope)
        let findings = r.findings.joined().filter { $0.kind == .action || $0.kind == .flag }
        #expect(findings.count > 100)
        for f in findings {
            let renderer = ExplainRenderer(report: r, scope: scope, language: .en)
            let header = try #require(r.rules.headers.first { $0.id == f.rule })
            let text = renderer.rule(f.opd, header)
            // The rule, its condition holding, the values it read, and the finding's own text.
            #expect(text.contains("[\(f.rule)]"))
            #expect(text.contains("→ holds"), "\(f.rule) for \(r.opds[f.opd].id)")
            #expect(f.values.isEmpty || text.contains("because "))
            // The recorded values are the ones the explanation shows.
            for t in RuleEvaluator.trace(f, rules: r.rules, catalogs: r.catalogs) where f.indicator != nil || f.kind != .flag {
                #expect(text.contains(t.label), "\(t.label)")
            }
            #expect(text.contains(FindingText.text(f, report: r, language: .en)))
        }
    }

    @Test(arguments: [
        ("dinkes", ExplainSubject.opd, Language.id, "explain-dinkes.id.txt"),
        ("dinkes", ExplainSubject.indicator("SPBE-23"), Language.id, "explain-dinkes-spbe-23.id.txt"),
        ("dinkes", ExplainSubject.indicator("spbe-23"), Language.en, "explain-dinkes-spbe-23.en.txt"),
        ("diskominfo", ExplainSubject.rule("act-spbe-18"), Language.en, "explain-diskominfo-act-spbe-18.en.txt"),
        ("bapenda", ExplainSubject.rule("flag-self-verified-differ"), Language.id, "explain-bapenda-flag.id.txt"),
    ])
    func golden(opd: String, subject: ExplainSubject, language: Language, file: String) throws {
        Golden.check(try explain(opd, subject, language), against: file)
    }

    @Test func unknownNamesAreAnsweredWithSuggestions() {
        guard case .unknownOPD(_, let s) = Pipeline.explain(Self.malang, periodID: "2020-03", opd: "dinkez", subject: .opd, language: .id).result else {
            Issue.record("expected unknownOPD"); return
        }
        #expect(s == "dinkes")
        guard case .unknownRule(_, let r) = Pipeline.explain(Self.malang, periodID: "2020-03", opd: "dinkes", subject: .rule("act-spbe23"), language: .id).result else {
            Issue.record("expected unknownRule"); return
        }
        #expect(r == "act-spbe-23")
    }
}
