import Testing
@testable import SmartCityKit

/// Answer files as facilitators produce them: Excel CSV variants and JSON, read alike.
@Suite struct InputFormatTests {
    /// The dinkes answers of the fixture written five ways; each gives dinkes the same score.
    @Test(arguments: [
        ("plain", "indicator,self,verified,evidence,note\nI-02,2,,,\nI-03,3,3,,\nI-04,4,2,,\nG-01,2,,,\n"),
        ("BOM, semicolons, CRLF, Indonesian headers",
         "\u{FEFF}indikator;mandiri;verifikasi;bukti dukung;catatan\r\nI-02;2;;;\r\nI-03;3,0;3;;\r\nI-04;4;2;\"SK 1; 2020\";\r\nG-01;2;;;\r\n"),
        ("quoted note with a line break and a trailing empty line",
         "Indicator,Self Level,Verified,Evidence,Note\nI-02,2,,,\"baris satu\nbaris dua\"\n\"I-03\",\"3\",\"3\",,\nI-04,4,2,,\"kata \"\"kutip\"\"\"\nG-01,2,,,\n\n"),
        ("lenient ids and spaces", "indicator,self,verified\n i-2 , 2 ,\nI-003,3,3\ni-04,4,2\ng-1,2,\n"),
    ])
    func csvVariants(_ name: String, _ text: String) throws {
        let workspace = try FixtureWorkspace(["assessments/2020-03/dinkes.csv": text], name: name)
        let (report, _, diagnostics) = Pipeline.score(workspace.locations, periodID: nil)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        #expect(report?.scores[1].index.value == Fraction(decimal: "2.375"))
    }

    @Test func jsonAnswersAndServices() throws {
        let json = """
        {"format": 1, "opd": "dinkes",
         "answers": [{"indicator": "I-02", "self": 2}, {"indicator": "I-03", "self": 3, "verified": 3},
                     {"indicator": "I-04", "self": 4, "verified": 2, "evidence": "SK"}, {"indicator": "G-01", "self": "2"}],
         "services": [{"service": "Jadwal vaksinasi", "stage": 1}, {"service": "Izin praktik", "stage": "transaction"},
                      {"service": "Rujukan", "stage": 0, "usersPerYear": 1200}]}
        """
        let workspace = try FixtureWorkspace([
            "assessments/2020-03/dinkes.csv": nil, "assessments/2020-03/services/dinkes.csv": nil,
            "assessments/2020-03/dinkes.json": json,
        ])
        let (report, _, diagnostics) = Pipeline.score(workspace.locations, periodID: nil)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        let dinkes = try #require(report?.scores[1])
        #expect(dinkes.index.value == Fraction(decimal: "2.375"))
        #expect(dinkes.readiness.countPerStage == [1, 1, 0, 1, 0])
        #expect(dinkes.services.first { $0.name == "Rujukan" }?.usersPerYear == 1200)
    }

    @Test func jsonAnswerErrorsPointIntoTheFile() throws {
        let json = "{\"opd\": \"dinkes\",\n \"answers\": [\n  {\"indicator\": \"I-02\", \"self\": 9}\n ]}\n"
        let workspace = try FixtureWorkspace(["assessments/2020-03/dinkes.csv": nil, "assessments/2020-03/dinkes.json": json])
        let d = try #require(Pipeline.validate(workspace.locations).diagnostics.first { $0.code == "WS011" })
        #expect(d.location?.line == 3)
        #expect(d.location?.context == .jsonPath("answers[0].self"))
    }

    /// One file with an `opd` column may carry the answers of several OPDs.
    @Test func multiOPDFile() throws {
        let workspace = try FixtureWorkspace([
            "assessments/2020-03/dinkes.csv": nil, "assessments/2020-03/pasar.csv": nil,
            "assessments/2020-03/fgd-1.csv": "opd,indicator,self,verified,note\ndinkes,I-02,2,,\ndinkes,I-03,3,3,\nDINKES,I-04,4,2,\ndinkes,G-01,2,,\npasar,I-02,1,,\npasar,I-03,TB,,bukan urusan UPT\npasar,I-04,3,,\npasar,G-01,1,,\npasar,E-01,2,,\n",
        ])
        let (report, _, diagnostics) = Pipeline.score(workspace.locations, periodID: nil)
        #expect(diagnostics.isEmpty, "\(DiagnosticRenderer(language: .en).render(diagnostics))")
        #expect(report?.city.index.value == Fraction(decimal: "2.3"))
    }
}
