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

    /// Planned from 2020-03: how many teams of its own does each OPD need for the SPBE index
    /// of 3.0 by the end of 2020? The answer's plan is the what-if's (`--capacity opd=N`
    /// prints the same plan), and one fewer misses that target.
    @Test func minimumCapacityAnswersWithANumberItsWhatIfConfirms() throws {
        let arguments = ["roadmap", Self.malang, "--period", "2020-03", "--min-capacity", "opd", "--schedules", "30", "--lang", "en"]
        let outcome = SmartCityMain.run(arguments)
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        let line = try #require(outcome.stdout.split(separator: "\n").first)
        let prefix = "Smallest capacity of opd that meets every milestone more opd can meet: "
        #expect(line.hasPrefix(prefix), "\(line)")
        let capacity = try #require(Int(line.dropFirst(prefix.count).prefix { $0.isNumber }))
        #expect(capacity > 1)
        #expect(line.contains("The plan below is what --capacity opd=\(capacity) gives; with \(capacity - 1), these milestones are missed: \"SPBE index 3.0\"."))
        #expect(outcome.stdout.contains("Capacities: kominfo-dev 3 · kominfo-policy 1 · kominfo-infra 1 · auditor 1 · opd \(capacity) "))
        #expect(outcome.stdout.contains("✔ SPBE index 3.0 by 31 December 2020"))
        // The what-if at that number prints the same plan; one fewer misses the target.
        let whatIf = SmartCityMain.run(["roadmap", Self.malang, "--period", "2020-03", "--capacity", "opd=\(capacity)", "--schedules", "30", "--lang", "en"])
        #expect(outcome.stdout.hasSuffix(whatIf.stdout))
        let fewer = SmartCityMain.run(["roadmap", Self.malang, "--period", "2020-03", "--capacity", "opd=\(capacity - 1)", "--schedules", "30", "--lang", "en"])
        #expect(fewer.stdout.contains("✘ SPBE index 3.0 by 31 December 2020"))
    }

    /// Planned from 2026-06, the 2019–2022 targets are past and the 2026 upload cannot be
    /// met by any team: each is a warning with its reason.
    @Test func milestonesNoCapacityMeetsAreNamedWithTheirReason() {
        let outcome = SmartCityMain.run(["roadmap", Self.malang, "--period", "2026-06", "--min-capacity", "opd", "--schedules", "20", "--lang", "en"])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("warning[RMP006]: however much opd the plan has, milestone \"45 OPD online-ready\" is still missed: its date (31 December 2019) is before the plan starts (1 July 2026)"))
        #expect(outcome.stderr.contains("milestone \"evidence upload of the 2026 evaluation\" is still missed: even with every team unlimited, its chain of prerequisites is done only on "))
        #expect(outcome.stdout.hasPrefix("Smallest capacity of opd that meets every milestone more opd can meet: 1. The plan below is what --capacity opd=1 gives; one is enough."))
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

/// `roadmap` and `bimtek` on generated workspaces: every size plans, a policy without a
/// roadmap says so, an error always means exit 2.
@Suite struct RoadmapScaleCommandTests {
    static func generated(_ opds: Int, _ name: String = #function) -> String {
        let root = NSTemporaryDirectory() + "smartcity-roadmap-scale-\(ProcessInfo.processInfo.processIdentifier)-\(name.filter(\.isLetter))"
        try? FileManager.default.removeItem(atPath: root)
        let result = Pipeline.generate(indicators: CommandTests.repository + "/indicators", opdCount: opds, seed: 1, out: root)
        #expect(!result.diagnostics.hasErrors && result.writeFailure == nil)
        return root
    }

    /// 600 generated OPDs are some 5,500 tasks: the time grid refused them (PLN009 above about 575);
    /// the sparse profile plans them.
    @Test func aGeneratedWorkspaceBeyondTheOldGridPlans() {
        let root = Self.generated(600)
        let outcome = SmartCityMain.run(["roadmap", root, "--schedules", "6", "--lang", "en"])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Roadmap of Synthetic Region"))
        #expect(!outcome.stderr.contains("PLN009"))
    }

    @Test func aPolicyWithoutARoadmapIsExitTwoWithItsReason() throws {
        let root = Self.generated(5)
        let policy = root + "/policy.json"
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: policy))) as? [String: Any])
        json["roadmap"] = nil
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: policy))
        let outcome = SmartCityMain.run(["roadmap", root, "--lang", "en"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("RMP001") && outcome.stderr.contains("the policy has no \"roadmap\" part"), "\(outcome.stderr)")
    }

    /// A roadmap the Bimtek plan takes its deadlines from fails (a task needs a team the
    /// policy lacks): `bimtek` reports it and exits 2 rather than print a plan without them.
    @Test func bimtekExitsTwoWhenItsRoadmapFails() throws {
        let root = Self.generated(5)
        let policy = root + "/policy.json"
        let text = try String(contentsOfFile: policy, encoding: .utf8).replacingOccurrences(of: "\"kominfo-dev\"", with: "\"kominfo-devs\"")
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
        let outcome = SmartCityMain.run(["bimtek", root, "--lang", "en"])
        #expect(outcome.status == .dataError, "\(outcome.stdout)")
        #expect(outcome.stderr.contains("RMP002"), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }

    /// A plan that cannot end by 31 December 9999 is refused before the search, naming the
    /// team whose work alone is too long (the 23,000-OPD workspace with three development
    /// teams is such a plan; here a start in 9999 makes a small one).
    @Test func aPlanPastTheCalendarIsRefusedWithItsBottleneck() {
        let root = Self.generated(5)
        let outcome = SmartCityMain.run(["roadmap", root, "--start", "9999-06", "--lang", "en"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("error[RMP010]: no plan made: with 1 of \""), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("\", that team's tasks alone take at least ") && outcome.stderr.contains(" months, past 9999, the calendar's end; give it more capacity (--capacity "))
        #expect(outcome.stdout.isEmpty)
    }
}

