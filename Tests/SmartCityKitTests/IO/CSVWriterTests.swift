import Testing
@testable import SmartCityKit

/// What Excel needs from the exports: quoting only where needed, CRLF, BOM, no formulas.
@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", ",", "plain"),
        ("in side", ",", "in side"),
        ("", ",", ""),
        ("a,b", ",", "\"a,b\""),
        ("a,b", ";", "a,b"),  // only the chosen separator needs quotes in a data line
        ("a;b", ";", "\"a;b\""),
        ("say \"hi\"", ",", "\"say \"\"hi\"\"\""),
        ("\"", ";", "\"\"\"\""),
        ("two\nlines", ",", "\"two\nlines\""),
        ("cr\rhere", ";", "\"cr\rhere\""),
        (" lead", ",", "\" lead\""),
        ("trail ", ";", "\"trail \""),
        ("Şişli é", ";", "Şişli é"),
    ] as [(String, Character, String)])
    func quotesOnlyWhereNeeded(field: String, separator: Character, written: String) {
        #expect(CSVWriter(separator: separator).line([field]) == written + "\r\n")
    }

    @Test func joinsFieldsWithTheSeparatorAndEndsWithCRLF() {
        #expect(CSVWriter(separator: ";").line(["a", "b c", "", "3,5"]) == "a;b c;;3,5\r\n")
        #expect(CSVWriter().line(["a", "b", ""]) == "a,b,\r\n")
        #expect(CSVWriter().line([]) == "\r\n")
    }

    @Test func headerLineAlsoQuotesTheOtherSeparators() {
        let writer = CSVWriter(separator: ",")
        #expect(writer.headerLine(["Nilai; Bobot", "tab\there", "x"]) == "\"Nilai; Bobot\",\"tab\there\",x\r\n")
        #expect(writer.line(["Nilai; Bobot"]) == "Nilai; Bobot\r\n")
    }

    @Test func documentStartsWithTheBOMOnlyWhenAsked() {
        let with = CSVWriter(separator: ";", bom: true).document(header: ["opd", "skor"], rows: [["a", "1"]])
        #expect(Array(with.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(with == "\u{FEFF}opd;skor\r\na;1\r\n")
        let without = CSVWriter(separator: ";", bom: false).document(header: ["opd", "skor"], rows: [["a", "1"]])
        #expect(without == "opd;skor\r\na;1\r\n")
    }

    @Test func everyLineEndsWithCRLF() {
        let document = CSVWriter().document(header: ["a", "b"], rows: [["1", "x\ny"], ["2", "z"]])
        let bytes = Array(document.utf8)
        let lineEnds = bytes.indices.filter { bytes[$0] == 0x0A && $0 > 0 && bytes[$0 - 1] == 0x0D }
        #expect(lineEnds.count == 3)  // the LF inside the quoted field is data, not a line end
        #expect(document.hasSuffix("\"x\ny\"\r\n2,z\r\n"))
    }

    @Test(arguments: [
        ("=SUM(A1:A3)", ",", "'=SUM(A1:A3)"),
        ("=HYPERLINK(\"http://x\")", ";", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("@SUM(1)", ",", "'@SUM(1)"),
        ("+62 812 555", ",", "'+62 812 555"),
        ("-", ",", "'-"),
        ("--1", ",", "'--1"),
        ("-1e5", ",", "'-1e5"),
        ("-2.5.1", ",", "'-2.5.1"),
        ("-1,", ";", "'-1,"),
        ("\tcmd", ",", "'\tcmd"),
        ("\rcmd", ",", "\"'\rcmd\""),
        ("=A1,B1", ",", "\"'=A1,B1\""),
        ("a=b", ",", "a=b"),
        ("1-2", ",", "1-2"),
    ] as [(String, Character, String)])
    func guardsFormulas(field: String, separator: Character, written: String) {
        #expect(CSVWriter(separator: separator).line([field]) == written + "\r\n")
    }

    @Test(arguments: [
        ("-1", ",", "-1"),
        ("-2.5", ",", "-2.5"),
        ("+3", ",", "+3"),
        ("-0,75", ";", "-0,75"),
        ("-0,75", ",", "\"-0,75\""),  // quoted for the separator, still not guarded
        ("12", ",", "12"),
    ] as [(String, Character, String)])
    func leavesPlainNumbersNumeric(field: String, separator: Character, written: String) {
        #expect(CSVWriter(separator: separator).line([field]) == written + "\r\n")
    }

    @Test func guardedTextReadsBackAsText() throws {
        let document = CSVWriter().document(header: ["note", "n"], rows: [["=1+1", "-3"]])
        let table = try #require(CSVReader.read(bytes: Array(document.utf8), file: "g.csv").table)
        #expect(table.rows.first?.fields.map(\.value) == ["'=1+1", "-3"])
    }
}
