import Foundation
@testable import SmartCityKit

/// Paths of the repository and of per-test scratch folders.
///
/// Tests run in parallel, so each one that writes gets a folder of its own.
enum TestPaths {
    /// The repository root, found from this file's path (`Tests/SmartCityKitTests/Support/`).
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func repo(_ relative: String) -> String { FileSystem.join(repository, relative) }

    static func fixture(_ relative: String) -> String { repo("Tests/SmartCityKitTests/Fixtures/" + relative) }

    /// A new empty folder under the system's temporary folder.
    static func scratch(_ name: String = #function) -> String {
        let clean = name.filter { $0.isLetter || $0.isNumber }
        let path = NSTemporaryDirectory() + "smartcity-tests/\(clean)-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
