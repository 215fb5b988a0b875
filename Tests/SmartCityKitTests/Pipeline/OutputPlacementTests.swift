import Foundation
import Testing
@testable import SmartCityKit

/// Outputs never land among the inputs, nor in a folder a person lives in.
@Suite struct OutputPlacementTests {
    /// A workspace whose catalogs and policy live outside it, as the Malang example's do.
    static func layout() throws -> (root: String, inputs: [(path: String, kind: OutputPlacement.InputKind)]) {
        let root = TestPaths.scratch()
        try FileSystem.writeAtomically("{\"format\": 1, \"policy\": \"../../policies/city.json\", \"indicators\": \"../../catalogs\"}",
                                       to: root + "/examples/city/workspace.json")
        try FileSystem.createDirectory(root + "/examples/city/assessments/2026-06")
        try FileSystem.createDirectory(root + "/catalogs")
        try FileSystem.createDirectory(root + "/policies")
        return (root, OutputPlacement.inputs(of: InputLocations(workspace: root + "/examples/city")))
    }

    @Test func theInputsAreTheWorkspaceTheCatalogsAndThePolicysFolder() throws {
        let (root, inputs) = try Self.layout()
        #expect(inputs.map(\.kind) == [.workspace, .catalogs, .policy])
        #expect(inputs.map(\.path) == [root + "/examples/city", root + "/catalogs", root + "/policies"])
    }

    @Test(arguments: [
        ("examples/city", "workspace"), ("examples/city/assessments", "workspace"), ("examples/city/assessments/2026-06", "workspace"),
        ("examples/city/new/deeper", "workspace"), ("catalogs", "catalogs"), ("catalogs/rules", "catalogs"), ("policies", "policy"),
        ("examples/city/../city/assessments", "workspace"),
    ])
    func anOutputAmongTheInputsIsRefused(relative: String, kind: String) throws {
        let (root, inputs) = try Self.layout()
        let out = root + "/" + relative
        guard case .insideInput(let p, _, let k)? = OutputPlacement.checkFolder(out, inputs: inputs) else {
            Issue.record("\(relative) accepted")
            return
        }
        #expect(p == out)
        #expect("\(k)" == kind)
        // A single output file there is refused too.
        #expect(OutputPlacement.checkFile(out + "/form.html", inputs: inputs) != nil)
    }

    @Test func aFolderHoldingAnInputIsRefused() throws {
        let (root, inputs) = try Self.layout()
        #expect(OutputPlacement.checkFolder(root + "/examples", inputs: inputs) == .holdsInput(root + "/examples", input: root + "/examples/city", kind: .workspace))
        #expect(OutputPlacement.checkFolder(root, inputs: inputs) == .holdsInput(root, input: root + "/examples/city", kind: .workspace))
    }

    @Test func aSymbolicLinkIntoTheInputsIsSeenThrough() throws {
        let (root, inputs) = try Self.layout()
        try FileManager.default.createSymbolicLink(atPath: root + "/shortcut", withDestinationPath: root + "/examples/city/assessments")
        #expect(OutputPlacement.checkFolder(root + "/shortcut", inputs: inputs) != nil)
        #expect(OutputPlacement.checkFolder(root + "/shortcut/out", inputs: inputs) != nil)
    }

    @Test func rootHomeEmptyAndTheCurrentFolderAreRefused() throws {
        let (_, inputs) = try Self.layout()
        #expect(OutputPlacement.checkFolder("", inputs: inputs) == .empty)
        #expect(OutputPlacement.checkFolder("  ", inputs: inputs) == .empty)
        #expect(OutputPlacement.checkFolder("/", inputs: inputs) == .root)
        #expect(OutputPlacement.checkFolder("/tmp/..", inputs: inputs) == .root)
        #expect(OutputPlacement.checkFile("", inputs: inputs) == .empty)
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, home != "/" {
            #expect(OutputPlacement.checkFolder(home, inputs: inputs) == .home(home))
            #expect(OutputPlacement.checkFolder(home + "/", inputs: inputs) == .home(home + "/"))
        }
        // Replacing the current folder would pull it from under the user's shell.
        #expect(OutputPlacement.checkFolder(".", inputs: inputs) == .currentFolder("."))
        #expect(OutputPlacement.checkFolder("..", inputs: inputs) == .currentFolder(".."))
    }

    @Test func aFolderOfItsOwnIsAccepted() throws {
        let (root, inputs) = try Self.layout()
        #expect(OutputPlacement.checkFolder(root + "/out", inputs: inputs) == nil)
        #expect(OutputPlacement.checkFolder(root + "/examples/out", inputs: inputs) == nil)
        #expect(OutputPlacement.checkFile(root + "/forms/dinkes.html", inputs: inputs) == nil)
        // A name that only starts like an input is not inside it.
        #expect(OutputPlacement.checkFolder(root + "/examples/city-out", inputs: inputs) == nil)
    }

    @Test func everyProblemReadsInBothLanguages() {
        let problems: [OutputPlacement.Problem] = [.empty, .root, .home("/home/u"), .currentFolder("."),
                                                   .insideInput("ws/x", input: "ws", kind: .workspace),
                                                   .holdsInput("..", input: "indicators", kind: .catalogs)]
        for problem in problems {
            #expect(problem.text(.id) != problem.text(.en))
            #expect(problem.text(.id).contains("--out") && problem.text(.en).contains("--out"))
        }
    }
}
