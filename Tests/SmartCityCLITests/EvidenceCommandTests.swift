import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// The commands on a period scored from evidence (Malang 2026-06, Indeks Pemdi 2026).
@Suite struct EvidenceCommandTests {
    static let malang = CommandTests.repository + "/examples/malang"

    @Test func validateSaysWhatTheRegisterHolds() {
        let outcome = SmartCityMain.run(["validate", Self.malang, "--lang", "en"])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Evidence 2026-06: 122 items listed (80 accepted), 2 assessor values, 5 other agencies' indices\n"))
    }

    @Test func explainWithoutAnOPDWalksTheCityIndexDownToTheItems() {
        let city = SmartCityMain.run(["explain", Self.malang])
        #expect(city.status == .ok, "\(city.stderr)")
        #expect(city.stdout.contains("Indeks kota = Σ bobot × nilai indikator ÷ 100 = 2,4499 → 2,45, predikat Cukup"))
        #expect(city.stdout.contains("  PEMDI-13 (I13) bobot 5 × 2,80 — Baik (Berkembang): tingkat 3, 2 dari 4 butir diterima (nilai asesor)\n"))
        let one = SmartCityMain.run(["explain", Self.malang, "--indicator", "I1", "--lang", "en"])
        #expect(one.status == .ok)
        #expect(one.stdout.contains("Level 3 (2.50–3.50): 2 of 4 items accepted — not complete"))
        #expect(one.stdout.contains("Value from the evidence: 2.50 + 1.00 × 2 ÷ 4 = 3.00"))
        #expect(one.stdout.contains("  I1-L3-03 (level 3): value +0.25, index +0.0125 points"))
        // A rule still needs the OPD it is explained for.
        #expect(SmartCityMain.run(["explain", Self.malang, "--rule", "flag-evidence-missing"]).status == .usage)
        let unknown = SmartCityMain.run(["explain", Self.malang, "--indicator", "I99"])
        #expect(unknown.status == .usage)
    }

    @Test func appealPrintsTheSheetOfAnEvidencePeriodOnly() {
        let sheet = SmartCityMain.run(["appeal", Self.malang])
        #expect(sheet.status == .ok, "\(sheet.stderr)")
        #expect(sheet.stdout.hasPrefix("# Lembar sanggah Indeks Pemerintah Digital (PermenPANRB 8/2026) — Kota Malang\n"))
        #expect(sheet.stdout.contains("**Interviu dan sanggah: 21–30 September 2026.**"))
        let spbe = SmartCityMain.run(["appeal", Self.malang, "--period", "2020-03", "--lang", "en"])
        #expect(spbe.status == .dataError)
        #expect(spbe.stderr.contains("period 2020-03 is assessed with spbe-2020, not from evidence items"))
    }

    /// `period new` in-process on a copy of Malang: what it carried and reset, then the new
    /// period validates; the same command again refuses to touch the folder.
    @Test func periodNewStartsNextYearFromThisYear() throws {
        let root = NSTemporaryDirectory() + "smartcity-tests/period-new-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.malang, toPath: root + "/malang")
        let ws = root + "/malang"
        try Data("{\"format\": 1, \"policy\": \"\(CommandTests.repository)/roadmaps/malang.json\", \"indicators\": \"\(CommandTests.repository)/indicators\"}\n".utf8)
            .write(to: URL(fileURLWithPath: ws + "/workspace.json"))
        let made = SmartCityMain.run(["period", "new", ws, "--from", "2026-06", "--to", "2027-06", "--lang", "en"])
        #expect(made.status == .ok, "\(made.stderr)")
        #expect(made.stdout.hasPrefix("Period 2027-06 made from 2026-06: 72 accepted items carried over, 8 reset as expired, 42 open again as drafts;"))
        #expect(made.stdout.contains("  I10-L1-01: reset: this item needs Information Security and Cryptography Index (IKASANDI) no older than 12 months; the latest is of 2025-11-28\n"))
        #expect(SmartCityMain.run(["validate", ws]).status == .ok)
        let again = SmartCityMain.run(["period", "new", ws, "--from", "2026-06", "--to", "2027-06"])
        #expect(again.status == .dataError && again.stderr.contains("WS052"))
        #expect(SmartCityMain.run(["period", "old", ws, "--from", "2026-06", "--to", "2027-07"]).status == .usage)
    }
}
