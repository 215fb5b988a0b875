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
        #expect(dashboard.contains("City — mini-index") && dashboard.contains("City — mini-pemdi"))
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
