import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// Whole commands run in-process, as a user would type them.
@Suite struct CommandTests {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static let mini = repository + "/Tests/SmartCityKitTests/Fixtures/mini"

    static func scratch(_ name: String = #function) -> String {
        NSTemporaryDirectory() + "smartcity-cli-tests/\(name.filter(\.isLetter))-\(UUID().uuidString)"
    }

    @Test func scorePrintsTableAndSummary() {
        let outcome = SmartCityMain.run(["score", Self.mini])
        #expect(outcome.status == .ok)
        #expect(outcome.stdout.contains("Indeks kota: 2,30 — predikat Cukup"))
        #expect(outcome.stdout.contains("2 dari 3 OPD daring"))
        #expect(outcome.stderr.isEmpty)
    }

    /// `--lang` before the command is the same as after it, in both spellings, and a
    /// language the tool does not have is a usage error there too.
    @Test(arguments: [["--lang=en", "score"], ["--lang", "en", "score"]])
    func langBeforeTheCommand(_ prefix: [String]) {
        let outcome = SmartCityMain.run(prefix + [Self.mini])
        #expect(outcome.status == .ok, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("City index: 2.30 — predicate Fair"))
        #expect(SmartCityMain.run(["--lang", "fr", "score", Self.mini]).status == .usage)
    }

    @Test func englishWithLang() {
        let outcome = SmartCityMain.run(["score", Self.mini, "--lang", "en"])
        #expect(outcome.status == .ok)
        #expect(outcome.stdout.contains("City index: 2.30 — predicate Fair"))
        #expect(outcome.stdout.contains("2 of 3 OPD daring"))
    }

    @Test func csvAndJSONFormats() throws {
        let csv = SmartCityMain.run(["score", Self.mini, "--format", "csv", "--csv-sep", ";"])
        #expect(csv.status == .ok)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("2020-03;kominfo;Dinas Kominfo;2.57;Cukup"))
        let json = SmartCityMain.run(["score", Self.mini, "--format", "json"])
        let (root, diagnostics) = JSONReader.read(bytes: Array(json.stdout.utf8), file: "-")
        #expect(diagnostics.isEmpty)
        #expect(root?["schema"]?.stringValue == "smartcity.scores")
        #expect(root?["cityScore"]?["index"]?["published"]?.stringValue == "2.30")
        #expect(root?["cityScore"]?["index"]?["method"]?.stringValue == "mini-index")
    }

    @Test func runWritesEveryOutputAndTheSameBytesTwice() throws {
        let out = Self.scratch()
        let first = SmartCityMain.run(["run", Self.mini, "--out", out])
        #expect(first.status == .ok, "\(first.stderr)")
        let names = Pipeline.Output.allCases.map(\.rawValue)
        let bytes = try names.map { try FileSystem.readBytes(out + "/" + $0) }
        #expect(first.stdout.contains("ditulis: \(out)/scores.json"))
        let again = SmartCityMain.run(["run", Self.mini, "--out", out])
        #expect(again.status == .ok)
        #expect(try names.map { try FileSystem.readBytes(out + "/" + $0) } == bytes)
        // Excel opens the CSV as UTF-8 thanks to the BOM.
        #expect(Array(bytes[1].prefix(3)) == [0xEF, 0xBB, 0xBF])
        // No temporary files are left behind: the exports, the dashboard and the OPD pages.
        #expect(try FileSystem.list(out).sorted() == (names + ["index.html", "opd"]).sorted())
        #expect(try FileSystem.list(out + "/opd") == ["dinkes.html", "dinkes.md", "kominfo.html", "kominfo.md", "pasar.html", "pasar.md"])
    }

    /// A failure to write is exit status 3 with a plain message, not a data error.
    @Test func unwritableOutputIsExitThree() throws {
        let blocker = Self.scratch()
        try FileManager.default.createDirectory(atPath: (blocker as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileSystem.writeAtomically("x", to: blocker)
        let outcome = SmartCityMain.run(["run", Self.mini, "--out", blocker + "/out", "--lang", "en"])
        #expect(outcome.status == .writeError)
        #expect(outcome.stderr.contains("\"\(blocker)\" is not a folder"), "\(outcome.stderr)")
    }

    @Test func dataErrorsExitWithTwoAndNameTheFile() throws {
        let ws = Self.scratch() + "/ws"
        try FileManager.default.createDirectory(atPath: (ws as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.mini, toPath: ws)
        try FileSystem.writeAtomically("indicator,self\nI-02,6\nI-03,3\nI-04,2\nG-01,2\n", to: ws + "/assessments/2020-03/dinkes.csv")
        let outcome = SmartCityMain.run(["validate", ws])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("\(ws)/assessments/2020-03/dinkes.csv:2:6: galat[WS011]: kolom \"self\": tingkat \"6\" di luar rentang 1–5 untuk indikator I-02"))
        #expect(outcome.stderr.contains("    I-02,6\n         ^"))
        let en = SmartCityMain.run(["validate", ws, "--lang", "en"])
        #expect(en.stderr.contains("error[WS011]: column \"self\": level \"6\" is outside 1–5 for indicator I-02"))
        let out = Self.scratch()
        #expect(SmartCityMain.run(["run", ws, "--out", out]).status == .dataError)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test(arguments: [
        (["scroe", "x"], "scroe", "score"),
        (["score"], "DIR", nil),
        (["score", "x", "--formt", "csv"], "--formt", "--format"),
        (["score", "x", "--format", "xml"], "xml", nil),
        (["run", "x"], "--out", nil),
        (["score", "a", "b"], "\"b\"", nil),
        (["generate", "--opds", "0", "--out", "x"], "--opds", nil),
        (["score", "x", "--lang", "fr"], "fr", nil),
    ] as [([String], String, String?)])
    func usageErrorsExitWithOne(arguments: [String], mentions: String, suggestion: String?) {
        let outcome = SmartCityMain.run(arguments)
        #expect(outcome.status == .usage)
        #expect(outcome.stderr.contains(mentions), "\(outcome.stderr)")
        if let suggestion { #expect(outcome.stderr.contains("maksudnya \"\(suggestion)\"?"), "\(outcome.stderr)") }
        #expect(outcome.stdout.isEmpty)
    }

    @Test(arguments: CommandName.allCases)
    func everyCommandHasHelpInBothLanguages(_ command: CommandName) {
        let id = SmartCityMain.run([command.rawValue, "--help"])
        let en = SmartCityMain.run([command.rawValue, "--help", "--lang", "en"])
        #expect(id.status == .ok && en.status == .ok)
        #expect(id.stdout.hasPrefix("Penggunaan: smartcity \(command.rawValue)"))
        #expect(en.stdout.hasPrefix("Usage: smartcity \(command.rawValue)"))
        for option in command.syntax.options { #expect(en.stdout.contains(option.name)) }
    }

    @Test func overviewAndVersion() {
        #expect(SmartCityMain.run(["--help"]).stdout.contains("Perintah:"))
        #expect(SmartCityMain.run(["--help", "--lang", "en"]).stdout.contains("Commands:"))
        #expect(SmartCityMain.run([]).status == .usage)
        #expect(SmartCityMain.run(["--version"]).stdout == "smartcity \(SmartCityMain.version)\n")
    }

    /// The generator's workspace is valid, deterministic for a seed, and differs by seed.
    @Test func generateIsValidAndDeterministic() throws {
        let base = Self.scratch()
        let indicators = Self.repository + "/indicators"
        for (name, seed) in [("a", "7"), ("b", "7"), ("c", "8")] {
            let outcome = SmartCityMain.run(["generate", "--opds", "60", "--seed", seed, "--out", base + "/" + name, "--indicators", indicators])
            #expect(outcome.status == .ok, "\(outcome.stderr)")
        }
        let validate = SmartCityMain.run(["validate", base + "/a"])
        #expect(validate.status == .ok, "\(validate.stderr)")
        #expect(validate.stderr.isEmpty, "\(validate.stderr)")
        let file = "/assessments/2019-09/answers-0001.csv"
        let a = try FileSystem.readBytes(base + "/a" + file)
        #expect(a == (try FileSystem.readBytes(base + "/b" + file)))
        #expect(a != (try FileSystem.readBytes(base + "/c" + file)))
    }
}
