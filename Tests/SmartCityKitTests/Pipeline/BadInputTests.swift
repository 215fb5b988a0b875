import Testing
@testable import SmartCityKit

/// Each bad input is reported with its file, line (and column or field) and a stable code,
/// together with every other problem of the run, and nothing is scored.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var edits: [String: String?]
        var code: String
        var file: String
        var line: Int?
        var column: Int? = nil
        var field: String? = nil
        /// Words the English message must contain (checked in addition to the code).
        var says: [String] = []
        var testDescription: String { name }
    }

    static let header = "indicator,self,verified,evidence,note\n"
    static let period = "assessments/2020-03/"

    static let cases: [Case] = [
        Case(name: "unknown indicator", edits: [period + "kominfo.csv": header + "I-01,3,2,SK 1/2020,\nI-02,4,,,\nI-99,2,,,\nG-01,3,,,\nI-03,2,,,\n"],
             code: "WS010", file: period + "kominfo.csv", line: 4, column: 1, field: "indicator", says: ["I-99"]),
        Case(name: "level out of range", edits: [period + "dinkes.csv": header + "I-02,2,,,\nI-03,6,3,,\nI-04,4,2,,\nG-01,2,,,\n"],
             code: "WS011", file: period + "dinkes.csv", line: 3, column: 6, field: "self", says: ["\"6\"", "1–5", "I-03"]),
        Case(name: "level that is not a number", edits: [period + "dinkes.csv": header + "I-02,dua,,,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\n"],
             code: "WS012", file: period + "dinkes.csv", line: 2, column: 6, field: "self", says: ["\"dua\""]),
        Case(name: "verified level not a number", edits: [period + "dinkes.csv": header + "I-02,2,x,,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\n"],
             code: "WS013", file: period + "dinkes.csv", line: 2, column: 8, field: "verified"),
        Case(name: "duplicate answer", edits: [period + "dinkes.csv": header + "I-02,2,,,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\ni-3,2,,,\n"],
             code: "WS014", file: period + "dinkes.csv", line: 6, says: ["I-03", "line 3"]),
        Case(name: "not applicable without a reason", edits: [period + "pasar.csv": header + "I-02,1,,,\nI-03,TB,,,\nI-04,3,,,\nG-01,1,,,\nE-01,2,,,\n"],
             code: "WS015", file: period + "pasar.csv", line: 3, column: 6, field: "self"),
        Case(name: "unknown OPD in an opd column", edits: [period + "extra.csv": "opd,indicator,self\ndinkez,I-02,2\n"],
             code: "WS005", file: period + "extra.csv", line: 2, column: 1, field: "opd", says: ["dinkez", "dinkes"]),
        Case(name: "file name that is no OPD", edits: [period + "dinas-x.csv": header + "I-02,2,,,\n"],
             code: "WS035", file: period + "dinas-x.csv", line: nil),
        Case(name: "missing required column", edits: [period + "dinkes.csv": "indicator,verified\nI-02,2\n"],
             code: "WS001", file: period + "dinkes.csv", line: 1, says: ["self"]),
        Case(name: "service stage out of range", edits: [period + "services/pasar.csv": "layanan,tahap\nSewa kios,7\nRetribusi,2\n"],
             code: "WS020", file: period + "services/pasar.csv", line: 2, column: 11, field: "tahap"),
        Case(name: "duplicate OPD in opds.csv", edits: ["opds.csv": "id,name,kind,tags\nkominfo,Dinas Kominfo,dinas,\ndinkes,Dinas Kesehatan,dinas,layanan-publik\npasar,UPT Pasar,upt,layanan-publik|economy\nDinkes,Dinas Kesehatan lagi,dinas,\n"],
             code: "WS003", file: "opds.csv", line: 5, column: 1, says: ["dinkes", "line 3"]),
        Case(name: "OPD id unsafe as a file name", edits: ["opds.csv": "id,name,kind,tags\nkominfo,Dinas Kominfo,dinas,\ndinkes,Dinas Kesehatan,dinas,layanan-publik\npasar,UPT Pasar,upt,layanan-publik|economy\nbad/id,Dinas Buruk,dinas,\n"],
             code: "WS004", file: "opds.csv", line: 5, column: 1),
        Case(name: "staff count not a number", edits: ["opds.csv": "id,name,kind,tags,staff operator\nkominfo,Dinas Kominfo,dinas,,empat\ndinkes,Dinas Kesehatan,dinas,layanan-publik,3\npasar,UPT Pasar,upt,layanan-publik|economy,2\n"],
             code: "WS006", file: "opds.csv", line: 2, column: 30, field: "staff operator"),
        Case(name: "unterminated quote in CSV", edits: [period + "dinkes.csv": header + "I-02,2,,,\"bukti\nI-03,3,3,,\n"],
             code: "CSV001", file: period + "dinkes.csv", line: 2, column: 10),
        Case(name: "broken JSON policy", edits: ["policy.json": "{\n  \"format\": 1,\n  \"city\": {\"id\": \"uji\" \"name\": 1}\n}\n"],
             code: "JSON001", file: "policy.json", line: 3, column: 24, says: ["\",\" or \"}\""]),
        Case(name: "catalog weights not summing", edits: ["indicators/mini-index.json": try! FixtureWorkspace.original("indicators/mini-index.json")
                .replacingOccurrences(of: "\"weight\": 40", with: "\"weight\": 45")],
             code: "CAT011", file: "indicators/mini-index.json", line: 31, says: ["D1", "45", "40"]),
        Case(name: "catalog level criterion missing", edits: ["indicators/mini-dims.json": try! FixtureWorkspace.original("indicators/mini-dims.json")
                .replacingOccurrences(of: "\"4\": {\"id\": \"d\", \"en\": \"d\"}, \"5\": {\"id\": \"e\", \"en\": \"e\"}}}\n    ]},\n    {\"id\": \"economy\"",
                                      with: "\"4\": {\"id\": \"d\", \"en\": \"d\"}}}\n    ]},\n    {\"id\": \"economy\"")],
             code: "CAT016", file: "indicators/mini-dims.json", line: 28, says: ["G-01", "5"]),
        Case(name: "catalog text without English", edits: ["indicators/stages.json": try! FixtureWorkspace.original("indicators/stages.json")
                .replacingOccurrences(of: "{\"id\": \"Interaksi\", \"en\": \"Interaction\"}", with: "{\"id\": \"Interaksi\"}")],
             code: "CAT005", file: "indicators/stages.json", line: 11, says: ["English"]),
        Case(name: "duplicate indicator id in a catalog", edits: ["indicators/mini-index.json": try! FixtureWorkspace.original("indicators/mini-index.json")
                .replacingOccurrences(of: "\"id\": \"I-04\"", with: "\"id\": \"I-03\"")],
             code: "CAT010", file: "indicators/mini-index.json", line: 43, says: ["I-03"]),
        Case(name: "policy names an unknown OPD for a role", edits: ["policy.json": try! FixtureWorkspace.original("policy.json")
                .replacingOccurrences(of: "\"kominfo\": \"kominfo\"", with: "\"kominfo\": \"diskominfo\"")],
             code: "POL002", file: "policy.json", line: 5, says: ["diskominfo"]),
        Case(name: "not UTF-8", edits: [period + "kominfo.csv": header + "I-01,3,,Surat Keputusan Kepala Dinas \u{FFFD},\n"],
             code: "IO002", file: period + "kominfo.csv", line: 2),
    ]

    @Test(arguments: cases)
    func reportedWithPosition(_ c: Case) throws {
        var edits = c.edits
        if c.code == "IO002" {
            // A byte that is not UTF-8 (Latin-1 "é" as a legacy Excel CSV writes it).
            edits = [:]
        }
        let workspace = try FixtureWorkspace(edits, name: c.name)
        if c.code == "IO002" {
            try FileSystem.writeAtomically(Array((Self.header + "I-01,3,,Keputusan Kepala Dinas caf").utf8) + [0xE9, 0x0A], to: workspace.path(c.file))
        }
        let result = Pipeline.validate(workspace.locations)
        let rendered = DiagnosticRenderer(language: .en).render(result.diagnostics)
        let found = result.diagnostics.first { $0.code == c.code }
        let d = try #require(found, "expected \(c.code), got:\n\(rendered)")
        #expect(d.isError || d.severity == .warning)
        #expect(result.diagnostics.hasErrors, "\(rendered)")
        #expect(d.location?.file == workspace.path(c.file), "\(rendered)")
        #expect(d.location?.line == c.line, "\(rendered)")
        if let column = c.column { #expect(d.location?.column == column, "\(rendered)") }
        if let field = c.field { #expect(d.location?.context == .field(field), "\(rendered)") }
        let english = d.message.text(.en)
        for word in c.says { #expect(english.contains(word), "\(english)") }
        // Every message exists in Indonesian too, and differs from the English one.
        #expect(!d.message.text(.id).isEmpty && d.message.text(.id) != english)
        // Nothing is scored from bad input.
        #expect(Pipeline.score(workspace.locations, periodID: nil).report == nil)
    }

    /// Problems in several files are all reported by one run, in a stable order.
    @Test func allErrorsOfARunAreReportedTogether() throws {
        let workspace = try FixtureWorkspace([
            Self.period + "dinkes.csv": Self.header + "I-02,7,,,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\n",
            Self.period + "pasar.csv": Self.header + "I-02,1,,,\nI-03,TB,,,\nI-04,3,,,\nG-01,1,,,\nX-01,2,,,\n",
            "policy.json": try FixtureWorkspace.original("policy.json").replacingOccurrences(of: "\"minimumStage\": 3", with: "\"minimumStage\": \"tiga\""),
        ])
        let first = Pipeline.validate(workspace.locations).diagnostics
        // The policy error stops scoring before periods are read; fix it and the rest shows.
        #expect(first.map(\.code).contains("CAT002"))
        try FileSystem.writeAtomically(try FixtureWorkspace.original("policy.json"), to: workspace.path("policy.json"))
        let codes = Pipeline.validate(workspace.locations).diagnostics.sortedForDisplay().map(\.code)
        // pasar's X-01 stands where E-01 should be, so E-01 is also reported missing; the
        // rejected rows (I-02 at 7, I-03 TB without reason) are not reported a second time.
        #expect(codes == ["WS011", "WS017", "WS015", "WS010"])
    }

    @Test func missingAnswerIsAWarningAndCountsAsLevelOne() throws {
        let workspace = try FixtureWorkspace([Self.period + "dinkes.csv": Self.header + "I-02,2,,,\nI-03,3,3,,\nG-01,2,,,\n"])
        let (report, _, diagnostics) = Pipeline.score(workspace.locations, periodID: nil)
        let d = try #require(diagnostics.first { $0.code == "WS017" })
        #expect(d.severity == .warning)
        #expect(d.message.text(.en).contains("I-04"))
        let dinkes = try #require(report?.scores[1])
        // I-04 counted as 1: (20×2 + 30×3 + 30×1) / 80 = 160/80 = 2.
        #expect(dinkes.index.value == Fraction(2))
        #expect(dinkes.missing.count == 1)
    }

    @Test func blockingPolicyLeavesTheScoreOpen() throws {
        let workspace = try FixtureWorkspace([
            Self.period + "dinkes.csv": Self.header + "I-02,2,,,\nI-03,3,3,,\nG-01,2,,,\n",
            "policy.json": try FixtureWorkspace.original("policy.json").replacingOccurrences(of: "\"level-1\"", with: "\"block\""),
        ])
        let report = try #require(Pipeline.score(workspace.locations, periodID: nil).report)
        #expect(report.scores[1].index.value == nil)
        #expect(report.scores[1].index.blockedBy.count == 1)
        // I-04's city level is the minimum over answering OPDs: pasar's 3 is still there.
        #expect(report.city.index.value != nil)
    }
}
