import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// The cases of issue 19 that crashed, went quadratic or slipped through, each on its own
/// copy of the Malang example (workspace, policy and catalogs), run through `validate`
/// in-process: a positioned error, exit status 2, nothing else.
@Suite struct HostileInputTests {
    enum Case: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case surveyRespondents, staffCount, staffTotal, trainingCost, teamCapacity, targetCount
        case periodFormat, workspaceFormat, answerFileFormat
        case nulInCell, escapeInCell, cityIDWithLineBreak, deviceNameID
        case folderForAnswerFile, folderForServicesFile, fileForServicesFolder, fileForRulesFolder
        case tenThousandDuplicateRows
        case escapeInJSONText, hugeJSONNumber, exponentJSONNumber, hugeFile, unknownEffortTeam

        var testDescription: String { rawValue }

        static let period = "examples/malang/assessments/2026-06"

        /// Changes the copy at `root`. JSON numbers of 19 digits and more (`Int.max`) are
        /// refused by the reader (`hugeJSONNumber`); the range checks get 18 nines.
        func apply(_ root: String) throws {
            let p = root + "/" + Self.period
            switch self {
            case .surveyRespondents:
                try write("opd,layanan,responden,manfaat,biaya\ndinkes,SIK,3000000000000000000,4,2\n", p + "/survey.csv")
            case .staffCount:
                try edit(root + "/examples/malang/opds.csv", "Sekretaris Daerah,8,", "Sekretaris Daerah,9223372036854775807,")
            case .staffTotal:
                try edit(root + "/examples/malang/opds.csv", "Sekretaris Daerah,8,18,12,142", "Sekretaris Daerah,8,18,12,9223372036854775807")
            case .trainingCost:
                try edit(root + "/indicators/training.json", #/"costPerParticipantDay": \d+/#, #""costPerParticipantDay": 999999999999999999"#)
            case .teamCapacity:
                try edit(root + "/roadmaps/malang.json", #/"capacity": \d+/#, #""capacity": 999999999999999999"#)
            case .targetCount:
                try edit(root + "/roadmaps/malang.json", #/"count": "all"/#, #""count": 999999999999999999"#)
            case .periodFormat:
                try edit(p + "/period.json", #/"format": \d+/#, #""format": 99"#)
            case .workspaceFormat:
                try edit(root + "/examples/malang/workspace.json", #/"format": \d+/#, #""format": 2"#)
            case .answerFileFormat:
                try FileManager.default.removeItem(atPath: p + "/dinkes.csv")
                try write(#"{"format": 7, "answers": [{"indicator": "PEMDI-04", "self": 3}]}"# + "\n", p + "/dinkes.json")
            case .nulInCell:
                try edit(root + "/examples/malang/opds.csv", "Sekretariat Daerah,", "Sekretariat\u{0}Daerah,")
            case .escapeInCell:
                try edit(p + "/dinkes.csv", "PEMDI-04,3", "PEMDI-04,\u{1B}[31m3")
            case .cityIDWithLineBreak:
                try edit(root + "/roadmaps/malang.json", #/"city": \{"id": "[^"]*"/#, #""city": {"id": "t1\r\nATTACH:http://evil/x""#)
            case .deviceNameID:
                try edit(root + "/examples/malang/opds.csv", "\nsetwan,", "\ncon,")
            case .folderForAnswerFile:
                try FileManager.default.removeItem(atPath: p + "/dinkes.csv")
                try FileManager.default.createDirectory(atPath: p + "/dinkes.csv", withIntermediateDirectories: false)
            case .folderForServicesFile:
                try FileManager.default.removeItem(atPath: p + "/services/dinkes.csv")
                try FileManager.default.createDirectory(atPath: p + "/services/dinkes.csv", withIntermediateDirectories: false)
            case .fileForServicesFolder:
                try FileManager.default.removeItem(atPath: p + "/services")
                try write("x", p + "/services")
            case .fileForRulesFolder:
                try write("x", root + "/examples/malang/rules")
            case .escapeInJSONText:
                try edit(root + "/roadmaps/malang.json", #/"Kota Malang"/#, #""Kota \u001b[2JMalang""#)
            case .hugeJSONNumber:
                try edit(root + "/roadmaps/malang.json", #/"monthsPerOPD": \d+/#, #""monthsPerOPD": 123456789012345678901234567890"#)
            case .exponentJSONNumber:
                try edit(root + "/roadmaps/malang.json", #/"monthsPerOPD": \d+/#, #""monthsPerOPD": 1e400"#)
            case .hugeFile:
                // Sparse: 300 MiB that take no disk.
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: p + "/dinkes.csv"))
                try handle.truncate(atOffset: 300 << 20)
                try handle.close()
            case .unknownEffortTeam:
                try edit(root + "/indicators/rules/pemdi-2026-actions.json", #/"resource": "kominfo-policy"/#, #""resource": "tim-hantu""#)
            case .tenThousandDuplicateRows:
                let lines = try String(contentsOfFile: p + "/dinkes.csv", encoding: .utf8).split(separator: "\n")
                try write(([String(lines[0])] + Array(repeating: String(lines[1]), count: 10_000)).joined(separator: "\n") + "\n", p + "/dinkes.csv")
            }
        }

        /// The code of the error and the position it must carry (`file:line[:column]`, the
        /// path's end).
        var expected: (code: String, at: String) {
            let p = Self.period
            switch self {
            case .surveyRespondents: return ("WS065", p + "/survey.csv:2:12")
            case .staffCount: return ("WS065", "examples/malang/opds.csv:2:57")
            case .staffTotal: return ("WS065", "examples/malang/opds.csv:2:65")
            case .trainingCost: return ("POL003", "indicators/training.json:")
            case .teamCapacity: return ("POL003", "roadmaps/malang.json:")
            case .targetCount: return ("POL003", "roadmaps/malang.json:")
            case .periodFormat: return ("CAT009", p + "/period.json:")
            case .workspaceFormat: return ("CAT009", "examples/malang/workspace.json:2:")
            case .answerFileFormat: return ("CAT009", p + "/dinkes.json:1:")
            case .nulInCell: return ("CSV006", "examples/malang/opds.csv:2:18")
            case .escapeInCell: return ("CSV006", p + "/dinkes.csv:2:10")
            case .cityIDWithLineBreak: return ("CAT042", "roadmaps/malang.json:")
            case .deviceNameID: return ("WS004", "examples/malang/opds.csv:3:1")
            case .folderForAnswerFile: return ("WS036", p + "/dinkes.csv")
            case .folderForServicesFile: return ("WS036", p + "/services/dinkes.csv")
            case .fileForServicesFolder: return ("WS036", p + "/services")
            case .fileForRulesFolder: return ("WS036", "examples/malang/rules")
            case .tenThousandDuplicateRows: return ("WS014", p + "/dinkes.csv:3")
            case .escapeInJSONText: return ("JSON009", "roadmaps/malang.json:")
            case .hugeJSONNumber, .exponentJSONNumber: return ("JSON010", "roadmaps/malang.json:")
            case .hugeFile: return ("WS036", p + "/dinkes.csv")
            case .unknownEffortTeam: return ("RMP002", "indicators/rules/pemdi-2026-actions.json:")
            }
        }

        private func write(_ text: String, _ path: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        private func edit(_ path: String, _ old: String, _ new: String) throws {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
            try write(text.replacingCharacters(in: range, with: new), path)
        }

        private func edit(_ path: String, _ pattern: Regex<Substring>, _ new: String) throws {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard let match = text.firstMatch(of: pattern) else { throw CocoaError(.fileReadCorruptFile) }
            try write(text.replacingCharacters(in: match.range, with: new), path)
        }
    }

    /// A copy of the example beside the catalogs and policy it names (relative paths kept).
    static func copy() throws -> String {
        let root = NSTemporaryDirectory() + "smartcity-tests/hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/examples", withIntermediateDirectories: true)
        for folder in ["examples/malang", "roadmaps", "indicators"] {
            try FileManager.default.copyItem(atPath: CommandTests.repository + "/" + folder, toPath: root + "/" + folder)
        }
        return root
    }

    @Test(arguments: Case.allCases)
    func isAPositionedDataError(_ hostile: Case) throws {
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try hostile.apply(root)
        let outcome = SmartCityMain.run(["validate", root + "/examples/malang", "--lang", "en"])
        #expect(outcome.status == .dataError, "\(outcome.stderr)")
        let expected = hostile.expected
        let line = outcome.stderr.split(separator: "\n").first { $0.contains("error[\(expected.code)]") }
        #expect(line?.contains("/" + expected.at) == true, "\(outcome.stderr.prefix(2000))")
        // Nothing raw reaches the terminal, and no message repeats a huge cell.
        #expect(!outcome.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(outcome.stderr.split(separator: "\n").allSatisfy { $0.count < 1_000 })
    }

    /// A message about a megabyte-long cell is cut, not repeated in full.
    @Test func aHugeCellIsCutInTheMessage() throws {
        let d = Diagnostic(.workspace(.notANumber(String(repeating: "9", count: 1_000_000))), at: Diagnostic.Location(file: "a.csv", line: 2, column: 3))
        let text = DiagnosticRenderer(language: .en).render(d)
        #expect(text.count < DiagnosticRenderer.longestMessage + 100)
        #expect(text.contains("…"))
    }

    /// Found by the CSV fuzzer (a 6 KB header line full of NULs took seconds to report): every
    /// finding on a long line quotes only its first 200 characters, cut before anything else
    /// is done with it, and the file's findings stop at 20.
    @Test func findingsOnAMegabyteLineQuoteItsStart() {
        let line = String(repeating: "a\u{0},", count: 300_000)
        let bytes = Array(("indikator,mandiri\n" + line + "\n").utf8)
        let (_, diagnostics) = CSVReader.read(bytes: bytes, file: "x.csv")
        #expect(diagnostics.filter { $0.code == "CSV006" }.count == CSVReader.controlCharacterReports)
        let text = DiagnosticRenderer(language: .en, sources: ["x.csv": String(decoding: bytes, as: UTF8.self)]).render(diagnostics)
        let quoted = text.split(separator: "\n").filter { $0.hasPrefix("    a") }
        #expect(quoted.count >= CSVReader.controlCharacterReports)  // and the too-many-fields finding
        #expect(quoted.allSatisfy { $0.hasSuffix("…") && $0.count < 4 + 200 * 3 })
    }

    /// A cell past `CSVReader.longestCell` is an error at its position; one at the limit is read.
    @Test func aCellPastTheLimitIsAnError() {
        let limit = CSVReader.longestCell
        let at = CSVReader.read(bytes: Array("a,b\nx,\(String(repeating: "9", count: limit))\n".utf8), file: "x.csv")
        #expect(at.diagnostics.isEmpty && at.table?.rows.count == 1)
        let past = CSVReader.read(bytes: Array("a,b\nx,\(String(repeating: "9", count: limit + 1))\n".utf8), file: "x.csv")
        #expect(past.diagnostics.map(\.code) == ["CSV007"])
        #expect(past.diagnostics.first?.location == Diagnostic.Location(file: "x.csv", line: 2, column: 3))
    }
}
