import Foundation
import Testing
@testable import SmartCityKit

/// Evidence items and assessor values imported into Malang's 2026-06 period (Indeks Pemdi), as
/// the offline form of a unit and of the assessor export them: merged into the register and
/// the assessor values by the evaluation's rules, every change in `audit.log`, all or nothing.
@Suite struct ItemImportTests {
    /// A copy of the Malang example plus a folder of files to import.
    struct Scenario {
        let root: String
        let exports: String

        init(_ files: [String: String], name: String = #function) throws {
            let base = TestPaths.scratch(name)
            root = base + "/malang"
            exports = base + "/export"
            try FileManager.default.copyItem(atPath: TestPaths.repo("examples/malang"), toPath: root)
            let repository = TestPaths.repository
            try FileSystem.writeAtomically("{\"format\": 1, \"policy\": \"\(repository)/roadmaps/malang.json\", \"indicators\": \"\(repository)/indicators\"}\n",
                                           to: root + "/workspace.json")
            for (file, text) in files { try FileSystem.writeAtomically(text, to: FileSystem.join(exports, file)) }
        }

        var locations: InputLocations { InputLocations(workspace: root) }

        func file(_ name: String) -> String { FileSystem.join(exports, name) }

        func run(_ names: [String], period: String = "2026-06", by: String = "Rina (asesor)", at: String = "2026-09-25", force: Bool = false) -> ImportResult {
            Pipeline.importAssessments(locations, options: ImportOptions(files: names.map(file), periodID: period, by: by,
                                                                         at: CalendarDate(iso: at), force: force))
        }

        func text(_ relative: String) throws -> String {
            String(decoding: try FileSystem.readBytes(FileSystem.join(root, relative)), as: UTF8.self)
        }

        func lines(_ relative: String, starting prefixes: [String]) throws -> [String] {
            try text(relative).split(separator: "\n").map(String.init).filter { line in prefixes.contains { line.hasPrefix($0) } }
        }

        func snapshot() throws -> [String: String] {
            var out: [String: String] = [:]
            for name in ["evidence.csv", "assessor-values.csv", "barenlitbang.csv"] { out[name] = try text("assessments/2026-06/" + name) }
            out["audit.log"] = try? text("audit.log")
            return out
        }
    }

    static func render(_ diagnostics: [Diagnostic]) -> String { DiagnosticRenderer(language: .en).render(diagnostics) }

    static func changes(_ result: ImportResult) -> [String] {
        result.changes.map { "\($0.opd) \($0.subject) \($0.field.rawValue) \($0.old)→\($0.new)\($0.forced ? " forced" : "")" }
    }

    /// The unit's export: an item put forward with its narrative, one still in draft, the
    /// response to a revision; accepted items and unchanged cells change nothing.
    @Test func theUnitsItemsGoIntoTheRegister() throws {
        let scenario = try Scenario(["barenlitbang-2026-06-butir.csv": """
            opd,kode,status,dokumen,tanggal,narasi,tanggapan
            barenlitbang,I1-L1-01,,i1-l1-01-malang.pdf,2026-06-05,,
            barenlitbang,I1-L4-01,diunggah,peta-rencana-aksi.pdf,2026-06-20,"Peta rencana aksi ditetapkan; dipakai di Renja 2027",
            barenlitbang,I1-L4-02,draf,,,,
            barenlitbang,I2-L3-01,,,,,i2-l3-01-ditetapkan-wali-kota.pdf

            """])
        let result = scenario.run(["barenlitbang-2026-06-butir.csv"], by: "Sari (Barenlitbang)", at: "2026-06-28")
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(Self.changes(result) == [
            "barenlitbang item(\"I1-L4-01\") status →diunggah",
            "barenlitbang item(\"I1-L4-01\") document →peta-rencana-aksi.pdf",
            "barenlitbang item(\"I1-L4-01\") date →2026-06-20",
            "barenlitbang item(\"I1-L4-01\") narrative →Peta rencana aksi ditetapkan; dipakai di Renja 2027",
            "barenlitbang item(\"I1-L4-02\") status →draf",
            "barenlitbang item(\"I2-L3-01\") response i2-l3-01-malang-ditetapkan.pdf→i2-l3-01-ditetapkan-wali-kota.pdf",
        ])
        // The register gains its narrative column; new items are added at its end, owner left to the policy.
        #expect(try scenario.text("assessments/2026-06/evidence.csv").hasPrefix("kode,status,revisi,dokumen,tanggal,pemilik,catatan,tanggapan,narasi\n"))
        #expect(try scenario.lines("assessments/2026-06/evidence.csv", starting: ["I1-L4-", "I2-L3-01"]) == [
            "I2-L3-01,revisi,tidak-tepat,i2-l3-01-malang.pdf,2026-06-05,barenlitbang,Dokumen belum ditandatangani pejabat berwenang; unggah versi yang ditetapkan,i2-l3-01-ditetapkan-wali-kota.pdf,",
            "I1-L4-01,diunggah,,peta-rencana-aksi.pdf,2026-06-20,,,,Peta rencana aksi ditetapkan; dipakai di Renja 2027",
            "I1-L4-02,draf,,,,,,,",
        ])
        #expect(try scenario.text("audit.log").contains(#""opd":"barenlitbang","item":"I1-L4-01","field":"narrative","old":"","new":"Peta rencana aksi ditetapkan; dipakai di Renja 2027""#))
        let (logged, logDiagnostics) = AuditLog.read(bytes: Array(try scenario.text("audit.log").utf8), file: "audit.log")
        #expect(logDiagnostics.isEmpty && logged.map { var e = $0; e.line = 0; return e } == result.changes)
        // The period still validates, with the item put forward now claimed.
        let (report, _, diagnostics) = Pipeline.score(scenario.locations, periodID: "2026-06")
        #expect(!diagnostics.hasErrors, "\(Self.render(diagnostics))")
        let i1 = try #require(report?.city.values?.values.first { $0.position == 0 })
        #expect(i1.counts.map(\.claimed) == [1, 4, 4, 1, 0])
        #expect(i1.items.first { $0.code == "I1-L4-01" }?.narrative == "Peta rencana aksi ditetapkan; dipakai di Renja 2027")
        // The same file again changes nothing.
        let before = try scenario.snapshot()
        let again = scenario.run(["barenlitbang-2026-06-butir.csv"], by: "Sari (Barenlitbang)", at: "2026-06-28")
        #expect(!again.diagnostics.hasErrors && again.changes.isEmpty && again.written.isEmpty)
        #expect(try scenario.snapshot() == before)
    }

    /// The assessor's export: a revision answered becomes an acceptance (its kind and response
    /// go with the revision), an item is sent back with kind and note, and a value is set in
    /// the band the accepted items reach.
    @Test func theAssessorsVerdictsAndValue() throws {
        let scenario = try Scenario([
            "barenlitbang-2026-06-butir-verifikasi.csv": """
                opd,kode,status,revisi,catatan
                barenlitbang,I1-L3-03,diterima,,
                barenlitbang,I1-L3-04,revisi,tidak-tepat,Belum ditandatangani kepala badan
                barenlitbang,I2-L3-01,diterima,,Versi yang ditetapkan diterima saat interviu

                """,
            "barenlitbang-2026-06-nilai-asesor.csv": "opd,indikator,nilai,alasan\nbarenlitbang,I2,\"3,80\",Interviu 25 September\n",
        ])
        let result = scenario.run(["barenlitbang-2026-06-butir-verifikasi.csv", "barenlitbang-2026-06-nilai-asesor.csv"])
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(Self.changes(result) == [
            "barenlitbang item(\"I1-L3-03\") status diunggah→diterima",
            "barenlitbang item(\"I1-L3-04\") status diunggah→revisi",
            "barenlitbang item(\"I1-L3-04\") revision →tidak-tepat",
            "barenlitbang item(\"I1-L3-04\") note →Belum ditandatangani kepala badan",
            "barenlitbang item(\"I2-L3-01\") status revisi→diterima",
            "barenlitbang item(\"I2-L3-01\") revision tidak-tepat→",
            "barenlitbang item(\"I2-L3-01\") note Dokumen belum ditandatangani pejabat berwenang; unggah versi yang ditetapkan→Versi yang ditetapkan diterima saat interviu",
            "barenlitbang item(\"I2-L3-01\") response i2-l3-01-malang-ditetapkan.pdf→",
            "barenlitbang indicator(\"PEMDI-02\") value →3.80",
            "barenlitbang indicator(\"PEMDI-02\") reason →Interviu 25 September",
        ])
        #expect(try scenario.lines("assessments/2026-06/evidence.csv", starting: ["I1-L3-03", "I1-L3-04", "I2-L3-01"]) == [
            "I1-L3-03,diterima,,i1-l3-03-malang.pdf,2026-06-21,barenlitbang,,",
            "I1-L3-04,revisi,tidak-tepat,i1-l3-04-malang.pdf,2026-06-15,barenlitbang,Belum ditandatangani kepala badan,",
            "I2-L3-01,diterima,,i2-l3-01-malang.pdf,2026-06-05,barenlitbang,Versi yang ditetapkan diterima saat interviu,",
        ])
        #expect(try scenario.text("assessments/2026-06/assessor-values.csv").hasSuffix("PEMDI-02,\"3,80\",Interviu 25 September\n"))
        // I2: levels 1–3 complete (level 3 has one item, now accepted), level 4's item in
        // revision: 3,50 by the rule, level 4; the assessor's 3,80 lies in its band and counts.
        let (report, _, diagnostics) = Pipeline.score(scenario.locations, periodID: "2026-06")
        #expect(!diagnostics.hasErrors, "\(Self.render(diagnostics))")
        let i2 = try #require(report?.city.values?.values.first { $0.position == 1 })
        #expect(i2.supported == Fraction(decimal: "3.5") && i2.level == 4 && i2.value == Fraction(decimal: "3.8"))
    }

    /// The assessor's reason has its own column beside the OPD's note, and a verified value
    /// on bands is written as a decimal (it was once written `9/4`).
    @Test func theAssessorsReasonGoesBesideTheNote() throws {
        let scenario = try Scenario(["dinkes-verifikasi.csv": #"""
            opd,indikator,mandiri,verifikasi,bukti dukung,catatan,catatan asesor,oleh,tanggal
            dinkes,PEMDI-04,"2,25","2,25",,,"Sesuai bukti; dicek ""ulang""",Asesor A,2026-09-25

            """#])
        let result = scenario.run(["dinkes-verifikasi.csv"])
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        #expect(Self.changes(result) == ["dinkes indicator(\"PEMDI-04\") self 3→2.25", "dinkes indicator(\"PEMDI-04\") verified →2.25",
                                         "dinkes indicator(\"PEMDI-04\") assessorNote →Sesuai bukti; dicek \"ulang\""])
        #expect(result.changes.allSatisfy { $0.by == "Asesor A" && $0.reason == "Sesuai bukti; dicek \"ulang\"" })
        let file = try scenario.text("assessments/2026-06/dinkes.csv")
        #expect(file.hasPrefix("indikator,mandiri,verifikasi,bukti dukung,catatan,catatan asesor\n"))
        #expect(file.contains("\nPEMDI-04,2.25,2.25,Dokumen PEMDI-04 dinkes 2026 (sintetis),,\"Sesuai bukti; dicek \"\"ulang\"\"\"\n"))
        let (report, _, diagnostics) = Pipeline.score(scenario.locations, periodID: "2026-06")
        #expect(!diagnostics.hasErrors, "\(Self.render(diagnostics))")
        let dinkes = try #require(report?.opds.firstIndex { $0.id == "dinkes" })
        let answer = try #require(report?.scores[dinkes].answers.first { report?.catalogs.indicator($0.indicator).id == "PEMDI-04" })
        #expect(answer.verified == Fraction(decimal: "2.25") && answer.assessorNote == "Sesuai bukti; dicek \"ulang\"" && answer.note.isEmpty)
    }

    /// `form --out` takes a folder or a file name, adding `.html`.
    @Test func theFormGoesWhereOutSays() throws {
        let folder = TestPaths.scratch()
        #expect(FormOutputs.fileTarget(folder, opd: "dinkes", mode: .selfAssessment) == folder + "/dinkes.html")
        #expect(FormOutputs.fileTarget("formulir/", opd: "dinkes", mode: .assessor) == "formulir/dinkes-asesor.html")
        #expect(FormOutputs.fileTarget("formulir", opd: "dinkes", mode: .selfAssessment) == "formulir.html")
        #expect(FormOutputs.fileTarget("a/b.HTML", opd: "dinkes", mode: .selfAssessment) == "a/b.HTML")
    }

    /// A unit's status does not replace the assessor's verdict, but with `--force`.
    @Test func aVerdictStandsAgainstTheUnitButWithForce() throws {
        let scenario = try Scenario(["b.csv": "opd,kode,status,narasi\nbarenlitbang,I1-L2-01,diunggah,Diunggah ulang\n"])
        let refused = scenario.run(["b.csv"])
        #expect(refused.diagnostics.map(\.code) == ["WS059"], "\(Self.render(refused.diagnostics))")
        let forced = scenario.run(["b.csv"], force: true)
        #expect(!forced.diagnostics.hasErrors, "\(Self.render(forced.diagnostics))")
        #expect(Self.changes(forced) == ["barenlitbang item(\"I1-L2-01\") status diterima→diunggah forced",
                                         "barenlitbang item(\"I1-L2-01\") narrative →Diunggah ulang"])
    }

    /// Each bad file is reported at its file, line and column, and nothing is written.
    @Test(arguments: [
        ("narrative missing", "opd,kode,status,dokumen,narasi\nbarenlitbang,I1-L4-01,diunggah,a.pdf,\n", "WS057", 2, 38),
        ("another OPD's item", "opd,kode,status,catatan\nbarenlitbang,I8-L1-01,diterima,\n", "WS056", 2, 14),
        ("a unit marking Barenlitbang's item", "opd,kode,status,narasi\ndinkes,I1-L4-01,diunggah,x\n", "WS056", 2, 8),
        ("revision without a note", "opd,kode,status,revisi,catatan\nbarenlitbang,I1-L3-03,revisi,tidak-tepat,\n", "WS058", 2, 42),
        ("revision without its kind", "opd,kode,status,revisi,catatan\nbarenlitbang,I1-L3-03,revisi,,x\n", "EV005", 2, 30),
        ("response to no revision", "opd,kode,tanggapan\nbarenlitbang,I1-L3-03,b.pdf\n", "EV036", 2, 23),
        ("unknown status", "opd,kode,status\nbarenlitbang,I1-L3-03,selesai\n", "EV004", 2, 23),
        ("document dated after the period", "opd,kode,status,tanggal,narasi\nbarenlitbang,I1-L4-01,diunggah,2026-07-01,x\n", "EV010", 2, 32),
        ("item twice", "opd,kode,status\nbarenlitbang,I1-L4-01,draf\nbarenlitbang,i1-l4-01,draf\n", "WS062", 3, 14),
        ("unknown item", "opd,kode,status\nbarenlitbang,I1-L9-01,draf\n", "EV002", 2, 14),
        ("value outside the band", "opd,indikator,nilai,alasan\nbarenlitbang,I1,\"3,80\",interviu\n", "EV025", 2, 17),
        ("value without a reason", "opd,indikator,nilai,alasan\nbarenlitbang,I1,\"3,10\",\n", "EV023", 2, 24),
        ("value of another OPD's indicator", "opd,indikator,nilai,alasan\nbarenlitbang,I8,\"2,00\",x\n", "WS061", 2, 14),
        ("value already set", "opd,indikator,nilai,alasan\ndiskominfo,I13,\"2,90\",x\n", "WS060", 2, 16),
    ] as [(String, String, String, Int, Int)])
    func badFilesArePositionedAndNothingIsWritten(_ label: String, _ text: String, _ code: String, _ line: Int, _ column: Int) throws {
        let scenario = try Scenario(["f.csv": text], name: label)
        let before = try scenario.snapshot()
        let result = scenario.run(["f.csv"])
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map(\.code) == [code], "\(label): \(Self.render(result.diagnostics))")
        #expect(errors.first?.location?.file == scenario.file("f.csv"))
        #expect(errors.first?.location?.line == line, "\(label)")
        #expect(errors.first?.location?.column == column, "\(label)")
        #expect(result.changes.isEmpty && result.written.isEmpty)
        #expect(try scenario.snapshot() == before, "\(label)")
    }

    /// A period assessed with a method of whole levels has no items or assessor values.
    @Test func itemsIntoAPeriodOfWholeLevelsAreRefused() throws {
        let scenario = try Scenario(["f.csv": "opd,kode,status\nbarenlitbang,I1-L1-01,draf\n", "v.csv": "opd,indikator,nilai,alasan\nbarenlitbang,SPBE-01,3,x\n"])
        let result = scenario.run(["f.csv", "v.csv"], period: "2020-03")
        #expect(result.diagnostics.filter(\.isError).map(\.code) == ["WS055", "WS055"], "\(Self.render(result.diagnostics))")
    }

    /// The form of a unit carries exactly the indicators it owns items of, each item with
    /// its state; a unit owning none has no evidence part.
    @Test func theFormCarriesTheUnitsOwnIndicators() throws {
        let malang = InputLocations(workspace: TestPaths.repo("examples/malang"))
        let (forms, _, diagnostics) = Pipeline.forms(malang, periodID: "2026-06", opds: ["barenlitbang", "dinkes"], mode: .selfAssessment, language: .id)
        #expect(!diagnostics.hasErrors && forms.count == 2)
        func evidence(_ html: String) throws -> [[String: Any]] {
            let start = try #require(html.range(of: "<script type=\"application/json\" id=\"form-data\">\n"))
            let end = try #require(html.range(of: "\n</script>", range: start.upperBound..<html.endIndex))
            let json = String(html[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "<\\/", with: "</")
            let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            return try #require(data["evidence"] as? [[String: Any]])
        }
        let own = try evidence(forms[0].html)
        #expect(own.compactMap { $0["id"] as? String } == ["PEMDI-01", "PEMDI-02"])
        let levels = try #require(own[0]["levels"] as? [[String: Any]])
        #expect(levels.map { ($0["items"] as? [Any])?.count ?? 0 } == [1, 4, 4, 2, 3])
        let item = try #require((levels[2]["items"] as? [[String: Any]])?.first { $0["code"] as? String == "I1-L3-03" })
        #expect(item["status"] as? String == "diunggah" && item["mine"] as? Bool == true && item["document"] as? String == "i1-l3-03-malang.pdf")
        #expect(own[0]["value"] as? String == "3.00" && own[0]["level"] as? Int == 3)
        #expect(try evidence(forms[1].html).isEmpty)
    }
}
