import Foundation
import Testing
@testable import SmartCityKit

/// Next year from this year (`smartcity period new`, issue 16 point 6): the worked example's
/// register (77 accepted, 5 uploaded, 4 drafts, 2 in revision; IKASANDI of 2026-01-20), with
/// the audit report I9-L2-01 dated 2025-06-01 and the review matrix I16-L4-01 dated
/// 2025-07-01 (both valid 24 months, catalog data).
@Suite struct NextPeriodTests {
    static func workspace(_ name: String = #function) throws -> InputLocations {
        try PemdiWorkspace.make(name) { file, text in
            guard file == "evidence.csv" else { return text }
            return text.replacingOccurrences(of: "I9-L2-01,diterima,,I9-L2-01.pdf,2026-06-10", with: "I9-L2-01,diterima,,I9-L2-01.pdf,2025-06-01")
                .replacingOccurrences(of: "I16-L4-01,diterima,,I16-L4-01.pdf,2026-06-10", with: "I16-L4-01,diterima,,I16-L4-01.pdf,2025-07-01")
        }
    }

    /// At 2027-06-30 the audit of 2025-06-01 is past its 24 months (2027-06-01), the review of
    /// 2025-07-01 is not (2027-07-01); the IKASANDI of 2026-01-20 is past its 12 months, so the
    /// nine accepted items of I10 (2) and I12 (7) that need it are reset; the 11 items not
    /// accepted are drafts again; the other 67 accepted items are carried.
    @Test func expiredItemsAreResetWithTheirReasonAndTheRestCarried() throws {
        let locations = try Self.workspace()
        let result = Pipeline.newPeriod(locations, from: "2026-06", to: "2027-06", language: .id)
        #expect(!result.diagnostics.hasErrors && result.writeFailure == nil, "\(result.diagnostics.map { $0.message.text(.en) })")
        let items = try #require(result.carryOver).items
        func outcome(_ code: String) -> RegisterCarryOver.Outcome? { items.first { $0.entry.code == code }?.outcome }
        #expect(outcome("I9-L2-01") == .expired(months: 24, date: CalendarDate(iso: "2025-06-01")))
        #expect(outcome("I16-L4-01") == .carried)
        let reset = items.filter { $0.status == .belum }.map(\.entry.code)
        #expect(reset == ["I9-L2-01", "I10-L1-01", "I10-L2-01", "I12-L1-01", "I12-L1-02", "I12-L2-01", "I12-L2-02", "I12-L2-03", "I12-L3-01", "I12-L4-01"].sorted { a, b in
            items.firstIndex { $0.entry.code == a }! < items.firstIndex { $0.entry.code == b }! })
        if case .indexStale(_, let months, let date)? = outcome("I12-L3-01") {
            #expect(months == 12 && date == CalendarDate(iso: "2026-01-20"))
        } else {
            Issue.record("I12-L3-01 should need a fresher IKASANDI")
        }
        #expect(items.filter { $0.outcome == .carried }.count == 67)
        #expect(items.filter { $0.status == .draf }.count == 11)
        #expect(outcome("I2-L1-02") == .reopened(.draf) && outcome("I9-L3-01") == .reopened(.revisi))
        // The files: the register, the other agencies' indices, period.json with the method,
        // and every answer file; no assessor values.
        let folder = locations.workspace + "/assessments/2027-06"
        #expect(result.written.contains(folder + "/evidence.csv") && result.written.contains(folder + "/external-indices.csv"))
        #expect(!FileSystem.exists(folder + "/assessor-values.csv"))
        #expect(String(decoding: try FileSystem.readBytes(folder + "/period.json"), as: UTF8.self)
                == "{\n  \"format\": 1,\n  \"date\": \"2027-06-30\",\n  \"method\": \"pemdi-2026\"\n}\n")
        #expect(try FileSystem.readBytes(folder + "/dinkes.csv") == FileSystem.readBytes(locations.workspace + "/assessments/2026-06/dinkes.csv"))
        let register = String(decoding: try FileSystem.readBytes(folder + "/evidence.csv"), as: UTF8.self)
        #expect(register.hasPrefix("kode,status,dokumen,tanggal,pemilik,catatan,alasan\r\n"))
        #expect(register.contains("I9-L2-01,belum,,,inspektorat,,direset: dokumen 2025-06-01 lebih tua dari 24 bulan pada tanggal periode ini\r\n"))
        #expect(register.contains("I16-L4-01,diterima,I16-L4-01.pdf,2025-07-01,diskominfo,,dibawa dari 2026-06\r\n"))
        // The new period scores, and its items are marked against 2026-06.
        let (report, _, diagnostics) = Pipeline.score(locations, periodID: "2027-06")
        let values = try #require(report?.city.values, "\(diagnostics.map { $0.message.text(.en) })")
        #expect(values.previousPeriod == "2026-06")
        let states = Dictionary(uniqueKeysWithValues: values.values.flatMap(\.items).map { ($0.code, $0) })
        #expect(states["I9-L2-01"]?.change == .changed && states["I16-L4-01"]?.change == .unchanged && states["I2-L1-02"]?.change == .unchanged)
        #expect(states["I10-L2-02"]?.change == .changed)
        // Changed: the 10 reset and the 7 uploaded or sent back (now drafts); the 4 drafts stay
        // drafts with the same document, so they are unchanged, as are the 67 carried and the
        // items never started; 207 items in all.
        let counts = values.changeCounts()
        #expect(counts.new == 0 && counts.changed == 17 && counts.unchanged == 190)
        #expect(states["I9-L2-01"]?.reason.hasPrefix("direset") == true)
        #expect(report?.evaluation?.calendar.year == 2027)
    }

    /// Half a year on (2026-12) nothing has expired yet.
    @Test func nothingExpiresBeforeItsTime() throws {
        let result = Pipeline.newPeriod(try Self.workspace(), from: "2026-06", to: "2026-12", language: .en)
        let items = try #require(result.carryOver, "\(result.diagnostics.map { $0.message.text(.en) })").items
        #expect(items.filter { $0.status == .belum }.isEmpty)
        #expect(items.filter { $0.outcome == .carried }.count == 77)
    }

    @Test func aNewPeriodNeverOverwritesAndNeedsAnEvidencePeriodBeforeIt() throws {
        let locations = try Self.workspace()
        let folder = locations.workspace + "/assessments/2027-06"
        try FileSystem.createDirectory(folder)
        try FileSystem.writeAtomically("mine\n", to: folder + "/notes.txt")
        let occupied = Pipeline.newPeriod(locations, from: "2026-06", to: "2027-06", language: .en)
        #expect(occupied.diagnostics.map(\.code) == ["WS052"] && occupied.written.isEmpty)
        #expect(try FileSystem.list(folder) == ["notes.txt"])
        #expect(Pipeline.newPeriod(locations, from: "2026-06", to: "2026-01", language: .en).diagnostics.map(\.code) == ["WS053"])
        #expect(Pipeline.newPeriod(locations, from: "2020-03", to: "2027-12", language: .en).diagnostics.map(\.code) == ["WS054"])
        #expect(Pipeline.newPeriod(locations, from: "2025-06", to: "2027-12", language: .en).diagnostics.map(\.code) == ["WS032"])
        #expect(Pipeline.newPeriod(locations, from: "2026-06", to: "2027-13", language: .en).diagnostics.map(\.code) == ["WS030"])
        #expect(!FileSystem.exists(locations.workspace + "/assessments/2027-12"))
    }
}
