import Foundation
import Testing
@testable import SmartCityKit

/// A period may be assessed with another index method (`"method"` in its `period.json`): it
/// is scored by that method, every result names it, and nothing is compared or joined
/// across the change.
@Suite struct PeriodMethodTests {
    /// The mini workspace with a second period, 2026-06, assessed with `mini-pemdi` (same
    /// answers as 2020-03).
    static func workspace(method: String = "mini-pemdi", extra: [String: String?] = [:]) throws -> FixtureWorkspace {
        var edits: [String: String?] = ["assessments/2026-06/period.json": "{\"format\": 1, \"date\": \"2026-06-30\",\n \"method\": \"\(method)\"}\n"]
        for name in ["dinkes.csv", "kominfo.csv", "pasar.csv", "services/dinkes.csv", "services/kominfo.csv", "services/pasar.csv"] {
            edits["assessments/2026-06/" + name] = try FixtureWorkspace.original("assessments/2020-03/" + name)
        }
        for (k, v) in extra { edits[k] = v }
        return try FixtureWorkspace(edits)
    }

    @Test func eachPeriodIsScoredByItsOwnMethod() throws {
        let ws = try Self.workspace()
        let (progress, _, diagnostics) = Pipeline.progress(ws.locations)
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.code))")
        let p = try #require(progress)
        #expect(p.reports.map(\.catalogs.index.id) == ["mini-index", "mini-pemdi"])
        #expect(p.reports.map(\.city.index.catalogID) == ["mini-index", "mini-pemdi"])
        // The same answers under the second method's weights: 2.40 (MethodTests), from its own bands.
        #expect(p.latest.city.index.value == Fraction(12, 5))
        #expect(p.latest.catalogs.index.predikat(for: Fraction(12, 5))?.key == "cukup")
        // Index levels of different methods are never compared as changes.
        #expect(p.changes.allSatisfy { $0.levels.allSatisfy { $0.indicator.slot != .index } && $0.indexFrom == nil })
        // The trend has one line per method, each blank at the other's periods.
        let series = p.byMethod { $0.city.index.value }
        #expect(series.map(\.method.id) == ["mini-index", "mini-pemdi"])
        #expect(series[0].values[1] == nil && series[1].values[0] == nil)
        let dashboard = HTMLRenderer.render(DashboardBuilder(progress: p, language: .en).build())
        #expect(dashboard.contains("City — Test index") && dashboard.contains("City — Second test index"))
        let text = ProgressTextRenderer.render(p, language: .en, crosswalks: [])
        #expect(text.contains("2020-03 (mini-index)") && text.contains("2026-06 (mini-pemdi)"))
        // Scoring the latest period alone uses its method too.
        let single = try #require(Pipeline.score(ws.locations, periodID: nil).report)
        #expect(single.city.index.catalogID == "mini-pemdi")
        #expect(ScoresJSONRenderer.render(single).contains("\"method\": \"mini-pemdi\""))
    }

    @Test func anUnknownMethodIsAPositionedError() throws {
        let ws = try Self.workspace(method: "pemdi-2099")
        let result = Pipeline.validate(ws.locations)
        let error = try #require(result.diagnostics.first { $0.isError })
        #expect(error.location?.file == ws.path("assessments/2026-06/period.json"))
        #expect(error.location?.line == 2)
        #expect(error.message.text(.en).contains("pemdi-2099") && error.message.text(.en).contains("mini-pemdi"))
        #expect(Pipeline.progress(ws.locations).progress == nil)
    }

    @Test func indexTargetsCountForTheirOwnMethod() throws {
        var policy = try FixtureWorkspace.original("policy.json")
        policy = policy.replacingOccurrences(of: "\"targets\": [", with: """
        "targets": [
            {"id": "spbe-3", "metric": "index", "minimum": 3, "by": "2020-12-31", "name": {"id": "a", "en": "a"}},
            {"id": "pemdi-2", "metric": "index", "minimum": 2, "method": "mini-pemdi", "by": "2026-12-31", "name": {"id": "b", "en": "b"}},
        """)
        let ws = try Self.workspace(extra: ["policy.json": policy])
        let p = try #require(Pipeline.progress(ws.locations).progress)
        #expect(p.reports[0].city.targets.map(\.target.id) == ["spbe-3", "daring-3"])
        #expect(p.reports[1].city.targets.map(\.target.id) == ["pemdi-2", "daring-3"])
        #expect(p.reports[1].city.targets.first?.met == true)
    }
}

/// The user survey of a period feeds the indicators the method marks with `survey`.
@Suite struct UserSurveyTests {
    /// mini-pemdi's I-04 (answered by the public-service OPDs dinkes and pasar) is fed by
    /// satisfaction. pasar leaves I-04 empty; dinkes answered 4, verified 2.
    static func workspace(_ survey: String) throws -> FixtureWorkspace {
        var pasar = try FixtureWorkspace.original("assessments/2020-03/pasar.csv")
        pasar = pasar.replacingOccurrences(of: "I-04,3,,,\n", with: "")
        return try PeriodMethodTests.workspace(extra: ["assessments/2026-06/pasar.csv": pasar, "assessments/2026-06/survey.csv": survey])
    }

    @Test func aSurveySuggestsLevelsAndFlagsFarAnswers() throws {
        // pasar: (40 × (4 + 6 − 2)/2 + 10 × (3 + 6 − 3)/2) ÷ 50 = (160 + 30) ÷ 50 = 3.8 → 4.
        // dinkes: (5 + 6 − 1)/2 = 5 → 5, two above its verified 2.
        let ws = try Self.workspace("opd,layanan,responden,manfaat,biaya\npasar,Sewa kios,40,4,2\npasar,Retribusi,10,3,3\ndinkes,Izin,12,5,1\n")
        let (report, _, diagnostics) = Pipeline.score(ws.locations, periodID: "2026-06")
        let r = try #require(report)
        let pasar = try #require(r.opds.firstIndex { $0.id == "pasar" })
        let i04 = try #require(r.catalogs.index.position(of: "I-04"))
        let answer = try #require(r.scores[pasar].answers.first { $0.indicator == IndicatorRef(slot: .index, position: i04) })
        #expect(answer.selfAssessment == .level(4))
        #expect(answer.note == "survey: 50 respondents" && answer.file.hasSuffix("survey.csv"))
        let flag = try #require(diagnostics.first { $0.code == "WS051" })
        #expect(flag.severity == .warning && flag.location?.file.hasSuffix("2026-06/dinkes.csv") == true)
        #expect(flag.message.text(.en).contains("answered level 2, the user survey (12 respondents) suggests 5"))
        // The SPBE period has no survey-fed indicator and no survey: nothing changes there.
        #expect(!diagnostics.contains { $0.code == "WS017" && $0.message.text(.en).contains("I-04") && $0.message.text(.en).contains("pasar") })
    }

    @Test func badSurveyCellsArePositioned() throws {
        let ws = try Self.workspace("opd,layanan,responden,manfaat,biaya\npasar,Sewa kios,0,4,2\npasarr,Retribusi,10,3,3\ndinkes,Izin,12,6,1\n")
        let diagnostics = Pipeline.validate(ws.locations).diagnostics.filter { $0.location?.file.hasSuffix("survey.csv") == true }
        #expect(diagnostics.map(\.code) == ["WS050", "WS005", "WS050"])
        #expect(diagnostics.map { $0.location?.line } == [2, 3, 4])
        #expect(diagnostics[1].message.text(.en).contains("pasar"))
    }
}
