import Foundation
import Testing
@testable import SmartCityKit

/// The evaluation year (issue 16): the policy's calendar with the days left, and the items
/// each unit owes in the order of index points per day of work.
@Suite struct EvaluationYearTests {
    static func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    /// Malang's policy with its `evaluations` replaced by `calendars` (JSON array text).
    static func policy(_ calendars: String) throws -> String {
        let text = String(decoding: try FileSystem.readBytes(TestPaths.repo("roadmaps/malang.json")), as: UTF8.self)
        let start = try #require(text.range(of: "  \"evaluations\": ["))
        let end = try #require(text.range(of: "  \"missingAnswer\"", range: start.upperBound..<text.endIndex))
        return text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "  \"evaluations\": \(calendars),\n")
    }

    static func load(_ calendars: String) throws -> (Policy?, [Diagnostic]) {
        PolicyLoader.load(bytes: Array(try policy(calendars).utf8), file: "malang.json")
    }

    static let calendar2026 = """
        [{"year": 2026, "method": "pemdi-2026", "upload": {"start": "2026-08-01", "end": "2026-09-15"}, "documentResults": "2026-09-20",
          "interview": {"start": "2026-09-21", "end": "2026-09-30"}, "visitation": {"start": "2026-10-01", "end": "2026-10-31"},
          "results": {"start": "2026-11-01", "end": "2026-12-15"}},
         {"year": 2027, "estimated": true, "upload": {"start": "2027-08-01", "end": "2027-09-15"}}]
        """

    @Test func theCalendarIsReadWithItsStagesInOrder() throws {
        let (policy, diagnostics) = try Self.load(Self.calendar2026)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.message.text(.en) })")
        let calendars = try #require(policy).evaluations
        #expect(calendars.map(\.year) == [2026, 2027])
        #expect(calendars[0].windows.map(\.stage) == EvaluationCalendar.Stage.allCases)
        #expect(calendars[0].window(.documentResults)?.start == Self.date("2026-09-20"))
        #expect(calendars[0].window(.documentResults)?.end == Self.date("2026-09-20"))
        #expect(calendars[0].uploadDeadline == Self.date("2026-09-15"))
        #expect(calendars[1].estimated && calendars[1].method == nil && calendars[1].windows.count == 1)
    }

    @Test(arguments: [
        // Document results before the upload closes.
        (#"[{"year": 2026, "upload": {"start": "2026-08-01", "end": "2026-09-15"}, "documentResults": "2026-09-10"}]"#, "POL009", "evaluations[0].documentResults"),
        // The interview ends before the visitation's start... and starts before the results.
        (#"[{"year": 2026, "interview": {"start": "2026-09-21", "end": "2026-09-30"}, "visitation": "2026-09-01"}]"#, "POL009", "evaluations[0].visitation"),
        (#"[{"year": 2026, "upload": {"start": "2026-09-15", "end": "2026-08-01"}}]"#, "POL007", "evaluations[0].upload.end"),
        (#"[{"year": 2026, "upload": "2026-08-01"}, {"year": 2026, "upload": "2026-08-02"}]"#, "POL010", "evaluations[1].year"),
        (#"[{"year": 2026, "upload": "2026-13-01"}]"#, "CAT008", "evaluations[0].upload"),
        (#"[{"year": 2026, "uplod": "2026-08-01"}]"#, "CAT003", "evaluations[0].uplod"),
    ])
    func aBrokenCalendarIsAPositionedError(calendars: String, code: String, path: String) throws {
        let (_, diagnostics) = try Self.load(calendars)
        let found = try #require(diagnostics.first { $0.code == code }, "\(diagnostics.map { $0.code + " " + $0.message.text(.en) })")
        #expect(found.location?.file == "malang.json")
        #expect(found.location?.line != nil)
        #expect(found.location?.context == .jsonPath(path))
    }

    @Test func anUnknownMethodIsNamed() throws {
        let locations = try PemdiWorkspace.make(edit: { $1 })
        let policy = try Self.policy(#"[{"year": 2026, "method": "pemdi-2062", "upload": "2026-08-01"}]"#)
        try FileSystem.writeAtomically(policy, to: locations.workspace + "/policy.json")
        try FileSystem.writeAtomically("{\"format\": 1, \"policy\": \"policy.json\", \"indicators\": \"\(TestPaths.repository)/indicators\"}\n",
                                       to: locations.workspace + "/workspace.json")
        let (report, _, diagnostics) = Pipeline.score(locations, periodID: "2026-06")
        #expect(report == nil)
        let found = try #require(diagnostics.first { $0.code == "CAT030" && $0.message.text(.en).contains("pemdi-2062") })
        #expect(found.location?.context == .jsonPath("evaluations[0].method"))
    }

    /// Days counted from the period's date: before, during and after the upload; an evaluation
    /// that is over gives way to the next year's.
    @Test func theDaysLeftAreCountedFromThePeriodsDate() throws {
        let calendars = try #require(try Self.load(Self.calendar2026).0).evaluations
        let june = try #require(EvaluationTimeline.next(calendars, method: "pemdi-2026", asOf: Self.date("2026-06-30")))
        #expect(june.calendar.year == 2026)
        #expect(june.stages.map(\.state) == [.upcoming(opensIn: 32), .upcoming(opensIn: 82), .upcoming(opensIn: 83),
                                              .upcoming(opensIn: 93), .upcoming(opensIn: 124)])
        #expect(june.due == Self.date("2026-09-15"))
        let lastDay = try #require(EvaluationTimeline.next(calendars, method: "pemdi-2026", asOf: Self.date("2026-09-15")))
        #expect(lastDay.stages.map(\.state).prefix(2) == [.open(closesIn: 0), .upcoming(opensIn: 5)])
        let december = try #require(EvaluationTimeline.next(calendars, method: "pemdi-2026", asOf: Self.date("2026-12-01")))
        #expect(december.calendar.year == 2026)
        #expect(december.stages.map(\.state) == [.past, .past, .past, .past, .open(closesIn: 14)])
        let after = try #require(EvaluationTimeline.next(calendars, method: "pemdi-2026", asOf: Self.date("2026-12-16")))
        #expect(after.calendar.year == 2027 && after.calendar.estimated)
        // A calendar of another method does not apply.
        #expect(EvaluationTimeline.next(calendars, method: "spbe-2020", asOf: Self.date("2026-06-30"))?.calendar.year == 2027)
    }

    static func item(_ code: String, points: Fraction, days: Fraction?) -> OwedItem {
        OwedItem(position: 0, code: code, level: 1, status: .belum, revision: nil, note: "", gain: points, points: points, days: days)
    }

    /// The ratio rule for chains, by hand: A = (3, 1, 10) and B = (4, 4) points, one day each.
    /// Item by item B1 (4 a day) would come first, but A's whole run gains 14 in 3 days (4.67 a
    /// day), more than B's best run (4); then B. A chain of unknown days comes last.
    @Test func theItemsOwedFollowTheRatioRuleForChains() {
        let a = [Self.item("A1", points: 3, days: 1), Self.item("A2", points: 1, days: 1), Self.item("A3", points: 10, days: 1)]
        let b = [Self.item("B1", points: 4, days: 1), Self.item("B2", points: 4, days: 1)]
        let c = [Self.item("C1", points: 100, days: nil)]
        #expect(OwedItemOrder.order([c, b, a]).map(\.code) == ["A1", "A2", "A3", "B1", "B2", "C1"])
        // A run is taken only as far as it pays: D's first item alone (5 a day) beats D1+D2
        // (3 a day), and E (4 a day) comes before D2.
        let d = [Self.item("D1", points: 5, days: 1), Self.item("D2", points: 1, days: 1)]
        let e = [Self.item("E1", points: 8, days: 2)]
        #expect(OwedItemOrder.order([d, e]).map(\.code) == ["D1", "E1", "D2"])
        // Ties go to the earlier chain.
        #expect(OwedItemOrder.order([[Self.item("F1", points: 2, days: 1)], [Self.item("G1", points: 4, days: 2)]]).map(\.code) == ["F1", "G1"])
    }

    /// The worked example: Barenlitbang owns I1 (weight 5; levels of 1, 4, 4, 2 and 3 items) and,
    /// by the policy, the items of I2 (weight 5; 2, 1, 1, 1, 1 items) that the register does not
    /// give to Diskominfo. Ten days an item (the rules). I1 misses 2 level-3 items (0.0125
    /// points each), both level-4 (0.0125) and the three level-5 (1/60): its best run is the
    /// whole chain, 0.1 points in 70 days. I2's level 2 and 3 items (0.05 each) gain 0.005 a
    /// day each, then levels 4 and 5 together (0.075 in 20 days); all of I2 waits for I2-L1-02,
    /// Diskominfo's draft.
    @Test func aUnitOwesItsItemsInTheOrderOfPointsPerDay() throws {
        let (report, _) = try PemdiWorkedExampleTests.report()
        let values = try #require(report.city.values)
        let barenlitbang = try #require(report.opds.firstIndex { $0.id == "barenlitbang" })
        let diskominfo = try #require(report.opds.firstIndex { $0.id == "diskominfo" })
        let owed = try #require(values.owners[barenlitbang]).owed
        #expect(owed.map(\.code) == ["I2-L2-01", "I2-L3-01", "I2-L4-01", "I2-L5-01",
                                     "I1-L3-03", "I1-L3-04", "I1-L4-01", "I1-L4-02", "I1-L5-01", "I1-L5-02", "I1-L5-03"])
        #expect(owed.map(\.points) == [Fraction(1, 20), Fraction(1, 20), Fraction(1, 40), Fraction(1, 20)]
                + Array(repeating: Fraction(1, 80), count: 4) + Array(repeating: Fraction(1, 60), count: 3))
        #expect(owed.allSatisfy { $0.days == 10 })
        #expect(owed[0].pointsPerDay == Fraction(1, 200))
        #expect(owed.prefix(4).allSatisfy { $0.awaits == [OwedItem.Awaited(code: "I2-L1-02", owner: diskominfo)] })
        #expect(owed.dropFirst(4).allSatisfy { $0.awaits.isEmpty })
        #expect(try #require(values.owners[diskominfo]).owed.contains { $0.code == "I2-L1-02" && $0.status == .draf })
        // The page lists them in that order, with the upload deadline as the due date.
        let page = MarkdownRenderer.render(OPDReportBuilder(progress: try #require(Pipeline.progress(try PemdiWorkspace.make(), upTo: "2026-06").0),
                                                            scope: try #require(Pipeline.progress(try PemdiWorkspace.make(), upTo: "2026-06").1?.scope),
                                                            language: .id).build(opd: barenlitbang))
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains("**I") }
        #expect(rows.count == 11)
        #expect(rows.first?.contains("**I2-L2-01** (belum)") == true && rows.first?.contains("menunggu I2-L1-02 dari Dinas Komunikasi dan Informatika") == true)
        #expect(rows.allSatisfy { $0.hasSuffix("| 15 September 2026 |") })
    }

    /// The worked example's appeal, by hand: I9 (weight 4) claims 3.50 with its level-3 item in
    /// revision against 2.50 — 0.04 points; I4 (5) claims 2.50 (an upload pending) against the
    /// assessor's 2.10, I10 (4) 2.50 against 2.00 and I15 (4) 3.50 (an item in revision) against
    /// 3.00 — 0.02 each, in catalog order; I13 (5) claims 4/3 against 7/6 — 1/120. I1's upload
    /// sits above its incomplete level and claims nothing; I17's assessor gave more than claimed.
    @Test func theAppealListsTheClaimsByThePointsAtStake() throws {
        let (report, _) = try PemdiWorkedExampleTests.report()
        let appeals = try #require(report.city.values).appeals
        let catalog = report.catalogs.index
        #expect(appeals.map { catalog.indicators[$0.position].aliases[0] } == ["I9", "I4", "I10", "I15", "I13"])
        #expect(appeals.map(\.pointsAtStake) == [Fraction(1, 25), Fraction(1, 50), Fraction(1, 50), Fraction(1, 50), Fraction(1, 120)])
        #expect(appeals.map(\.claimed) == [Fraction(7, 2), Fraction(5, 2), Fraction(5, 2), Fraction(7, 2), Fraction(4, 3)])
        #expect(appeals.map(\.result) == [Fraction(5, 2), Fraction(21, 10), Fraction(2), Fraction(3), Fraction(7, 6)])
        #expect(appeals[0].revisions.map(\.code) == ["I9-L3-01"] && appeals[1].revisions.isEmpty)
        // The sheet: the interview dates, the table in that order, each revision with its note.
        let sheet = MarkdownRenderer.render(try #require(AppealDocumentBuilder(report: report, language: .en).build()))
        #expect(sheet.contains("**Interview and appeal: 21–30 September 2026.**"))
        let rows = sheet.split(separator: "\n").filter { $0.hasPrefix("| [PEMDI-") }
        #expect(rows.first == "| [PEMDI-09 (I9)](#pemdi-09) | 3.50 | 2.50 | 0.0400 | 1 |")
        #expect(rows.count == 5)
        #expect(sheet.contains("revision: wrong evidence: Dokumen belum ditandatangani; unggah versi yang ditetapkan | none yet — prepare it before the interview | Inspektorat"))
    }

    /// The register's response column: the document answering a revision, shown on the sheet;
    /// on an item not in revision it is a positioned error.
    @Test func aResponseAnswersARevisionOnly() throws {
        let locations = try PemdiWorkspace.make { name, text in
            guard name == "evidence.csv" else { return text }
            return text.replacingOccurrences(of: "kode,status,revisi,dokumen,tanggal,pemilik,catatan\n", with: "kode,status,revisi,dokumen,tanggal,pemilik,catatan,tanggapan\n")
                .replacingOccurrences(of: "\"Dokumen belum ditandatangani; unggah versi yang ditetapkan\"\n", with: "\"Dokumen belum ditandatangani; unggah versi yang ditetapkan\",https://jdih.malangkota.go.id/sk-audit.pdf\n")
        }
        let (sheet, _, diagnostics) = Pipeline.appeal(locations, periodID: "2026-06", language: .id)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map { $0.message.text(.en) })")
        #expect(MarkdownRenderer.render(try #require(sheet)).contains("[https://jdih.malangkota.go.id/sk-audit.pdf](https://jdih.malangkota.go.id/sk-audit.pdf)"))
        let bad = try PemdiWorkspace.make { name, text in
            name == "evidence.csv" ? text.replacingOccurrences(of: "kode,status,revisi,dokumen,tanggal,pemilik,catatan\n", with: "kode,status,revisi,dokumen,tanggal,pemilik,catatan,tanggapan\n")
                .replacingOccurrences(of: "I4-L2-02,diunggah,,I4-L2-02.pdf,2026-06-20,,\n", with: "I4-L2-02,diunggah,,I4-L2-02.pdf,2026-06-20,,,jawaban.pdf\n") : text
        }
        let (_, _, found) = Pipeline.appeal(bad, periodID: "2026-06", language: .id)
        let error = try #require(found.first { $0.code == "EV036" })
        #expect(error.location?.line == 31 && error.location?.column != nil)
    }
}
