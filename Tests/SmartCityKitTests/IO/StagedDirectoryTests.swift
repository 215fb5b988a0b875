import Foundation
import Testing
@testable import SmartCityKit

/// A folder of pages is replaced whole or not at all.
@Suite struct StagedDirectoryTests {
    @Test func commitReplacesTheFolderAndDropsStalePages() throws {
        let out = TestPaths.scratch()
        let pages = out + "/opd"
        try FileSystem.writeAtomically("old", to: pages + "/gone.html")
        try FileSystem.writeAtomically("old", to: pages + "/kept.html")
        let folder = try StagedDirectory(pages)
        try folder.write(Array("new".utf8), name: "kept.html")
        try folder.write("# new\n", name: "kept.md")
        // Nothing changes until the commit.
        #expect(try FileSystem.list(pages) == ["gone.html", "kept.html"])
        try folder.commit()
        #expect(try FileSystem.list(pages) == ["kept.html", "kept.md"])
        #expect(try FileSystem.readBytes(pages + "/kept.html") == Array("new".utf8))
        // Neither the staging folder nor the old one is left behind (hidden names included).
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["opd"])
    }

    @Test func aFailedWriteLeavesTheOldFolderAsItWas() throws {
        let out = TestPaths.scratch()
        let pages = out + "/opd"
        try FileSystem.writeAtomically("old", to: pages + "/a.html")
        let folder = try StagedDirectory(pages)
        try folder.write("new", name: "a.html")
        // A name inside a missing subfolder cannot be created: the write fails, naming the final path.
        #expect(throws: FileError.self) { try folder.write("x", name: "missing/b.html") }
        do {
            try folder.write("x", name: "missing/b.html")
        } catch {
            #expect(error.path == pages + "/missing/b.html")
        }
        folder.abandon()
        #expect(try FileSystem.readBytes(pages + "/a.html") == Array("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["opd"])
    }

    @Test func aFileInTheWayIsNotAFolder() throws {
        let out = TestPaths.scratch()
        try FileSystem.writeAtomically("x", to: out + "/opd")
        #expect(throws: FileError.notADirectory(out + "/opd")) { try StagedDirectory(out + "/opd") }
    }

    @Test func aNewFolderIsCreatedOnCommit() throws {
        let out = TestPaths.scratch() + "/fresh/out"
        let folder = try StagedDirectory(out + "/opd")
        try folder.write("p", name: "p.md")
        try folder.commit()
        #expect(try FileSystem.list(out + "/opd") == ["p.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["opd"])
    }
}
