import Testing
@testable import SmartCityKit

/// Progress across periods on the mini fixture with an earlier period added (2019-09):
/// pasar was not daring then (its kiosk rental was only at stage 1), nor was dinkes (its
/// practice licence was at stage 2), and kominfo's I-02 was 3.
@Suite struct ProgressTests {
    static let earlier: [String: String?] = [
        "assessments/2019-09/kominfo.csv": "indicator,self,verified,evidence,note\nI-01,3,2,SK 1/2020,\nI-02,3,,,\nI-03,2,,,\nG-01,3,,,\n",
        "assessments/2019-09/dinkes.csv": "indicator,self,verified,evidence,note\nI-02,2,,,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\n",
        "assessments/2019-09/pasar.csv": "indicator,self,verified,evidence,note\nI-02,1,,,\nI-03,TB,,,bukan urusan UPT\nI-04,3,,,\nG-01,1,,,\nE-01,2,,,\n",
        "assessments/2019-09/services/kominfo.csv": "layanan,tahap\nPortal data,3\nWifi publik,4\n",
        "assessments/2019-09/services/dinkes.csv": "layanan,tahap\nJadwal vaksinasi,1\nIzin praktik,2\n",
        "assessments/2019-09/services/pasar.csv": "layanan,tahap\nSewa kios,1\nRetribusi,2\n",
    ]

    static func progress(_ extra: [String: String?] = [:], name: String = #function) throws -> CityProgress {
        let workspace = try FixtureWorkspace(earlier.merging(extra) { $1 }, name: name)
        let (progress, _, diagnostics) = Pipeline.progress(workspace.locations)
        #expect(!diagnostics.hasErrors, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        return try #require(progress)
    }

    @Test func seriesAndChanges() throws {
        let p = try Self.progress()
        #expect(p.reports.map(\.period.id) == ["2019-09", "2020-03"])
        #expect(p.reports.map(\.city.daringCount) == [1, 2])
        let kominfo = p.changes[0]
        #expect(kominfo.levels.map { p.latest.catalogs.indicator($0.indicator).id } == ["I-02"])
        #expect(kominfo.levels.first.map { ($0.from, $0.to) } ?? (nil, nil) == (3, 4))
        let dinkes = p.changes[1]
        // The practice licence moved up a stage and "Rujukan" is new in 2020-03.
        #expect(dinkes.services == [OPDChanges.StageChange(service: "Izin praktik", from: 2, to: 3),
                                    OPDChanges.StageChange(service: "Rujukan", from: nil, to: 0)])
        let pasar = p.changes[2]
        #expect(pasar.services == [OPDChanges.StageChange(service: "Sewa kios", from: 1, to: 3)])
        #expect(!pasar.daringFrom && pasar.daringTo)
    }

    /// 1 → 2 daring OPDs in the 6 months from 2019-09-30 to 2020-03-31: 1/6 OPD a month; one
    /// more is needed for the target of 3, so 6 months: 2020-09-30, three months before the
    /// target date 2020-12-31.
    @Test func forecastOnTrack() throws {
        let f = try #require(try Self.progress().forecast)
        #expect(f.pace == Fraction(1, 6))
        #expect(f.outcome == .onTrack(date: CalendarDate(year: 2020, month: 9, day: 30)!, monthsEarly: 3))
    }

    /// The same pace against a target date of 2020-06-30: three months late.
    @Test func forecastLate() throws {
        let policy = try FixtureWorkspace.original("policy.json").replacingOccurrences(of: "\"by\": \"2020-12-31\"", with: "\"by\": \"2020-06-30\"")
        let f = try #require(try Self.progress(["policy.json": policy]).forecast)
        #expect(f.outcome == .late(date: CalendarDate(year: 2020, month: 9, day: 30)!, monthsLate: 3))
        #expect(ProgressLines.forecastLine(try Self.progress(["policy.json": policy]), language: .en)
                .contains("late by 3 months against 30 June 2020"))
    }

    @Test func forecastStalledAndSingle() throws {
        let stalled = try Self.progress(["assessments/2019-09/services/pasar.csv": "layanan,tahap\nSewa kios,3\nRetribusi,2\n"])
        #expect(stalled.forecast?.outcome == .stalled)
        let (single, _, _) = Pipeline.progress(try FixtureWorkspace().locations)
        #expect(single?.forecast?.outcome == .singlePeriod)
    }

    @Test func progressTextBothLanguages() throws {
        let p = try Self.progress()
        let id = ProgressTextRenderer.render(p, language: .id)
        let en = ProgressTextRenderer.render(p, language: .en)
        #expect(id.contains("Baru daring: pasar"))
        #expect(en.contains("Newly online-ready: pasar"))
        #expect(id.contains("2020-03") && en.contains("on track (3 months before 31 December 2020)"))
    }

    @Test func calendarMonths() {
        let d = CalendarDate(year: 2020, month: 1, day: 31)!
        #expect(d.addingMonths(1) == CalendarDate(year: 2020, month: 2, day: 29))
        #expect(d.addingMonths(-13) == CalendarDate(year: 2018, month: 12, day: 31))
        #expect(d.months(to: CalendarDate(year: 2021, month: 3, day: 1)!) == 14)
        // Centuries past the calendar's end are computed, not a crash (a roadmap refuses them).
        let far = d.addingMonths(12 * 9000)
        #expect((far.year, far.month, far.day) == (11020, 1, 31))
    }
}
