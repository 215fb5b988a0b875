import Foundation
import Testing
@testable import SmartCityKit

/// Levels are exact values on the scale their catalog declares: whole levels on SPBE 2020,
/// band values with two decimals on Pemdi 2026 — read, checked, compared and shown as such.
@Suite struct ValueScaleTests {
    static let whole = ValueScale(levels: 1...5)
    static let bands = ValueScale(levels: 1...5, bands: [
        ValueBand(level: 1, bottom: 1, top: Fraction(3, 2)), ValueBand(level: 2, bottom: Fraction(3, 2), top: Fraction(5, 2)),
        ValueBand(level: 3, bottom: Fraction(5, 2), top: Fraction(7, 2)), ValueBand(level: 4, bottom: Fraction(7, 2), top: 4),
        ValueBand(level: 5, bottom: 4, top: 5),
    ])

    @Test(arguments: [
        ("3", "3"), ("3,0", "3"), ("3.00", "3"), (" 3", "not"), ("3,5", "not"), ("3.", "not"), ("", "not"), ("tiga", "not"),
        ("0", "out"), ("6", "out"), ("-1", "out"), ("+3", "not"), ("٣", "not"),
    ])
    func wholeLevelsAreWholeNumbers(text: String, expected: String) {
        #expect(describe(Self.whole.read(text)) == expected)
    }

    @Test(arguments: [
        ("1,25", "5/4"), ("1.25", "5/4"), ("2,5", "5/2"), ("2,50", "5/2"), ("4", "4"), ("1", "1"), ("5,00", "5"),
        ("1,255", "not"), ("1,2,5", "not"), ("0,99", "out"), ("5,01", "out"), ("1e2", "not"),
    ])
    func bandValuesHaveAtMostTwoDecimals(text: String, expected: String) {
        #expect(describe(Self.bands.read(text)) == expected)
    }

    func describe(_ reading: ValueScale.Reading) -> String {
        switch reading {
        case .valid(let v): return v.description
        case .outOfRange: return "out"
        case .notAValue: return "not"
        }
    }

    @Test func valuesAreShownOnTheirScale() {
        #expect(Self.whole.text(3) == "3")
        #expect(Self.whole.text(Fraction(7, 2), separator: ",") == "3,50")
        #expect(Self.bands.text(Fraction(5, 4), separator: ",") == "1,25")
        #expect(Self.bands.text(4) == "4.00")
        // 2.50 is level 2 complete; anything above it is level 3.
        #expect(Self.bands.level(of: Fraction(5, 2)) == 2)
        #expect(Self.bands.level(of: Fraction(251, 100)) == 3)
        #expect(Self.bands.level(of: 1) == 1)
        #expect(Self.bands.value(ofLevel: 2) == Fraction(5, 2))
        #expect(Self.whole.value(ofLevel: 2) == 2)
        #expect(Self.bands.accepts(Fraction(9, 4)) && !Self.bands.accepts(Fraction(1, 3) + 1) && !Self.whole.accepts(Fraction(5, 2)))
    }

    /// An OPD's Pemdi answer may be a value (`2.25`); a value with three decimals or a
    /// fraction on the SPBE scale is an error at its cell, naming the scale it expected.
    @Test func answersAreReadOnTheirCatalogsScale() throws {
        let locations = try PemdiWorkspace.make()
        let file = locations.workspace + "/assessments/2026-06/bag-adpem.csv"
        var text = String(decoding: try FileSystem.readBytes(file), as: UTF8.self)
        text = text.replacingOccurrences(of: "PEMDI-04,2,,,", with: "PEMDI-04,2.25,\"2,5\",,")
        try FileSystem.writeAtomically(text, to: file)
        let (report, _, diagnostics) = Pipeline.score(locations, periodID: "2026-06")
        let r = try #require(report, "\(diagnostics.filter { $0.severity == .error }.map { $0.message.text(.en) })")
        let adpem = try #require(r.opds.firstIndex { $0.id == "bag-adpem" })
        let ref = IndicatorRef(slot: .index, position: try #require(r.catalogs.index.position(of: "PEMDI-04")))
        let answer = try #require(r.scores[adpem].answers.first { $0.indicator == ref })
        #expect(answer.selfAssessment == .level(Fraction(9, 4)) && answer.verified == Fraction(5, 2))
        #expect(r.scores[adpem].differences.first { $0.indicator == ref }?.difference == Fraction(1, 4))

        try FileSystem.writeAtomically(text.replacingOccurrences(of: "PEMDI-04,2.25,", with: "PEMDI-04,2.255,"), to: file)
        let bad = Pipeline.score(locations, periodID: "2026-06")
        #expect(bad.report == nil)
        let error = try #require(bad.diagnostics.first { $0.code == "WS012" })
        #expect(error.location?.file == file && error.location?.line == 2)
        #expect(error.message.text(.id).contains("nilai 1,00–5,00 dengan paling banyak dua desimal"))
        #expect(error.message.text(.en).contains("a value 1.00–5.00 with at most two decimals"))
    }

    @Test func aFractionOnTheWholeScaleIsAnError() throws {
        let root = TestPaths.scratch(#function) + "/mini"
        try FileManager.default.copyItem(atPath: TestPaths.fixture("mini"), toPath: root)
        let periods = try FileManager.default.contentsOfDirectory(atPath: root + "/assessments").sorted()
        let folder = root + "/assessments/" + (periods.last ?? "")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).sorted().first { $0.hasSuffix(".csv") && !$0.contains("layanan") && !$0.contains("services") })
        let path = folder + "/" + file
        let text = String(decoding: try FileSystem.readBytes(path), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.range(of: #"^[A-Za-z-]+[0-9]+[,;][1-5][,;]"#, options: .regularExpression) != nil })
        var cells = lines[row].split(separator: lines[row].contains(";") ? ";" : ",", omittingEmptySubsequences: false).map(String.init)
        cells[1] = "2.5"
        var edited = lines
        edited[row] = cells.joined(separator: lines[row].contains(";") ? ";" : ",")
        try FileSystem.writeAtomically(edited.joined(separator: "\n"), to: path)
        let (report, _, diagnostics) = Pipeline.score(InputLocations(workspace: root), periodID: nil)
        #expect(report == nil)
        let error = try #require(diagnostics.first { $0.code == "WS012" })
        #expect(error.location?.line == row + 1)
        #expect(error.message.text(.id).contains("isi bilangan bulat 1–5"))
    }

    /// A policy's level target is a value of the covered catalog's scale: 3.75 on Pemdi,
    /// never 3.5 on SPBE.
    @Test func aTargetOffItsScaleIsAPositionedError() throws {
        let locations = try PemdiWorkspace.make()
        let policyPath = locations.workspace + "/policy.json"
        var policy = String(decoding: try FileSystem.readBytes(TestPaths.repo("roadmaps/malang.json")), as: UTF8.self)
        let anchor = "\"levelTargets\": ["
        #expect(policy.contains(anchor))
        policy = policy.replacingOccurrences(of: anchor, with: anchor + """

            {"by": "2027-12-31", "catalog": "pemdi-2026", "level": 3.75},
            {"by": "2027-12-31", "catalog": "spbe-2020", "level": 3.5},
        """)
        try FileSystem.writeAtomically(policy, to: policyPath)
        let repository = TestPaths.repository
        try FileSystem.writeAtomically("{\"format\": 1, \"policy\": \"policy.json\", \"indicators\": \"\(repository)/indicators\"}\n",
                                       to: locations.workspace + "/workspace.json")
        let (_, _, diagnostics) = Pipeline.score(locations, periodID: "2026-06")
        let errors = diagnostics.filter { $0.code == "POL008" }
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        let line = policy.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"level\": 3.5}") }.map { $0 + 1 }
        #expect(error.location?.file == policyPath && error.location?.line == line)
        #expect(error.message.text(.en).contains("catalog spbe-2020") && error.message.text(.en).contains("a whole number 1–5"))
    }

    @Test(arguments: [("\"min\": 1, \"max\": 5", "\"min\": 5, \"max\": 1"), ("\"min\": 1, \"max\": 5", "\"min\": -1, \"max\": 5")])
    func aRangeThatMakesNoSenseIsAPositionedError(old: String, new: String) throws {
        let path = TestPaths.repo("indicators/spbe-2020.json")
        let text = String(decoding: try FileSystem.readBytes(path), as: UTF8.self)
        let compact = text.replacingOccurrences(of: #""range":\s*\{\s*"min":\s*1,\s*"max":\s*5\s*\}"#, with: "\"range\": {\(old)}", options: .regularExpression)
        #expect(compact.contains("\"range\": {\(old)}"))
        let (catalog, diagnostics) = CatalogLoader.load(bytes: Array(compact.replacingOccurrences(of: old, with: new).utf8), file: path)
        #expect(catalog == nil)
        let error = try #require(diagnostics.first { $0.code == "CAT059" })
        #expect(error.location?.line != nil)
    }

    /// `import` takes a band value as a spreadsheet writes it (`2,25`), logs it and writes it
    /// back as `2.25`.
    @Test func importTakesBandValues() throws {
        let locations = try PemdiWorkspace.make()
        let export = locations.workspace + "-export/bag-adpem.csv"
        try FileSystem.writeAtomically("indikator;mandiri;verifikasi;bukti dukung;catatan\nPEMDI-04;2,25;;;\n", to: export)
        let options = ImportOptions(files: [export], periodID: "2026-06", by: "Rina (asesor)", at: CalendarDate(iso: "2026-07-01"), force: false)
        let result = Pipeline.importAssessments(locations, options: options)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map { $0.message.text(.en) })")
        #expect(result.changes.map { "\($0.field.rawValue) \($0.old)→\($0.new)" } == ["self 2→2.25"])
        let written = String(decoding: try FileSystem.readBytes(locations.workspace + "/assessments/2026-06/bag-adpem.csv"), as: UTF8.self)
        #expect(written.contains("\nPEMDI-04,2.25,"))
        try FileSystem.writeAtomically("indikator;mandiri;verifikasi;bukti dukung;catatan\nPEMDI-04;2,255;;;\n", to: export)
        let refused = Pipeline.importAssessments(locations, options: options)
        #expect(refused.diagnostics.first { $0.code == "WS012" }?.location?.file == export)
        #expect(refused.written.isEmpty)
    }

    /// The rule language compares fractional values exactly: 2.25 ≥ 2.25, gap to 4 = 1.75.
    @Test func rulesReadFractionalValues() throws {
        let f = try RuleLanguageFixtures(seed: 1)
        let ref = f.refs[0]
        let id = f.catalogs.indicator(ref).id
        let counted = CountedLevel(indicator: ref, level: Fraction(9, 4), source: .verified)
        let answer = Answer(indicator: ref, selfAssessment: .level(Fraction(5, 2)), verified: Fraction(9, 4), evidence: "", note: "", file: "f", line: 1)
        let empty = CatalogScore(catalogID: "x", catalogVersion: "1", value: nil, groups: [:], coveredWeight: .zero, blockedBy: [])
        let readiness = Readiness(countPerStage: [0, 0, 0, 0, 0], serviceCount: 0, transactionShare: nil, daring: false, integrated: false)
        let score = OPDScore(opd: 0, assessed: true, index: empty, dimensions: empty, readiness: readiness, levels: [counted],
                             differences: [], notApplicable: [], missing: [], answers: [answer], services: [])
        var targets = CatalogSet.Slot.allCases.map { Array(repeating: Fraction?.none, count: f.catalogs.catalog($0).indicators.count) }
        targets[ref.slot.rawValue][ref.position] = 4
        let opd = OPD(id: "x", name: "X", kind: "dinas", tags: [], head: "", staff: OPD.Staff(leaders: nil, admins: nil, operators: nil, total: nil), line: 2)
        let ctx = RuleContext(opd: opd, roles: [], score: score, period: RulePeriodData(catalogs: f.catalogs, targets: targets))
        func run(_ text: String) throws -> String {
            let program = try RuleProgram.build(text, catalogs: f.catalogs, capabilities: RuleLanguageTests.all).get()
            let compiled = try program.evaluate(ctx, RuleCursor(it: ref))
            #expect(try compiled == RuleInterpreter.evaluate(program.typed, ctx, RuleCursor(it: ref)))
            return compiled.description
        }
        #expect(try run("level(\"\(id)\") >= 2.25") == "true")
        #expect(try run("level(\"\(id)\") > 2.25") == "false")
        #expect(try run("self(\"\(id)\") - verified(\"\(id)\")") == "0.25")
        #expect(try run("gap(\"\(id)\")") == "1.75")
        #expect(try run("target(\"\(id)\")") == "4")
    }
}
