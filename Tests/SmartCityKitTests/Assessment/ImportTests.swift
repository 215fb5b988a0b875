import Foundation
import Testing
@testable import SmartCityKit

/// `import`: exported answer and service files merged into the `mini` fixture's period, with
/// every change in `audit.log`, all or nothing.
@Suite struct ImportTests {
    /// A fixture copy plus a folder of files to import, named as given.
    struct Scenario {
        let workspace: FixtureWorkspace
        let exports: String

        init(_ files: [String: String], edits: [String: String?] = [:], name: String = #function) throws {
            workspace = try FixtureWorkspace(edits, name: name)
            exports = workspace.root + "-export"
            for (file, text) in files { try FileSystem.writeAtomically(text, to: FileSystem.join(exports, file)) }
        }

        func file(_ name: String) -> String { FileSystem.join(exports, name) }

        func run(_ names: [String], period: String? = nil, by: String? = "Rina (asesor)", at: String? = "2020-04-02", force: Bool = false,
                 failingAt failure: FileTransaction.FailurePoint? = nil) -> ImportResult {
            let options = ImportOptions(files: names.map(file), periodID: period, by: by, at: at.flatMap(CalendarDate.init(iso:)), force: force)
            return Pipeline.importAssessments(workspace.locations, options: options, failingAt: failure)
        }

        func text(_ relative: String) throws -> String {
            String(decoding: try FileSystem.readBytes(workspace.path(relative)), as: UTF8.self)
        }

        /// Every file under the workspace, hidden ones included, with its bytes.
        func snapshot() -> [String: [UInt8]] {
            var out: [String: [UInt8]] = [:]
            let root = workspace.root
            guard let walker = FileManager.default.enumerator(atPath: root) else { return out }
            while let relative = walker.nextObject() as? String {
                let path = FileSystem.join(root, relative)
                out[relative] = FileSystem.isDirectory(path) ? [] : (try? FileSystem.readBytes(path)) ?? [0xFF]
            }
            return out
        }
    }

    static func render(_ diagnostics: [Diagnostic]) -> String { DiagnosticRenderer(language: .en).render(diagnostics) }

    @Test func mergesAnswersAndServicesAndAppendsTheAuditLog() throws {
        let scenario = try Scenario([
            "dinkes.csv": "indikator,mandiri,verifikasi,bukti dukung,catatan\nI-02,3,,SK 5/2020,\nI-03,3,3,,\nE-01,2,,,\n",
            "layanan.csv": "opd,layanan,tahap,pengguna per tahun,oleh,tanggal\ndinkes,Rujukan,2,1200,Budi,2020-04-01\ndinkes,Antrean daring,3,,,\n",
        ], name: "merge")
        // E-01 (economy) is not dinkes's to answer: the whole import is refused first.
        let refused = scenario.run(["dinkes.csv", "layanan.csv"])
        #expect(refused.diagnostics.map(\.code) == ["WS043"], "\(Self.render(refused.diagnostics))")
        try FileSystem.writeAtomically("indikator,mandiri,verifikasi,bukti dukung,catatan\nI-02,3,,SK 5/2020,\nI-03,3,3,,\n", to: scenario.file("dinkes.csv"))
        let result = scenario.run(["dinkes.csv", "layanan.csv"])
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(result.period == "2020-03")
        // I-03 already says 3/3: no change. The row's own "oleh"/"tanggal" win over the options.
        #expect(result.changes.map { "\($0.opd) \($0.subject) \($0.field.rawValue) \($0.old)→\($0.new) \($0.by) \($0.at)" } == [
            "dinkes indicator(\"I-02\") self 2→3 Rina (asesor) 2020-04-02",
            "dinkes indicator(\"I-02\") evidence →SK 5/2020 Rina (asesor) 2020-04-02",
            "dinkes service(\"Rujukan\") stage 0→2 Budi 2020-04-01",
            "dinkes service(\"Rujukan\") usersPerYear →1200 Budi 2020-04-01",
            "dinkes service(\"Antrean daring\") stage →3 Rina (asesor) 2020-04-02",
        ])
        #expect(try scenario.text("assessments/2020-03/dinkes.csv") == "indicator,self,verified,evidence,note\nI-02,3,,SK 5/2020,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\n")
        #expect(try scenario.text("assessments/2020-03/services/dinkes.csv") == "layanan,tahap,pengguna per tahun\nJadwal vaksinasi,1\nIzin praktik,3\nRujukan,2,1200\nAntrean daring,3,\n")
        #expect(result.written.map { $0.replacingOccurrences(of: scenario.workspace.root + "/", with: "") }
                == ["assessments/2020-03/dinkes.csv", "assessments/2020-03/services/dinkes.csv", "audit.log"])
        // The log reads back as exactly the changes made, one line each.
        let log = try scenario.text("audit.log")
        #expect(log.split(separator: "\n").count == 5)
        #expect(log.hasPrefix(#"{"format":1,"at":"2020-04-02","by":"Rina (asesor)","period":"2020-03","opd":"dinkes","indicator":"I-02","field":"self","old":"2","new":"3","source":""#))
        let (entries, logDiagnostics) = AuditLog.read(bytes: Array(log.utf8), file: "audit.log")
        #expect(logDiagnostics.isEmpty)
        #expect(entries.map { var e = $0; e.line = 0; return e } == result.changes)
        // The workspace still validates, and importing the same files again changes nothing.
        #expect(!Pipeline.validate(scenario.workspace.locations).diagnostics.hasErrors)
        let before = scenario.snapshot()
        let again = scenario.run(["dinkes.csv", "layanan.csv"])
        #expect(again.changes.isEmpty && again.written.isEmpty && !again.diagnostics.hasErrors)
        #expect(scenario.snapshot() == before)
    }

    /// The assessor's verified level is replaced only with `force`, and the log says so.
    @Test func verifiedConflictNeedsForce() throws {
        let scenario = try Scenario(["dinkes.csv": "indicator,self,verified,note\nI-04,4,3,dicek ulang\n"], name: "conflict")
        let before = scenario.snapshot()
        let refused = scenario.run(["dinkes.csv"])
        let d = try #require(refused.diagnostics.first)
        #expect(refused.diagnostics.count == 1)
        #expect(d.code == "WS044")
        #expect(d.message == .workspace(.verifiedConflict(opd: "dinkes", indicator: "I-04", old: "2", new: "3")))
        #expect(d.location?.file == scenario.file("dinkes.csv") && d.location?.line == 2 && d.location?.column == 8)
        #expect(scenario.snapshot() == before)
        let forced = scenario.run(["dinkes.csv"], force: true)
        #expect(!forced.diagnostics.hasErrors)
        #expect(forced.changes.map { "\($0.field.rawValue) \($0.old)→\($0.new) \($0.forced)" } == ["verified 2→3 true", "note →dicek ulang false"])
        #expect(try scenario.text("audit.log").contains(#""field":"verified","old":"2","new":"3","reason":"dicek ulang","forced":true"#))
        #expect(try scenario.text("assessments/2020-03/dinkes.csv").contains("I-04,4,3,,dicek ulang\n"))
    }

    /// Each broken file is reported at its file, line and column, and nothing is written.
    @Test(arguments: [
        ("hand-edited quote", "dinkes.csv", "indicator,self\nI-02,\"3\nI-03,2\n", "CSV001", 2, 6),
        ("hand-edited extra cells", "dinkes.csv", "indicator,self,note\nI-02,3,,oops\n", "CSV003", 2, 9),
        ("no indicator column", "dinkes.csv", "indikatr,mandiri\nI-02,3\n", "WS001", 1, 1),
        ("file named after no OPD", "dinas-x.csv", "indicator,self\nI-02,3\n", "WS035", 1, 1),
        ("unknown OPD in the opd column", "fgd.csv", "opd,indicator,self\ndinkess,I-02,3\n", "WS005", 2, 1),
        ("opd column against the file name", "dinkes.csv", "opd,indicator,self\npasar,I-02,3\n", "WS042", 2, 1),
        ("indicator of another OPD", "kominfo.csv", "indicator,self\nI-04,3\n", "WS043", 2, 1),
        ("unknown indicator", "dinkes.csv", "indicator,self\nI-09,3\n", "WS010", 2, 1),
        ("duplicated row", "dinkes.csv", "indicator,self\nI-02,3\ni-2,4\n", "WS014", 3, 1),
        ("level out of range", "dinkes.csv", "indicator,self,verified\nI-02,3,6\n", "WS011", 2, 8),
        ("not a level", "dinkes.csv", "indicator,self\nI-02,tiga\n", "WS012", 2, 6),
        ("stage out of range", "dinkes.csv", "layanan,tahap\nRujukan,9\n", "WS020", 2, 9),
        ("bad date", "dinkes.csv", "indicator,self,tanggal\nI-02,3,2020-13-01\n", "WS047", 2, 8),
        ("not CSV", "dinkes.xlsx", "PK", "WS041", nil, nil),
    ] as [(String, String, String, String, Int?, Int?)])
    func badFilesArePositionedAndNothingIsWritten(_ label: String, _ name: String, _ text: String, _ code: String, _ line: Int?, _ column: Int?) throws {
        let scenario = try Scenario([name: text], name: label)
        let before = scenario.snapshot()
        let result = scenario.run([name])
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == [code], "\(label): \(Self.render(result.diagnostics))")
        #expect(errors.first?.location?.file == scenario.file(name))
        #expect(errors.first?.location?.line == line, "\(label)")
        #expect(errors.first?.location?.column == column, "\(label)")
        #expect(result.changes.isEmpty && result.written.isEmpty)
        #expect(scenario.snapshot() == before, "\(label)")
    }

    /// Problems in several files come back together, good files notwithstanding.
    @Test func everyFileIsCheckedBeforeAnythingIsWritten() throws {
        let scenario = try Scenario([
            "kominfo.csv": "indicator,self\nI-02,5\n",
            "dinkes.csv": "indicator,self\nI-02,6\n",
            "pasar.csv": "indicator,self\nI-02,2\nI-02,3\n",
        ], name: "all-at-once")
        let before = scenario.snapshot()
        let result = scenario.run(["kominfo.csv", "dinkes.csv", "pasar.csv"])
        #expect(result.diagnostics.filter(\.isError).map(\.code).sorted() == ["WS011", "WS014"])
        #expect(scenario.snapshot() == before)
    }

    /// Who and when: from the options, else the row's columns; an error when neither says.
    @Test func whoAndWhenAreRequired() throws {
        let scenario = try Scenario([
            "dinkes.csv": "indicator,self\nI-02,3\n",
            "pasar.csv": "indicator,self,oleh,tanggal\nI-02,2,,2020-04-01\nI-04,4,Ani,\n",
        ], name: "who-when")
        let result = scenario.run(["dinkes.csv", "pasar.csv"], by: nil, at: nil)
        let found = result.diagnostics.map { "\($0.code) \($0.location?.file.split(separator: "/").last ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? 0)" }
        #expect(found.sorted() == ["WS045 dinkes.csv:1:1", "WS045 pasar.csv:2:8", "WS046 dinkes.csv:1:1", "WS046 pasar.csv:3:12"])
        #expect(result.written.isEmpty)
        // An unchanged row needs neither.
        let unchanged = try Scenario(["dinkes.csv": "indicator,self\nI-02,2\n"], name: "who-when-unchanged")
        #expect(unchanged.run(["dinkes.csv"], by: nil, at: nil).diagnostics.isEmpty)
    }

    /// A failure while staging or halfway through the renames leaves every byte as it was,
    /// `audit.log` included, and no temporary or backup file behind.
    @Test(arguments: [FileTransaction.FailurePoint.staging(1), .renaming(1), .renaming(2)])
    func failureMidwayLeavesTheWorkspaceAsItWas(_ failure: FileTransaction.FailurePoint) throws {
        let scenario = try Scenario([
            "kominfo.csv": "indicator,self\nI-02,5\n",
            "dinkes.csv": "indicator,self\nI-02,4\n",
        ], edits: ["audit.log": "{\"earlier\": true}\n"], name: "failure")
        let before = scenario.snapshot()
        let result = scenario.run(["kominfo.csv", "dinkes.csv"], failingAt: failure)
        #expect(result.writeFailure != nil)
        #expect(result.changes.isEmpty && result.written.isEmpty)
        #expect(scenario.snapshot() == before)
        // Without the failure the same import goes through.
        #expect(scenario.run(["kominfo.csv", "dinkes.csv"]).written.count == 3)
    }

    /// A new period name makes the period; files are written in the workspace's usual form.
    @Test func importIntoANewPeriod() throws {
        let scenario = try Scenario(["pasar.csv": "indicator,self,note\nI-02,2,\nI-03,TB,bukan urusan UPT\n"], name: "new-period")
        let result = scenario.run(["pasar.csv"], period: "2020-09")
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(try scenario.text("assessments/2020-09/pasar.csv")
                == "\u{FEFF}indikator,mandiri,verifikasi,bukti dukung,catatan\r\nI-02,2,,,\r\nI-03,TB,,,bukan urusan UPT\r\n")
        #expect(Pipeline.validate(scenario.workspace.locations).periods == ["2020-03", "2020-09"])
        #expect(scenario.run(["pasar.csv"], period: "2020-9").diagnostics.map(\.code) == ["WS030"])
    }

    /// Only the edited row is rewritten: BOM, `;`, CRLF, quoting and unknown columns stay; a
    /// missing column is added when a value goes into it.
    @Test func untouchedBytesStayAsTheyWere() throws {
        let original = "\u{FEFF}indikator;mandiri;keterangan lain;catatan\r\nI-02;2;\"a;b\";\r\nI-03;3;x;\"baris\r\ndua\"\r\n\r\nI-04;4;;\r\nG-01;2;;\r\n"
        let scenario = try Scenario(["dinkes.csv": "indicator,self,verified\nI-03,3,3\nI-04,5,\n"],
                                    edits: ["assessments/2020-03/dinkes.csv": original], name: "bytes")
        let result = scenario.run(["dinkes.csv"])
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(try scenario.text("assessments/2020-03/dinkes.csv")
                == "\u{FEFF}indikator;mandiri;keterangan lain;catatan;verifikasi\r\nI-02;2;\"a;b\";\r\nI-03;3;x;\"baris\ndua\";3\r\n\r\nI-04;5;;;\r\nG-01;2;;\r\n")
    }

    /// Answers kept in a JSON file are not split into a second file.
    @Test func answersKeptElsewhereAreRefused() throws {
        let json = #"{"format": 1, "opd": "dinkes", "answers": [{"indicator": "I-02", "self": 2}, {"indicator": "I-03", "self": 3}, {"indicator": "I-04", "self": 4}, {"indicator": "G-01", "self": 2}]}"#
        let scenario = try Scenario(["dinkes.csv": "indicator,self\nI-02,3\n"],
                                    edits: ["assessments/2020-03/dinkes.csv": nil, "assessments/2020-03/dinkes.json": json], name: "elsewhere")
        let result = scenario.run(["dinkes.csv"])
        #expect(result.diagnostics.map(\.code) == ["WS048"], "\(Self.render(result.diagnostics))")
        #expect(result.diagnostics.first?.location?.line == 2)
    }

    /// A JSON export may carry answers and services together; its `opd` names the OPD.
    @Test func jsonFilesCarryAnswersAndServices() throws {
        let json = #"{"format": 1, "opd": "pasar", "answers": [{"indicator": "I-02", "self": 2}], "services": [{"service": "sewa kios", "stage": 4}]}"#
        let scenario = try Scenario(["ekspor-pasar.json": json], name: "json")
        let result = scenario.run(["ekspor-pasar.json"])
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(result.changes.map { "\($0.subject) \($0.field.rawValue) \($0.old)→\($0.new)" }
                == ["indicator(\"I-02\") self 1→2", "service(\"Sewa kios\") stage 3→4"])
        #expect(try scenario.text("assessments/2020-03/services/pasar.csv") == "layanan,tahap\nSewa kios,4\nRetribusi,2\n")
    }

    @Test func auditLogReadsBackAndPointsAtBadLines() throws {
        let entry = AuditEntry(at: CalendarDate(year: 2020, month: 4, day: 2)!, by: "Rina \"R\"\tA", period: "2020-03", opd: "dinkes",
                               subject: .service("Rujukan"), field: .stage, old: "", new: "3", reason: "baris\nbaru", forced: false, source: "x.csv:2")
        let line = AuditLog.line(entry)
        #expect(line.hasSuffix("}\n") && line.dropLast().allSatisfy { $0 != "\n" })
        let log = line + "\n{\"format\": 1, \"at\": \"2020-02-30\"}\nnot json\n" + line
        let (entries, diagnostics) = AuditLog.read(bytes: Array(log.utf8), file: "audit.log")
        #expect(entries.map(\.line) == [1, 5])
        #expect(entries.map { var e = $0; e.line = 0; return e } == [entry, entry])
        #expect(Set(diagnostics.compactMap(\.location?.line)) == [3, 4])
        #expect(diagnostics.allSatisfy { $0.isError })
        let filtered = AuditLog.appending([entry], to: Array("{}".utf8))
        #expect(String(decoding: filtered, as: UTF8.self) == "{}\n" + line)
    }
}
