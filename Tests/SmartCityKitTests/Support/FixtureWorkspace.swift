import Foundation
@testable import SmartCityKit

/// A copy of the `mini` fixture workspace in a scratch folder, with some files replaced,
/// for tests that feed the pipeline one broken input each.
struct FixtureWorkspace {
    let root: String

    /// Copies `Fixtures/mini` and applies `edits` (relative path → new content; nil deletes).
    init(_ edits: [String: String?] = [:], name: String = #function) throws {
        root = TestPaths.scratch(name) + "/mini"
        try FileManager.default.copyItem(atPath: TestPaths.fixture("mini"), toPath: root)
        for (path, content) in edits {
            let full = FileSystem.join(root, path)
            if let content {
                try FileSystem.writeAtomically(content, to: full)
            } else {
                try FileManager.default.removeItem(atPath: full)
            }
        }
    }

    func path(_ relative: String) -> String { FileSystem.join(root, relative) }

    var locations: InputLocations { InputLocations(workspace: root) }

    /// The text of a fixture file, for edits that change one line of it.
    static func original(_ relative: String) throws -> String {
        String(decoding: try FileSystem.readBytes(TestPaths.fixture("mini/" + relative)), as: UTF8.self)
    }
}
