import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// `smartcity schedule` run in-process on the j301_1 fixture and on broken input.
@Suite struct ScheduleCommandTests {
    static let folder = CommandTests.repository + "/Tests/SmartCityKitTests/Fixtures/PSPLIB"

    @Test func folderWithOptimaPrintsDeviationAndIsByteIdentical() {
        let arguments = ["schedule", Self.folder, "--iterations", "600", "--lang", "en"]
        let outcome = SmartCityMain.run(arguments)
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("instance"))
        #expect(lines[0].hasSuffix("best at"))
        #expect(lines[2].hasPrefix(Self.folder + "/j301_1.sm"))
        #expect(lines[2].split(separator: " ").dropFirst().prefix(6) == ["43", "38", "13.16", "43", "0.00", "600"])
        #expect(outcome.stdout.contains("deviation from the optimum: average 0.00 %, max 0.00 %; optimum reached 1 of 1\n"))
        #expect(!outcome.stdout.contains("time"))
        #expect(SmartCityMain.run(arguments) == outcome)
    }

    @Test func indonesianByDefaultWithDecimalCommas() {
        let outcome = SmartCityMain.run(["schedule", Self.folder + "/j301_1.sm", "--iterations", "300"])
        #expect(outcome.status == .ok)
        #expect(outcome.stdout.hasPrefix("instans"))
        #expect(outcome.stdout.contains("13,16"))
        #expect(outcome.stdout.contains("optimum tercapai"))
    }

    /// Times only with --timings: a column and a total line.
    @Test func timingsOnlyWhenAsked() {
        let outcome = SmartCityMain.run(["schedule", Self.folder, "--iterations", "100", "--timings", "--lang", "en"])
        #expect(outcome.status == .ok)
        #expect(outcome.stdout.split(separator: "\n")[0].hasSuffix("time s"))
        #expect(outcome.stdout.contains("\ntotal time "))
    }

    @Test func seedChangesNothingButTheSearch() {
        let a = SmartCityMain.run(["schedule", Self.folder, "--iterations", "300", "--seed", "7"])
        let b = SmartCityMain.run(["schedule", Self.folder, "--iterations", "300", "--seed", "7"])
        #expect(a.status == .ok && a == b)
    }

    @Test func malformedFileIsADataErrorWithItsPosition() throws {
        let scratch = CommandTests.scratch()
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let good = try String(contentsOfFile: Self.folder + "/j301_1.sm", encoding: .utf8)
        let bad = good.replacingOccurrences(of: "   3        1          3           7   8  13", with: "   3        1          3           7   8  99")
        try FileSystem.writeAtomically(bad, to: scratch + "/bad.sm")
        try FileSystem.writeAtomically(good, to: scratch + "/good.sm")
        let outcome = SmartCityMain.run(["schedule", scratch, "--iterations", "50", "--lang", "en"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("\(scratch)/bad.sm:21:43: error[PLN105]: job 3 names successor 99 but only jobs 1–32 exist\n"), "\(outcome.stderr)")
        // The readable instance is still solved.
        #expect(outcome.stdout.contains("\(scratch)/good.sm"))
        let missing = SmartCityMain.run(["schedule", scratch + "/nothing.sm"])
        #expect(missing.status == .dataError)
        #expect(missing.stderr.contains("galat[PLN120]"))
    }

    @Test(arguments: [
        (["schedule"], "FILE.sm"),
        (["schedule", "x.sm", "--iterations", "0"], "--iterations"),
        (["schedule", "x.sm", "--seed", "abc"], "--seed"),
        (["schedule", "x.sm", "--iteration", "5"], "--iterations"),
    ])
    func usageErrors(arguments: [String], mentions: String) {
        let outcome = SmartCityMain.run(arguments)
        #expect(outcome.status == .usage)
        #expect(outcome.stderr.contains(mentions), "\(outcome.stderr)")
    }
}
