import Foundation
import Testing
@testable import SmartCityKit

/// Compares output with a file under `Golden/`. With `RECORD_GOLDEN=1` in the environment
/// the file is rewritten instead, and the test still fails, so a recording run can never be
/// mistaken for a passing one.
enum Golden {
    static func check(_ actual: String, against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let path = TestPaths.repo("Tests/SmartCityKitTests/Golden/" + name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileSystem.writeAtomically(actual, to: path)
            Issue.record("recorded \(name); run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
            return
        }
        guard let bytes = try? FileSystem.readBytes(path) else {
            Issue.record("golden file \(name) is missing; record it with RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: bytes, as: UTF8.self)
        if expected != actual {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = first < a.count ? String(a[first]) : "<end>"
            let want = first < e.count ? String(e[first]) : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)", sourceLocation: sourceLocation)
        }
    }
}
