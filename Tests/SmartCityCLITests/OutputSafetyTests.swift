import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// Every command that writes keeps its outputs apart from the inputs and never replaces or
/// removes what the user has.
@Suite struct OutputSafetyTests {
    /// A copy of the `mini` workspace in a scratch folder (its catalogs and policy inside).
    static func workspace(_ name: String = #function) throws -> String {
        let ws = CommandTests.scratch(name) + "/ws"
        try FileManager.default.createDirectory(atPath: (ws as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CommandTests.mini, toPath: ws)
        return ws
    }

    /// Every entry below `folder` (hidden ones included) with its bytes.
    static func snapshot(_ folder: String) throws -> [String: [UInt8]?] {
        var entries: [String: [UInt8]?] = [:]
        for (path, kind) in try FileSystem.walk(folder) {
            entries[path] = kind == .file ? try FileSystem.readBytes(FileSystem.join(folder, path)) : nil
        }
        return entries
    }

    @Test(arguments: ["", "assessments", "assessments/2020-03", "indicators", "opd", "../ws/assessments/../assessments"])
    func runRefusesAnOutputAmongTheInputs(relative: String) throws {
        let ws = try Self.workspace()
        let before = try Self.snapshot(ws)
        let outcome = SmartCityMain.run(["run", ws, "--out", relative.isEmpty ? ws : ws + "/" + relative, "--lang", "en"])
        #expect(outcome.status == .usage)
        #expect(outcome.stderr.contains("outputs must not mix with the inputs"), "\(outcome.stderr)")
        #expect(try Self.snapshot(ws) == before)
    }

    @Test func runRefusesAFolderHoldingTheWorkspaceTheRootAndAnEmptyPath() throws {
        let ws = try Self.workspace()
        let parent = (ws as NSString).deletingLastPathComponent
        let holds = SmartCityMain.run(["run", ws, "--out", parent, "--lang", "en"])
        #expect(holds.status == .usage)
        #expect(holds.stderr.contains("holds the workspace"), "\(holds.stderr)")
        #expect(SmartCityMain.run(["run", ws, "--out", ""]).status == .usage)
        #expect(SmartCityMain.run(["run", ws, "--out", "/"]).status == .usage)
        #expect(SmartCityMain.run(["run", ws, "--out", "."]).status == .usage)
        #expect(try FileSystem.listAll(parent) == ["ws"])
    }

    @Test func everyCommandThatWritesIsGuarded() throws {
        let ws = try Self.workspace()
        let before = try Self.snapshot(ws)
        let malang = CommandTests.repository + "/examples/malang"
        let commands: [[String]] = [
            ["form", ws, "--opd", "dinkes", "--out", ws + "/assessments/2020-03/dinkes-form.html"],
            ["form", ws, "--all", "--out", ws + "/forms"],
            ["form", ws, "--all", "--out", "/"],
            ["roadmap", malang, "--out", malang + "/assessments"],
            ["roadmap", malang, "--out", CommandTests.repository + "/roadmaps"],
            ["bimtek", malang, "--out", CommandTests.repository + "/indicators"],
            ["generate", "--opds", "3", "--indicators", ws + "/indicators", "--out", ws + "/indicators/generated"],
        ]
        for arguments in commands {
            let outcome = SmartCityMain.run(arguments)
            #expect(outcome.status == .usage, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains("--out"), "\(arguments)")
        }
        #expect(try Self.snapshot(ws) == before)
        #expect(!FileSystem.exists(malang + "/assessments/roadmap"))
        #expect(!FileSystem.exists(CommandTests.repository + "/indicators/bimtek"))
    }

    @Test func aUsersFileInOpdSurvivesAReRun() throws {
        let ws = try Self.workspace()
        let out = (ws as NSString).deletingLastPathComponent + "/out"
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .ok)
        try FileSystem.writeAtomically("catatan rapat", to: out + "/opd/notes.txt")
        let before = try Self.snapshot(out)
        let again = SmartCityMain.run(["run", ws, "--out", out, "--lang", "en"])
        #expect(again.status == .writeError)
        #expect(again.stderr.contains("\(out)/opd/notes.txt"), "\(again.stderr)")
        #expect(!again.stdout.contains("written:"))
        #expect(try Self.snapshot(out) == before)
        // Once the user moves it away, the re-run goes through.
        try FileManager.default.removeItem(atPath: out + "/opd/notes.txt")
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .ok)
    }

    @Test func aUsersFolderNamedLikeOursIsNeverReplaced() throws {
        let ws = try Self.workspace()
        let parent = (ws as NSString).deletingLastPathComponent
        // A user's folder with an `opd/` of its own and no manifest.
        try FileSystem.writeAtomically("mine", to: parent + "/user/opd/notes.txt")
        let refused = SmartCityMain.run(["run", ws, "--out", parent + "/user", "--lang", "en"])
        #expect(refused.status == .writeError)
        #expect(refused.stderr.contains("smartcity did not write"), "\(refused.stderr)")
        #expect(try Self.snapshot(parent + "/user") == ["opd/": nil, "opd/notes.txt": Array("mine".utf8)])
        // A file named `roadmap` (or any other name) put into an output folder of ours.
        let out = parent + "/out"
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .ok)
        try FileSystem.writeAtomically("x", to: out + "/roadmap")
        let before = try Self.snapshot(out)
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .writeError)
        #expect(try Self.snapshot(out) == before)
    }

    @Test func aReRunDropsThePagesOfARemovedOPDAndKeepsTheManifestTrue() throws {
        let ws = try Self.workspace()
        let out = (ws as NSString).deletingLastPathComponent + "/out"
        #expect(SmartCityMain.run(["run", ws, "--out", out, "--lang", "id,en"]).status == .ok)
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .ok)
        let manifest = try #require(try OutputManifest.read(folder: out))
        let present = try FileSystem.walk(out).map(\.path).filter { $0 != OutputManifest.fileName }
        #expect(Set(manifest.entries) == Set(present))
        #expect(!present.contains("index.en.html") && !present.contains("opd/dinkes.en.html"))
    }

    @Test func aFormFileReplacesOnlyAnEarlierForm() throws {
        let ws = try Self.workspace()
        let parent = (ws as NSString).deletingLastPathComponent
        let file = parent + "/dinkes.html"
        #expect(SmartCityMain.run(["form", ws, "--opd", "dinkes", "--out", file]).status == .ok)
        #expect(SmartCityMain.run(["form", ws, "--opd", "dinkes", "--out", file, "--assessor"]).status == .ok)
        try FileSystem.writeAtomically("<html>my own page</html>", to: parent + "/mine.html")
        let refused = SmartCityMain.run(["form", ws, "--opd", "dinkes", "--out", parent + "/mine.html", "--lang", "en"])
        #expect(refused.status == .writeError)
        #expect(refused.stderr.contains("is not a file smartcity wrote"), "\(refused.stderr)")
        #expect(try FileSystem.readBytes(parent + "/mine.html") == Array("<html>my own page</html>".utf8))
    }

    @Test func selfAndAssessorFormsShareAFolder() throws {
        let ws = try Self.workspace()
        let forms = (ws as NSString).deletingLastPathComponent + "/forms"
        #expect(SmartCityMain.run(["form", ws, "--all", "--out", forms]).status == .ok)
        #expect(SmartCityMain.run(["form", ws, "--all", "--assessor", "--out", forms]).status == .ok)
        #expect(SmartCityMain.run(["form", ws, "--all", "--out", forms]).status == .ok)
        #expect(try FileSystem.list(forms) == ["dinkes-asesor.html", "dinkes.html", "kominfo-asesor.html", "kominfo.html",
                                                "pasar-asesor.html", "pasar.html"])
    }

    /// `roadmap --out` into a run's output replaces `roadmap/` and keeps the rest.
    @Test func aRoadmapIntoARunsOutputKeepsTheRest() throws {
        let ws = try Self.workspace()
        let out = (ws as NSString).deletingLastPathComponent + "/out"
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .ok)
        let run = try Self.snapshot(out)
        let malang = CommandTests.repository + "/examples/malang"
        let outcome = SmartCityMain.run(["roadmap", malang, "--period", "2020-03", "--schedules", "50", "--out", out])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        let after = try Self.snapshot(out)
        for (path, bytes) in run where path != OutputManifest.fileName { #expect(after[path] == bytes, "\(path)") }
        #expect(after["roadmap/roadmap.json"] != nil)
        #expect(try OutputManifest.read(folder: out)?.entries.contains("roadmap/roadmap.ics") == true)
    }

    @Test func generateWritesAFolderOfItsOwn() throws {
        let parent = (try Self.workspace() as NSString).deletingLastPathComponent
        let indicators = CommandTests.repository + "/indicators"
        try FileSystem.writeAtomically("mine", to: parent + "/used/opds.csv")
        let refused = SmartCityMain.run(["generate", "--opds", "2", "--indicators", indicators, "--out", parent + "/used"])
        #expect(refused.status == .writeError)
        #expect(try FileSystem.readBytes(parent + "/used/opds.csv") == Array("mine".utf8))
        #expect(SmartCityMain.run(["generate", "--opds", "2", "--indicators", indicators, "--out", parent + "/gen"]).status == .ok)
        #expect(SmartCityMain.run(["generate", "--opds", "3", "--indicators", indicators, "--out", parent + "/gen"]).status == .ok)
        #expect(SmartCityMain.run(["validate", parent + "/gen"]).status == .ok)
    }
}
