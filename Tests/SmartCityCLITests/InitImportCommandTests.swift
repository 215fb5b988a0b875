import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// A new city from nothing, in-process: `init` → `validate` → `score` → `import` → `score` →
/// `audit`, with the exit status of each step.
@Suite struct InitImportCommandTests {
    static let indicators = CommandTests.repository + "/indicators"

    /// A new scratch folder and the workspace path inside it (not created).
    static func workspace(_ name: String = #function) throws -> (base: String, workspace: String) {
        let base = CommandTests.scratch(name)
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        return (base, base + "/kota-batu")
    }

    static func initialize(_ workspace: String, _ extra: [String] = []) -> CommandOutcome {
        SmartCityMain.run(["init", workspace, "--city", "Kota Batu", "--period", "2026-03", "--indicators", indicators] + extra)
    }

    /// The README's "Kota baru" steps, command by command as written there, in a scratch
    /// folder (relative paths put under it); the browser step is played by export files in the
    /// form's own format, signed with `oleh`/`tanggal`. The end is a scored Pemdi workspace.
    @Test func theReadmeNewCityStepsRunAsWritten() throws {
        let readme = String(decoding: try FileSystem.readBytes(CommandTests.repository + "/README.md"), as: UTF8.self)
        let section = try #require(readme.components(separatedBy: "## Kota baru").dropFirst().first?.components(separatedBy: "\n## ").first)
        let commands = section.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("swift run smartcity ") }
            .map { line in String(line.dropFirst("swift run smartcity ".count).split(separator: "#").first ?? "").trimmingCharacters(in: .whitespaces) }
        #expect(commands.map { $0.split(separator: " ").first.map(String.init) ?? "" } == ["init", "validate", "form", "import", "run", "audit"])
        let base = CommandTests.scratch()
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        var outcomes: [String: CommandOutcome] = [:]
        for command in commands {
            if command.hasPrefix("import ") {
                // The browser's part: two exports of the form, signed by who filled them in.
                try FileSystem.writeAtomically("""
                    \u{FEFF}opd,indikator,mandiri,verifikasi,bukti dukung,catatan,catatan asesor,oleh,tanggal\r
                    diskominfo,PEMDI-01,"2,25",,SK Wali Kota 7/2026,"Sudah ada; belum direviu",,Rina (Diskominfo),2026-07-20\r
                    diskominfo,PEMDI-02,2,,,,,Rina (Diskominfo),2026-07-20\r

                    """, to: base + "/kota-batu-ekspor/diskominfo-2026-07-jawaban.csv")
                try FileSystem.writeAtomically("""
                    \u{FEFF}opd,layanan,tahap,pengguna per tahun,catatan,oleh,tanggal\r
                    diskominfo,Aduan warga daring,3,1200,,Rina (Diskominfo),2026-07-20\r

                    """, to: base + "/kota-batu-ekspor/diskominfo-2026-07-layanan.csv")
            }
            // Words as a shell splits them here: quoted words kept whole, relative paths under `base`.
            var words: [String] = [], word = "", quoted = false
            for c in command {
                if c == "\"" { quoted.toggle() } else if c == " " && !quoted { if !word.isEmpty { words.append(word); word = "" } } else { word.append(c) }
            }
            if !word.isEmpty { words.append(word) }
            var arguments: [String] = []
            for (i, w) in words.enumerated() {
                let value = i > 0 && words[i - 1].hasPrefix("--") && !["--out"].contains(words[i - 1])
                if w.hasSuffix("/*.csv") {
                    let folder = base + "/" + String(w.dropLast(6))
                    arguments += try FileSystem.list(folder).filter { $0.hasSuffix(".csv") }.map { folder + "/" + $0 }
                } else if i > 0, !w.hasPrefix("-"), !value {
                    arguments.append(base + "/" + w)
                } else {
                    arguments.append(w)
                }
            }
            if arguments.first == "init" { arguments += ["--indicators", Self.indicators] }
            let outcome = SmartCityMain.run(arguments)
            #expect(outcome.status == .ok, "\(command): \(outcome.stderr)")
            outcomes[arguments[0]] = outcome
        }
        #expect(outcomes["form"]?.stdout.contains("formulir/diskominfo.html") == true)
        #expect(outcomes["import"]?.stdout.hasPrefix("Diimpor ke periode 2026-07: 6 perubahan di 2 berkas") == true, "\(outcomes["import"]?.stdout ?? "")")
        #expect(outcomes["audit"]?.stdout.contains("Rina (Diskominfo)") == true)
        let policy = String(decoding: try FileSystem.readBytes(base + "/kota-batu/policy.json"), as: UTF8.self)
        #expect(policy.contains("\"index\": \"pemdi-2026\""))
        let score = SmartCityMain.run(["score", base + "/kota-batu"])
        #expect(score.stdout.contains("Indeks Pemerintah Digital (PermenPANRB 8/2026)") && score.stdout.contains("(dari penilaian 1 dari 12 OPD)"), "\(score.stdout)")
    }

    /// Roles come from the OPD list: an OPD renamed keeps its roles without a policy edit; a
    /// role given twice or unknown is an error at its cell.
    @Test func rolesAreBoundInTheOPDList() throws {
        let (_, ws) = try Self.workspace()
        #expect(Self.initialize(ws).status == .ok)
        let list = String(decoding: try FileSystem.readBytes(ws + "/opds.csv"), as: UTF8.self)
        #expect(list.contains("\nbappeda,Badan Perencanaan Pembangunan Daerah,badan,perencanaan|infrastruktur,Kepala Bappeda,,,,,perencanaan\r\n")
                || list.contains("\nbappeda,Badan Perencanaan Pembangunan Daerah,badan,perencanaan|infrastruktur,Kepala Bappeda,,,,,perencanaan\n"), "\(list)")
        let renamed = list.replacingOccurrences(of: "bappeda,Badan Perencanaan Pembangunan Daerah", with: "brida,Badan Riset dan Inovasi Daerah")
        try FileSystem.writeAtomically(renamed, to: ws + "/opds.csv")
        #expect(SmartCityMain.run(["validate", ws]).status == .ok)
        let twice = renamed.replacingOccurrences(of: "Kepala Dinas Kesehatan,,,,,", with: "Kepala Dinas Kesehatan,,,,,perencanaan|perencana")
        try FileSystem.writeAtomically(twice, to: ws + "/opds.csv")
        let refused = SmartCityMain.run(["validate", ws, "--lang", "en"])
        #expect(refused.status == .dataError)
        #expect(refused.stderr.contains("opds.csv:8:") && refused.stderr.contains("error[WS064]: column \"peran\": role perencanaan is given to dinkes but brida already holds it (opds.csv)"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("error[CAT019]"), "\(refused.stderr)")
    }

    @Test func newCityFromInitToScore() throws {
        let (base, ws) = try Self.workspace()
        let created = Self.initialize(ws)
        #expect(created.status == .ok, "\(created.stderr)")
        #expect(created.stdout.contains("Ruang kerja baru Kota Batu"))
        #expect(try FileSystem.list(ws) == ["assessments", "opds.csv", "policy.json", "workspace.json"])
        #expect(try FileSystem.list(ws + "/assessments/2026-03") == ["README.txt"])
        // The catalogs are found from the workspace, wherever the command runs.
        // (Written relative when the two share a folder below the root, else absolute.)
        let (settings, _) = JSONReader.read(bytes: try FileSystem.readBytes(ws + "/workspace.json"), file: "workspace.json")
        let written = try #require(settings?["indicators"]?.stringValue)
        #expect(FileSystem.relative(written, to: ws) == FileSystem.normalized(Self.indicators), "\(written)")

        // Valid before anything is filled in; the only word is that nothing is assessed yet.
        let validate = SmartCityMain.run(["validate", ws])
        #expect(validate.status == .ok, "\(validate.stderr)")
        #expect(validate.stdout.contains("Data sah: 12 OPD, periode 2026-03"))
        #expect(validate.stderr.contains("peringatan[WS040]") && !validate.stderr.contains("galat["), "\(validate.stderr)")
        let empty = SmartCityMain.run(["score", ws, "--lang", "en"])
        #expect(empty.status == .ok, "\(empty.stderr)")
        #expect(empty.stderr.contains("no OPD is assessed in period 2026-03 yet"))
        #expect(empty.stdout.contains("OPDs that handed in an assessment: 0 of 12"), "\(empty.stdout)")

        // An export from Diskominfo, and one from the assessor with a date per row.
        try FileSystem.writeAtomically("indikator;mandiri;verifikasi;bukti dukung;catatan\r\nSPBE-01;3;;Perwal 5/2025;\r\nSPBE-02;2;;;\r\n",
                                       to: base + "/ekspor/diskominfo.csv")
        try FileSystem.writeAtomically("opd,indicator,verified,by,date\ndiskominfo,SPBE-01,2,Tim asesor,2026-04-10\n",
                                       to: base + "/ekspor/verifikasi.csv")
        let imported = SmartCityMain.run(["import", ws, base + "/ekspor/diskominfo.csv", base + "/ekspor/verifikasi.csv", "--by", "Operator Kominfo", "--at", "2026-04-01"])
        #expect(imported.status == .ok, "\(imported.stderr)")
        #expect(imported.stdout.contains("Diimpor ke periode 2026-03: 4 perubahan di 1 berkas"), "\(imported.stdout)")
        let score = SmartCityMain.run(["score", ws])
        #expect(score.status == .ok, "\(score.stderr)")
        #expect(score.stdout.contains("OPD yang menyerahkan penilaian: 1 dari 12"), "\(score.stdout)")

        // The verified level stands until someone forces it, and the log says who did what.
        try FileSystem.writeAtomically("opd,indicator,verified\ndiskominfo,SPBE-01,4\n", to: base + "/ekspor/ulang.csv")
        let conflict = SmartCityMain.run(["import", ws, base + "/ekspor/ulang.csv", "--by", "X", "--at", "2026-04-11"])
        #expect(conflict.status == .dataError)
        #expect(conflict.stderr.contains("ulang.csv:2:20: galat[WS044]"), "\(conflict.stderr)")
        let forced = SmartCityMain.run(["import", ws, base + "/ekspor/ulang.csv", "--by", "X", "--at", "2026-04-11", "--force", "--lang", "en"])
        #expect(forced.status == .ok, "\(forced.stderr)")
        let audit = SmartCityMain.run(["audit", ws, "--opd", "diskominfo"])
        #expect(audit.status == .ok)
        #expect(audit.stdout.hasPrefix("Log audit: 5 perubahan untuk OPD diskominfo"))
        #expect(audit.stdout.contains("2026-04-10  Tim asesor        2026-03  diskominfo  SPBE-01                  verifikasi   —"), "\(audit.stdout)")
        let english = SmartCityMain.run(["audit", ws, "--lang", "en"])
        #expect(english.stdout.contains("verified") && english.stdout.contains("[forced --force]"), "\(english.stdout)")
        #expect(SmartCityMain.run(["audit", ws, "--opd", "dinkes"]).stdout.contains("Tidak ada perubahan untuk OPD dinkes"))
    }

    @Test func initRefusesAFolderThatHoldsFiles() throws {
        let (_, ws) = try Self.workspace()
        try FileSystem.writeAtomically("jangan ditimpa", to: ws + "/catatan.txt")
        let outcome = Self.initialize(ws)
        #expect(outcome.status == .writeError)
        #expect(outcome.stderr.contains("folder \"\(ws)\" sudah berisi berkas"), "\(outcome.stderr)")
        #expect(try FileSystem.list(ws) == ["catatan.txt"])
        // An empty folder is fine.
        let (_, other) = try Self.workspace("initEmptyFolder")
        try FileSystem.createDirectory(other)
        #expect(Self.initialize(other).status == .ok)
    }

    /// Catalogs that are not there are a data error, found before anything is written.
    @Test func initChecksTheCatalogsFirst() throws {
        let (base, ws) = try Self.workspace()
        let outcome = SmartCityMain.run(["init", ws, "--city", "Kota Batu", "--period", "2026-03", "--indicators", base + "/tidak-ada"])
        #expect(outcome.status == .dataError)
        #expect(outcome.stderr.contains("WS034"), "\(outcome.stderr)")
        #expect(!FileSystem.exists(ws))
    }

    @Test(arguments: [
        (["init", "x", "--city", "Kota X"], "--period"),
        (["init", "x", "--period", "2026-03"], "--city"),
        (["init", "x", "--city", "Kota X", "--period", "2026-3"], "\"2026-3\""),
        (["init", "x", "--city", "Kota X", "--period", "2026-03", "--id", "Kota X"], "--id"),
        (["import", "x"], "FILE"),
        (["import", "x", "a.csv", "--at", "kemarin"], "--at"),
        (["import", "x", "a.csv", "--by", " "], "--by"),
        (["audit"], "DIR"),
    ] as [([String], String)])
    func usageErrors(_ arguments: [String], _ mentions: String) {
        let outcome = SmartCityMain.run(arguments)
        #expect(outcome.status == .usage)
        #expect(outcome.stderr.contains(mentions), "\(outcome.stderr)")
    }

    /// A plain file where the period's `services` folder belongs is a data error (exit 2)
    /// found before anything is staged, and the workspace is as before. (It once surfaced only
    /// halfway, as a failed write; write failures are covered by `aWriteFailureAtAnyPointChangesNothing`.)
    @Test func aFileInPlaceOfServicesIsRefusedAndChangesNothing() throws {
        let (base, ws) = try Self.workspace()
        #expect(Self.initialize(ws).status == .ok)
        try FileSystem.writeAtomically("bukan folder", to: ws + "/assessments/2026-03/services")
        try FileSystem.writeAtomically("indicator,self\nSPBE-01,2\n", to: base + "/in/diskominfo.csv")
        try FileSystem.writeAtomically("layanan,tahap\nPortal,3\n", to: base + "/in/services/diskominfo.csv")
        let before = try FileSystem.list(ws + "/assessments/2026-03")
        let outcome = SmartCityMain.run(["import", ws, base + "/in/diskominfo.csv", base + "/in/services/diskominfo.csv", "--by", "A", "--at", "2026-04-01"])
        #expect(outcome.status == .dataError, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("assessments/2026-03/services") && outcome.stderr.contains("WS036"), "\(outcome.stderr)")
        #expect(try FileSystem.list(ws + "/assessments/2026-03") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: ws + "/assessments/2026-03").sorted() == ["README.txt", "services"])
        #expect(!FileSystem.exists(ws + "/audit.log"))
    }

    @Test func auditOfAFreshWorkspaceIsEmpty() throws {
        let (_, ws) = try Self.workspace()
        #expect(Self.initialize(ws).status == .ok)
        let outcome = SmartCityMain.run(["audit", ws, "--lang", "en"])
        #expect(outcome.status == .ok)
        #expect(outcome.stdout == "The audit log is empty: no import has changed this workspace yet.\n")
        #expect(SmartCityMain.run(["audit", ws + "/nowhere"]).status == .dataError)
    }
}
