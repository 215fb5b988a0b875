import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// `smartcity roadmap` as a planner types it.
@Suite struct RoadmapCommandTests {
    static let malang = CommandTests.repository + "/examples/malang"

    @Test func printsMilestonesPhasesAndProjections() {
        let outcome = SmartCityMain.run(["roadmap", Self.malang, "--period", "2020-03", "--schedules", "100"])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        for text in ["Peta jalan Kota Malang", "Tonggak", "✘ 45 OPD daring pada 31 Desember 2019", "tugas terlambat", "Fase 2: integrasi",
                     "Proyeksi skor", "Indeks SPBE kota"] {
            #expect(outcome.stdout.contains(text), "\(text)")
        }
        let english = SmartCityMain.run(["roadmap", Self.malang, "--period", "2020-03", "--schedules", "100", "--lang", "en"])
        #expect(english.stdout.contains("Milestones") && english.stdout.contains("Projected scores"))
    }

    /// Planned from 2019-09: how many development teams put 45 OPDs online by the end of 2019?
    @Test func minimumCapacityAnswersWithANumberAndItsPlan() throws {
        let arguments = ["roadmap", Self.malang, "--period", "2019-09", "--min-capacity", "kominfo-dev", "--schedules", "100", "--lang", "en"]
        let outcome = SmartCityMain.run(arguments)
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        let line = try #require(outcome.stdout.split(separator: "\n").first)
        let prefix = "Smallest capacity of kominfo-dev that meets every milestone more kominfo-dev can meet: "
        #expect(line.hasPrefix(prefix), "\(line)")
        let capacity = try #require(Int(line.dropFirst(prefix.count).prefix { $0.isNumber }))
        #expect(outcome.stdout.contains("Capacities: kominfo-dev \(capacity) "))
        #expect(outcome.stdout.contains("✔ 45 OPD online-ready by 31 December 2019"))
        // The milestones no number of development teams meets are named.
        #expect(outcome.stderr.contains("RMP006"))
        // One team fewer misses the daring target.
        func plan(_ c: Int) throws -> Roadmap {
            let (roadmap, _) = Pipeline.roadmap(InputLocations(workspace: Self.malang), periodID: "2019-09",
                                                options: RoadmapOptions(capacities: ["kominfo-dev": c], schedules: 100))
            return try #require(roadmap)
        }
        let daring = { (r: Roadmap) in r.milestones.first { $0.status.target.id == "daring-45" }?.status.met ?? false }
        #expect(daring(try plan(capacity)))
        #expect(capacity > 1)
        #expect(!daring(try plan(capacity - 1)))
        // Same arguments, same answer and plan.
        #expect(SmartCityMain.run(arguments).stdout == outcome.stdout)
    }

    @Test func badCapacitiesAreUsageOrDataErrors() {
        let usage = SmartCityMain.run(["roadmap", Self.malang, "--capacity", "kominfo-dev"])
        #expect(usage.status == .usage)
        #expect(usage.stderr.contains("--capacity"))
        let unknown = SmartCityMain.run(["roadmap", Self.malang, "--capacity", "teams=4", "--lang", "en"])
        #expect(unknown.status == .dataError)
        #expect(unknown.stderr.contains("RMP005") && unknown.stderr.contains("kominfo-dev"))
        let start = SmartCityMain.run(["roadmap", Self.malang, "--start", "2020-13"])
        #expect(start.status == .usage)
    }

    @Test func writesTheRoadmapFolder() throws {
        let out = NSTemporaryDirectory() + "smartcity-cli-tests/roadmap-\(UUID().uuidString)"
        let outcome = SmartCityMain.run(["roadmap", Self.malang, "--period", "2020-03", "--schedules", "100", "--out", out])
        #expect(outcome.status == .ok)
        #expect(try FileSystem.list(out + "/roadmap") == ["roadmap.html", "roadmap.ics", "roadmap.json", "roadmap.md"])
    }
}

/// `smartcity bimtek` as Kominfo types it.
@Suite struct BimtekCommandTests {
    static let malang = CommandTests.repository + "/examples/malang"

    @Test func plansWithinTheBudgetAndWritesTheFolder() throws {
        let out = NSTemporaryDirectory() + "smartcity-cli-tests/bimtek-\(UUID().uuidString)"
        let outcome = SmartCityMain.run(["bimtek", Self.malang, "--period", "2020-03", "--no-roadmap", "--out", out])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Rencana Bimtek Kota Malang 2020"))
        #expect(outcome.stdout.contains("dari anggaran Rp 150.000.000"))
        #expect(try FileSystem.list(out + "/bimtek").sorted() == ["bimtek.html", "bimtek.md", "budget.csv", "classes"])
        let small = SmartCityMain.run(["bimtek", Self.malang, "--period", "2020-03", "--no-roadmap", "--budget", "10000000", "--lang", "en"])
        #expect(small.stdout.contains("of a budget of Rp 10,000,000") && small.stdout.contains("Needs left unmet"))
        let noBudget = SmartCityMain.run(["bimtek", Self.malang, "--period", "2020-03", "--no-roadmap", "--year", "2030", "--lang", "en"])
        #expect(noBudget.status == .dataError)
        #expect(noBudget.stderr.contains("RMP008") && noBudget.stderr.contains("2030"))
    }
}
