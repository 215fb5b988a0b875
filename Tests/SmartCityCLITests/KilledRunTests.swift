import Foundation
import Testing
@testable import SmartCityKit

/// `smartcity run` killed (SIGKILL) or failing at any point of its writing leaves the output
/// folder holding the complete previous output or the complete new one, never a mix; the
/// next run cleans up what the killed one left.
@Suite(.serialized) struct KilledRunTests {
    struct Child {
        var killed: Bool
        var status: Int32
        var stderr: String
    }

    /// Runs the built binary with `environment` added; waits for it to end, or kills it
    /// after `killAfter` seconds.
    static func run(_ arguments: [String], environment: [String: String] = [:], killAfter: Double? = nil) throws -> Child {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(BinaryTests.binary, "smartcity binary not found next to the tests"))
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        if let killAfter {
            usleep(UInt32(killAfter * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
        }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Child(killed: process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL,
                     status: process.terminationStatus, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A workspace, its previous output `A` (pages in Indonesian) and the new output `B`
    /// (changed answers, pages in both languages), each as a snapshot.
    struct Setup {
        var root: String
        var workspace: String
        var out: String { root + "/out" }
        var previous: [String: [UInt8]?]
        var next: [String: [UInt8]?]
        var newArguments: [String] { ["run", workspace, "--out", out, "--lang", "id,en"] }

        init(_ name: String = #function) throws {
            workspace = try OutputSafetyTests.workspace(name)
            root = (workspace as NSString).deletingLastPathComponent
            let a = try KilledRunTests.run(["run", workspace, "--out", root + "/a"])
            #expect(a.status == 0, "\(a.stderr)")
            previous = try OutputSafetyTests.snapshot(root + "/a")
            try FileSystem.writeAtomically("indicator,self,verified\nI-02,4,\nI-03,3,\nI-04,4,2\nG-01,2,\n",
                                           to: workspace + "/assessments/2020-03/dinkes.csv")
            let b = try KilledRunTests.run(["run", workspace, "--out", root + "/b", "--lang", "id,en"])
            #expect(b.status == 0, "\(b.stderr)")
            next = try OutputSafetyTests.snapshot(root + "/b")
        }

        /// Puts the previous output back in `out`, as the last complete run left it.
        func reset() throws {
            if FileManager.default.fileExists(atPath: out) { try FileManager.default.removeItem(atPath: out) }
            try FileManager.default.copyItem(atPath: root + "/a", toPath: out)
        }

        /// Which complete output `out` holds: "A", "B", or nil for a mix.
        func state() throws -> String? {
            let now = try OutputSafetyTests.snapshot(out)
            return now == previous ? "A" : now == next ? "B" : nil
        }

        /// The hidden names beside `out` (what a killed run left).
        func leftovers() throws -> [String] {
            try FileSystem.listAll(root).filter { $0.hasPrefix(".") }
        }
    }

    @Test func theTwoOutputsDiffer() throws {
        let setup = try Setup()
        #expect(setup.previous != setup.next)
        #expect(setup.next.keys.contains("index.en.html") && !setup.previous.keys.contains("index.en.html"))
        #expect(setup.previous["opd/dinkes.html"] != setup.next["opd/dinkes.html"])
    }

    @Test func killedAtEveryPointOfTheWriting() throws {
        let setup = try Setup()
        let files = setup.next.filter { $0.value != nil }.count - 1 // the manifest is written at the switch
        let previousFiles = setup.previous.filter { $0.value != nil }.count - 1
        let points = (1...files).map { "write:\($0)" } + ["before-switch", "after-switch"] + (1...previousFiles).map { "cleanup:\($0)" }
        var seen: [String: Int] = [:]
        for point in points {
            try setup.reset()
            let child = try Self.run(setup.newArguments, environment: ["SMARTCITY_TEST_KILL": point])
            #expect(child.killed, "\(point) was not reached: \(child.stderr)")
            let state = try setup.state()
            #expect(state != nil, "killed at \(point): the output folder is a mix")
            seen[state ?? "mix", default: 0] += 1
            // Before the switch the previous output stands; from it on, the new one.
            let expected = point.hasPrefix("write:") || point == "before-switch" ? "A" : "B"
            #expect(state == expected, "killed at \(point)")
            #expect(!(try setup.leftovers()).isEmpty, "killed at \(point): nothing was staged beside the folder")
            // The next run completes and removes what the killed one left.
            let next = try Self.run(setup.newArguments)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(try setup.state() == "B")
            #expect(try setup.leftovers() == [], "after a run killed at \(point)")
        }
        #expect(seen["A"] == files + 1 && seen["B"] == previousFiles + 1)
    }

    @Test func killedAtRandomMomentsByTheClock() throws {
        let setup = try Setup()
        var generator = SeededRandom(seed: 13)
        for _ in 0..<12 {
            try setup.reset()
            let delay = Double(generator.next() % 60_000) / 1_000_000
            _ = try Self.run(setup.newArguments, killAfter: delay)
            let state = try setup.state()
            #expect(state != nil, "killed after \(delay) s: the output folder is a mix")
            #expect(try Self.run(setup.newArguments).status == 0)
            #expect(try setup.state() == "B")
            #expect(try setup.leftovers() == [])
        }
    }

    @Test func aWriteFailureAtAnyPointChangesNothing() throws {
        let setup = try Setup()
        for point in ["write:1", "write:7", "write:19", "before-switch"] {
            try setup.reset()
            let child = try Self.run(setup.newArguments, environment: ["SMARTCITY_TEST_FAIL": point])
            #expect(child.status == 3, "\(point): \(child.stderr)")
            #expect(child.stderr.contains("tidak dapat ditulis"), "\(child.stderr)")
            #expect(try setup.state() == "A", "failed at \(point)")
            #expect(try setup.leftovers() == [], "failed at \(point)")
        }
    }

    /// `cd t && smartcity run opd --out .`: the workspace named like our pages folder, the
    /// output the folder holding it.
    @Test func aWorkspaceNamedOpdInTheCurrentFolderIsNeverTouched() throws {
        let ws = try OutputSafetyTests.workspace()
        let parent = (ws as NSString).deletingLastPathComponent
        try FileManager.default.moveItem(atPath: ws, toPath: parent + "/opd")
        let before = try OutputSafetyTests.snapshot(parent + "/opd")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(BinaryTests.binary))
        process.arguments = ["run", "opd", "--out", ".", "--lang", "en"]
        process.currentDirectoryURL = URL(fileURLWithPath: parent)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("--out \".\""), "\(stderr)")
        #expect(try OutputSafetyTests.snapshot(parent + "/opd") == before)
        #expect(try FileSystem.listAll(parent) == ["opd"])
    }
}
