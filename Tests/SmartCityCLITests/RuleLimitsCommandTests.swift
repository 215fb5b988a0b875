import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// The rule expressions that crashed `validate` or `run` (issue 19), run as a user would:
/// each is now a positioned error and exit status 2.
@Suite struct RuleLimitsCommandTests {
    /// A copy of `mini` with one rule `r1` (a flag, unless `kind` says otherwise) whose
    /// condition, on line 6 of `rules/bad.json`, is `expression`.
    static func workspace(when expression: String, kind: String = #""kind": "flag", "severity": "info""#,
                          _ name: String = #function) throws -> String {
        let ws = CommandTests.scratch(name) + "/ws"
        try FileManager.default.createDirectory(atPath: (ws as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CommandTests.mini, toPath: ws)
        let escaped = expression.replacingOccurrences(of: "\"", with: "\\\"")
        let file = """
            {
              "format": 1, "id": "test-rules", "version": "1", "title": {"id": "Uji", "en": "Test"},
              "source": {"citation": "test"}, "catalogs": ["mini-index"],
              "rules": [
                {"id": "r1", \(kind), "text": {"id": "a", "en": "a"},
                 "when": "\(escaped)"}
              ]
            }
            """
        try FileSystem.writeAtomically(file, to: ws + "/rules/bad.json")
        return ws
    }

    static func repeated(_ open: String, _ count: Int, _ middle: String, _ close: String = "") -> String {
        String(repeating: open, count: count) + middle + String(repeating: close, count: count)
    }

    @Test(arguments: [
        ("10,000 × not", repeated("not ", 10_000, "true"), "RUL031"),
        ("10,000-deep -(", repeated("-(", 10_000, "1", ")") + " > 0", "RUL031"),
        ("10,000-deep [", "1 in " + repeated("[", 10_000, "1", "]"), "RUL031"),
        ("10,000-deep max(", repeated("max(", 10_000, "1", ")") + " > 0", "RUL031"),
        ("flat sum", Array(repeating: "1", count: 10_000).joined(separator: " + ") + " > 0", "RUL031"),
        ("flat and", Array(repeating: "true", count: 10_000).joined(separator: " and "), "RUL031"),
        ("65 × not", repeated("not ", 65, "true"), "RUL030"),
        ("constant product", "999999999999 * 999999999999 > 0", "RUL032"),
        ("fuzzer's product", "99999999999 * 9999 * 9999999 * 999 > 1", "RUL032"),
        ("five 0.0001 factors", "0.0001 * 0.0001 * 0.0001 * 0.0001 * 0.0001 > 0", "RUL032"),
    ])
    func validateReportsItWithAPosition(name: String, expression: String, code: String) throws {
        let ws = try Self.workspace(when: expression, name)
        let outcome = SmartCityMain.run(["validate", ws, "--lang", "en"])
        #expect(outcome.status == .dataError, "\(name)")
        // file:line:column: error[CODE]: naming the rule.
        #expect(outcome.stderr.contains("\(ws)/rules/bad.json:6:"), "\(name): \(outcome.stderr.prefix(300))")
        #expect(outcome.stderr.contains("error[\(code)]: at rules[\"r1\"].when: rule \"r1\", when column "), "\(name): \(outcome.stderr.prefix(300))")
        let out = CommandTests.scratch(name)
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .dataError, "\(name)")
    }

    /// Arithmetic over input values that overflows only when evaluated: `run` stops with an
    /// evaluation error naming the rule's file and line, the rule and the OPD.
    @Test func runReportsAnOverflowWhileEvaluating() throws {
        let ws = try Self.workspace(when: "weight(\"I-02\") * 999999999999 * 999999999999 > 0")
        #expect(SmartCityMain.run(["validate", ws]).status == .ok)
        let out = CommandTests.scratch()
        let outcome = SmartCityMain.run(["run", ws, "--out", out, "--lang", "en"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("\(ws)/rules/bad.json:5: error[RUL120]: rule \"r1\" for OPD \""), "\(outcome.stderr.prefix(400))")
        #expect(!FileManager.default.fileExists(atPath: out))
        let id = SmartCityMain.run(["score", ws])
        #expect(id.status == .dataError)
        #expect(id.stderr.contains("galat[RUL120]: aturan \"r1\" untuk OPD \""), "\(id.stderr.prefix(400))")
    }

    /// A readiness rule decided while scoring, where an overflow can only mean "not ready",
    /// is reported all the same.
    @Test func readinessOverflowIsReported() throws {
        let ws = try Self.workspace(when: "services.count() * 999999999999 * 999999999999 > 0", kind: #""kind": "readiness", "status": "daring""#)
        #expect(SmartCityMain.run(["validate", ws]).status == .ok)
        let outcome = SmartCityMain.run(["score", ws, "--lang", "en"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("\(ws)/rules/bad.json:5: error[RUL120]: rule \"r1\" for OPD \""), "\(outcome.stderr.prefix(400))")
    }

    /// A phase goal whose arithmetic overflows on the projected scores: the roadmap stops
    /// with an error at the goal's line and column.
    @Test func goalOverflowIsReported() throws {
        let root = CommandTests.scratch()
        let fm = FileManager.default
        try fm.createDirectory(atPath: root + "/examples", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: root + "/roadmaps", withIntermediateDirectories: true)
        try fm.copyItem(atPath: CommandTests.repository + "/examples/malang", toPath: root + "/examples/malang")
        try fm.createSymbolicLink(atPath: root + "/indicators", withDestinationPath: CommandTests.repository + "/indicators")
        let original = try String(contentsOfFile: CommandTests.repository + "/roadmaps/malang.json", encoding: .utf8)
        let goal = #""when": "city.index() >= 3""#
        #expect(original.contains(goal))
        try FileSystem.writeAtomically(original.replacingOccurrences(of: goal, with: #""when": "city.opds() * 9999999999 * 9999999999 > 0""#),
                                       to: root + "/roadmaps/malang.json")
        let outcome = SmartCityMain.run(["roadmap", root + "/examples/malang", "--period", "2020-03", "--schedules", "20", "--lang", "en"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("roadmaps/malang.json:103:"), "\(outcome.stderr.prefix(400))")
        #expect(outcome.stderr.contains("error[RMP012]: goal of phase fase-2: its arithmetic"), "\(outcome.stderr.prefix(400))")
    }
}
