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
}
