import Foundation
import Testing
@testable import SmartCityKit

/// The seams of docs/architecture.md, checked on the sources: only `IO/` touches the file
/// system, and only the stages that load and write (`Pipeline/`) ask it to; every other stage
/// parses bytes it is handed and returns values.
@Suite struct LayeringTests {
    /// `FileSystem` members that only compute with path text.
    static let pathAlgebra: Set<String> = ["join", "split", "normalized", "relative", "path"]
    /// Foundation and C calls that reach the file system.
    static let fileSystemCalls = ["FileManager", "FileHandle", "contentsOfFile", "Data(contentsOf", "fopen(", "opendir(", "realpath("]

    static func sources(under folder: String) -> [(path: String, text: String)] {
        let root = TestPaths.repo(folder)
        let names = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        return names.compactMap { name in (try? String(contentsOfFile: root + "/" + name, encoding: .utf8)).map { (folder + "/" + name, $0) } }
    }

    /// The `FileSystem.x` and Foundation file calls a source makes, as "line: call".
    static func fileSystemUses(_ text: String, allowingFileSystem: Bool) -> [String] {
        var uses: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            for call in fileSystemCalls where code.contains(call) { uses.append("\(number + 1): \(call)") }
            guard !allowingFileSystem else { continue }
            var rest = Substring(code)
            while let range = rest.range(of: "FileSystem.") {
                let member = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
                if !pathAlgebra.contains(String(member)) { uses.append("\(number + 1): FileSystem.\(member)") }
                rest = rest[range.upperBound...]
            }
        }
        return uses
    }

    @Test func onlyIOTouchesTheFileSystem() {
        let files = Self.sources(under: "Sources")
        #expect(files.count > 100)
        var offenders: [String] = []
        for (path, text) in files where !path.hasPrefix("Sources/SmartCityKit/IO/") {
            let loadsOrWrites = path.hasPrefix("Sources/SmartCityKit/Pipeline/")
            offenders += Self.fileSystemUses(text, allowingFileSystem: loadsOrWrites).map { "\(path):\($0)" }
        }
        #expect(offenders == [])
    }

    /// The check itself finds what it is meant to find.
    @Test func theCheckSeesAFileRead() {
        #expect(Self.fileSystemUses("let b = try FileSystem.readBytes(p)", allowingFileSystem: false) == ["1: FileSystem.readBytes"])
        #expect(Self.fileSystemUses("let p = FileSystem.join(a, b)", allowingFileSystem: false) == [])
        #expect(Self.fileSystemUses("x\nFileManager.default.fileExists(atPath: p)", allowingFileSystem: true) == ["2: FileManager"])
        #expect(Self.fileSystemUses("// FileSystem.readBytes is IO's", allowingFileSystem: false) == [])
    }
}
