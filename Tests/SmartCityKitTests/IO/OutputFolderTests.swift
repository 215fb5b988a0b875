import Foundation
import Testing
@testable import SmartCityKit

/// An output folder is replaced whole or not at all, and only what `smartcity` wrote there
/// is ever replaced or removed.
@Suite struct OutputFolderTests {
    /// Every entry below `folder` (hidden ones included) with its bytes; folders as nil.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]?] {
        var entries: [String: [UInt8]?] = [:]
        for (path, kind) in try FileSystem.walk(folder) {
            entries[path] = kind == .file ? try FileSystem.readBytes(FileSystem.join(folder, path)) : nil
        }
        return entries
    }

    /// Writes `files` as one output into `out` with `scope`.
    static func output(_ out: String, _ files: [String: String], scope: OutputFolder.Scope = .everything) throws {
        let folder = try OutputFolder(out, replacing: scope)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) { try folder.write(text, at: name) }
        try folder.commit()
    }

    static func hidden(_ parent: String) throws -> [String] {
        try FileSystem.listAll(parent).filter { $0.hasPrefix(".") }
    }

    @Test func aNewFolderGetsTheFilesAndTheirManifest() throws {
        let parent = TestPaths.scratch()
        let out = parent + "/new/out"
        try Self.output(out, ["index.html": "i", "opd/a.html": "a", "opd/a.md": "m"])
        #expect(try FileSystem.listAll(out) == [OutputManifest.fileName, "index.html", "opd"])
        #expect(try OutputManifest.read(folder: out)?.entries == ["index.html", "opd/", "opd/a.html", "opd/a.md"])
        // Neither the staging folder nor its marker is left behind.
        #expect(try FileSystem.listAll(parent + "/new") == ["out"])
    }

    @Test func aReRunReplacesExactlyWhatTheLastOneWrote() throws {
        let parent = TestPaths.scratch()
        let out = parent + "/out"
        try Self.output(out, ["index.html": "old", "opd/gone.html": "g", "opd/kept.html": "k1"])
        try Self.output(out, ["index.html": "new", "opd/kept.html": "k2", "roadmap/r.md": "r"])
        let files = try Self.snapshot(out)
        #expect(Set(files.keys) == [OutputManifest.fileName, "index.html", "opd/", "opd/kept.html", "roadmap/", "roadmap/r.md"])
        #expect(files["index.html"] == Array("new".utf8))
        #expect(files["opd/kept.html"] == Array("k2".utf8))
        #expect(try FileSystem.listAll(parent) == ["out"])
    }

    @Test func aUsersFileInsideOurFolderStopsTheRunAndSurvives() throws {
        let out = TestPaths.scratch() + "/out"
        try Self.output(out, ["index.html": "i", "opd/a.html": "a"])
        try FileSystem.writeAtomically("mine", to: out + "/opd/notes.txt")
        let before = try Self.snapshot(out)
        #expect(throws: FileError.foreignEntries(out, entries: ["opd/notes.txt"])) { try OutputFolder(out, replacing: .everything) }
        #expect(try Self.snapshot(out) == before)
        #expect(try Self.hidden(FileSystem.split(out).parent).isEmpty)
    }

    @Test func aFolderNamedLikeOursThatWeDidNotWriteIsRefused() throws {
        let out = TestPaths.scratch() + "/out"
        try Self.output(out, ["roadmap/r.md": "r"])
        try FileSystem.writeAtomically("mine", to: out + "/opd/dinkes.html")
        try FileSystem.writeAtomically("mine", to: out + "/opd/sub/deep.txt")
        // The foreign folder is named once, not with everything inside it.
        #expect(throws: FileError.foreignEntries(out, entries: ["opd/"])) { try OutputFolder(out, replacing: .everything) }
        #expect(throws: FileError.foreignEntries(out, entries: ["opd/"])) { try OutputFolder(out, replacing: .folder("roadmap")) }
        #expect(try FileSystem.readBytes(out + "/opd/dinkes.html") == Array("mine".utf8))
    }

    @Test func aFolderWithoutManifestIsNotOursUnlessEmpty() throws {
        let parent = TestPaths.scratch()
        try FileSystem.writeAtomically("mine", to: parent + "/user/report.docx")
        #expect(throws: FileError.notOurOutput(parent + "/user")) { try OutputFolder(parent + "/user", replacing: .everything) }
        #expect(try FileSystem.listAll(parent + "/user") == ["report.docx"])
        // Hidden files count: the folder is not empty.
        try FileSystem.writeAtomically("x", to: parent + "/dot/.keep")
        #expect(throws: FileError.notOurOutput(parent + "/dot")) { try OutputFolder(parent + "/dot", replacing: .everything) }
        try FileSystem.createDirectory(parent + "/empty")
        try Self.output(parent + "/empty", ["a.txt": "a"])
        #expect(try FileSystem.listAll(parent + "/empty") == [OutputManifest.fileName, "a.txt"])
    }

    @Test func symbolicLinksAreNeverOursAndNeverFollowed() throws {
        let parent = TestPaths.scratch()
        try FileSystem.writeAtomically("precious", to: parent + "/elsewhere/keep.txt")
        let out = parent + "/out"
        try Self.output(out, ["opd/a.html": "a"])
        try FileManager.default.createSymbolicLink(atPath: out + "/data", withDestinationPath: parent + "/elsewhere")
        #expect(throws: FileError.foreignEntries(out, entries: ["data"])) { try OutputFolder(out, replacing: .everything) }
        #expect(try FileSystem.readBytes(parent + "/elsewhere/keep.txt") == Array("precious".utf8))
        // A link named in the manifest is still not ours: we never write links.
        try FileManager.default.removeItem(atPath: out + "/opd/a.html")
        try FileManager.default.createSymbolicLink(atPath: out + "/opd/a.html", withDestinationPath: parent + "/elsewhere/keep.txt")
        try FileManager.default.removeItem(atPath: out + "/data")
        #expect(throws: FileError.foreignEntries(out, entries: ["opd/a.html"])) { try OutputFolder(out, replacing: .everything) }
        #expect(try FileSystem.readBytes(parent + "/elsewhere/keep.txt") == Array("precious".utf8))
    }

    @Test func theOutputFolderMayItselfBeALinkToAFolder() throws {
        let parent = TestPaths.scratch()
        try Self.output(parent + "/real", ["a.txt": "1"])
        try FileManager.default.createSymbolicLink(atPath: parent + "/link", withDestinationPath: parent + "/real")
        try Self.output(parent + "/link", ["a.txt": "2"])
        #expect(FileSystem.entryKind(parent + "/link") == .other)
        #expect(try FileSystem.readBytes(parent + "/real/a.txt") == Array("2".utf8))
    }

    @Test func aFileOrAForeignManifestInTheWayIsRefused() throws {
        let parent = TestPaths.scratch()
        try FileSystem.writeAtomically("x", to: parent + "/out")
        #expect(throws: FileError.notADirectory(parent + "/out")) { try OutputFolder(parent + "/out", replacing: .everything) }
        try FileSystem.writeAtomically("{\"tool\": \"other\"}", to: parent + "/m/" + OutputManifest.fileName)
        #expect(throws: FileError.unreadableManifest(parent + "/m/" + OutputManifest.fileName)) {
            try OutputFolder(parent + "/m", replacing: .everything)
        }
        // A manifest naming a path outside its folder is not ours either.
        let climbing = "{\"format\": 1, \"tool\": \"smartcity\", \"entries\": [\"../victim.txt\"]}"
        try FileSystem.writeAtomically(climbing, to: parent + "/c/" + OutputManifest.fileName)
        #expect(throws: FileError.unreadableManifest(parent + "/c/" + OutputManifest.fileName)) {
            try OutputFolder(parent + "/c", replacing: .everything)
        }
    }

    @Test func aFailedWriteLeavesThePreviousOutputWhole() throws {
        let parent = TestPaths.scratch()
        let out = parent + "/out"
        try Self.output(out, ["index.html": "old", "opd/a.html": "a"])
        let before = try Self.snapshot(out)
        let folder = try OutputFolder(out, replacing: .everything)
        try folder.write("new", at: "index.html")
        try folder.write("x", at: "blocker")
        // A name under a file cannot be created: the write fails, naming the final path.
        #expect(throws: FileError.self) { try folder.write("y", at: "blocker/b.html") }
        do { try folder.write("y", at: "blocker/b.html") } catch { #expect(error == .notADirectory(out + "/blocker")) }
        folder.abandon()
        #expect(try Self.snapshot(out) == before)
        #expect(try FileSystem.listAll(parent) == ["out"])
    }

    @Test func onePartIsReplacedAndTheRestKeptAsItWas() throws {
        let out = TestPaths.scratch() + "/out"
        try Self.output(out, ["index.html": "i", "opd/a.html": "a", "roadmap/old.md": "o", "roadmap/roadmap.md": "1"])
        var info = stat()
        stat(out + "/opd/a.html", &info)
        let inode = info.st_ino
        try Self.output(out, ["roadmap/roadmap.md": "2"], scope: .folder("roadmap"))
        let files = try Self.snapshot(out)
        #expect(Set(files.keys) == [OutputManifest.fileName, "index.html", "opd/", "opd/a.html", "roadmap/", "roadmap/roadmap.md"])
        #expect(files["roadmap/roadmap.md"] == Array("2".utf8))
        #expect(files["opd/a.html"] == Array("a".utf8))
        // Kept by a second name for the same file, not a copy.
        stat(out + "/opd/a.html", &info)
        #expect(info.st_ino == inode)
        #expect(try OutputManifest.read(folder: out)?.entries == ["index.html", "opd/", "opd/a.html", "roadmap/", "roadmap/roadmap.md"])
    }

    /// The process id of a process that has ended.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func whatAKilledRunLeftIsCleanedUpOnlyWhenOurs() throws {
        let parent = TestPaths.scratch()
        let out = parent + "/out"
        try Self.output(out, ["index.html": "i"])
        let dead = try Self.deadProcessID(), gone = try Self.deadProcessID()
        // A staging folder being filled (marker), a previous output after the switch (manifest),
        // and a folder of the same pattern that is neither: only the first two are ours.
        try FileSystem.writeAtomically("s", to: parent + "/.out.smartcity-\(dead)/\(OutputFolder.stagingMarker)")
        try FileSystem.writeAtomically("p", to: parent + "/.out.smartcity-\(dead)/opd/a.html")
        try Self.output(parent + "/.out.smartcity-\(gone)", ["old.html": "o"])
        try FileSystem.writeAtomically("mine", to: parent + "/.out.smartcity-1/notes.txt")
        try FileSystem.writeAtomically("mine", to: parent + "/.out.smartcity-\(gone)/notes.txt")
        try Self.output(out, ["index.html": "j"])
        // pid 1 is alive: its folder is never touched; the previous output keeps the user's file.
        #expect(try FileSystem.listAll(parent) == [".out.smartcity-1", ".out.smartcity-\(gone)", "out"])
        #expect(try FileSystem.listAll(parent + "/.out.smartcity-\(gone)") == ["notes.txt"])
        #expect(try FileSystem.listAll(parent + "/.out.smartcity-1") == ["notes.txt"])
    }

    /// A run killed right after making its staging folder, before marking it, leaves it
    /// empty: the next run removes it (an empty folder holds nothing of the user's), while a
    /// same-named folder holding anything unmarked stays.
    @Test func anEmptyStagingFolderOfADeadRunIsRemoved() throws {
        let parent = TestPaths.scratch()
        let dead = try Self.deadProcessID(), other = try Self.deadProcessID()
        try FileManager.default.createDirectory(atPath: parent + "/.out.smartcity-\(dead)", withIntermediateDirectories: true)
        try FileSystem.writeAtomically("mine", to: parent + "/.out.smartcity-\(other)/notes.txt")
        try Self.output(parent + "/out", ["index.html": "i"])
        #expect(try FileSystem.listAll(parent) == [".out.smartcity-\(other)", "out"])
    }

    @Test func aPreviousOutputSetAsideIsPutBackWhenTheFolderIsMissing() throws {
        let parent = TestPaths.scratch()
        let dead = try Self.deadProcessID()
        let aside = parent + "/.out.smartcity-\(dead)\(OutputFolder.asideSuffix)"
        try Self.output(aside, ["index.html": "previous"])
        OutputFolder.removeStale(parent: parent, name: "out")
        #expect(try FileSystem.readBytes(parent + "/out/index.html") == Array("previous".utf8))
        #expect(try FileSystem.listAll(parent) == ["out"])
    }

    /// A run killed between the two renames of a file system that cannot exchange folders:
    /// the next run puts the previous output back first, then replaces it as usual.
    @Test func theNextRunRestoresASetAsideOutputBeforeReplacingIt() throws {
        let parent = TestPaths.scratch()
        let dead = try Self.deadProcessID()
        try Self.output(parent + "/.out.smartcity-\(dead)\(OutputFolder.asideSuffix)", ["index.html": "previous", "opd/a.html": "a"])
        try FileSystem.writeAtomically("mine", to: parent + "/.out.smartcity-\(dead)\(OutputFolder.asideSuffix)/opd/notes.txt")
        // The restored folder holds a user's file: it is checked like any output and refused.
        #expect(throws: FileError.foreignEntries(parent + "/out", entries: ["opd/notes.txt"])) { try OutputFolder(parent + "/out", replacing: .everything) }
        try FileManager.default.removeItem(atPath: parent + "/out/opd/notes.txt")
        try Self.output(parent + "/out", ["index.html": "new"])
        #expect(try FileSystem.listAll(parent) == ["out"])
        #expect(try Self.snapshot(parent + "/out").keys.sorted() == [OutputManifest.fileName, "index.html"])
    }

    @Test func writesFromManyThreadsAllLand() throws {
        let out = TestPaths.scratch() + "/out"
        let folder = try OutputFolder(out, replacing: .everything)
        let failures = Array(0..<400).parallelMap { i -> FileError? in
            do throws(FileError) { try folder.write("page \(i)", at: "opd/\(i).html") } catch { return error }
            return nil
        }
        #expect(failures.allSatisfy { $0 == nil })
        let manifest = try folder.commit()
        #expect(manifest.files.count == 400)
        #expect(try FileSystem.list(out + "/opd").count == 400)
    }
}
