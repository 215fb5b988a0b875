import Foundation
import Testing

/// A few true end-to-end runs of the built `smartcity` binary: what a user's shell sees —
/// standard output, standard error and the exit status.
@Suite struct BinaryTests {
    /// The binary beside the test bundle (SwiftPM builds both into the same folder).
    static let binary: String? = {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [folder, Bundle.main.bundleURL] {
            let path = candidate.appendingPathComponent("smartcity").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(binary, "smartcity binary not found next to the tests"))
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: CommandTests.repository)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func readmeCommandOnTheMalangExample() throws {
        let out = CommandTests.scratch()
        let result = try Self.run(["run", "examples/malang", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        // The latest period, 2026-06, is assessed with the Indeks Pemdi and says so (2020-03
        // under SPBE 2020 gave 2,79 Baik and 23 daring; 2019-09 2,42 Cukup and 11); its index
        // comes from the evidence register, the assessor values and the external indices.
        #expect(result.stdout.contains("Indeks Pemerintah Digital (PermenPANRB 8/2026) [pemdi-2026"))
        #expect(result.stdout.contains("Indeks kota: 2,45 — predikat Cukup"))
        #expect(result.stdout.contains("    PEMDI-13 (I13) 2,80 — Baik (Berkembang): tingkat 3, 2 dari 4 butir diterima (nilai asesor)\n"))
        #expect(result.stdout.contains("  barenlitbang: 10 dari 20 butir diterima, 0,1750 poin; 6 butir berikutnya menambah 0,1250 poin\n"))
        #expect(result.stdout.contains("30 dari 45 OPD daring"))
        #expect(result.stderr.isEmpty)
    }

    @Test func exitStatuses() throws {
        #expect(try Self.run(["score", "examples/malang", "--lang", "en"]).status == 0)
        let usage = try Self.run(["scor"])
        #expect(usage.status == 1)
        #expect(usage.stderr.contains("maksudnya \"score\"?"))
        let missing = try Self.run(["validate", "no/such/folder"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no/such/folder"))
    }
}
