import Foundation
@testable import SmartCityKit

/// A copy of the Malang workspace whose 2026-06 period (Indeks Pemdi 2026) holds the worked
/// example's evidence files (`Fixtures/pemdi-worked`), each passed through `edit` (file name,
/// text → text).
enum PemdiWorkspace {
    static func make(_ name: String = #function, edit: (String, String) -> String = { $1 }) throws -> InputLocations {
        let root = TestPaths.scratch(name) + "/malang"
        try FileManager.default.copyItem(atPath: TestPaths.repo("examples/malang"), toPath: root)
        let repository = TestPaths.repository
        try FileSystem.writeAtomically("{\"format\": 1, \"policy\": \"\(repository)/roadmaps/malang.json\", \"indicators\": \"\(repository)/indicators\"}\n",
                                       to: root + "/workspace.json")
        for file in PeriodEvidence.files {
            let text = String(decoding: try FileSystem.readBytes(TestPaths.fixture("pemdi-worked/" + file)), as: UTF8.self)
            try FileSystem.writeAtomically(edit(file, text), to: root + "/assessments/2026-06/" + file)
        }
        return InputLocations(workspace: root)
    }
}
