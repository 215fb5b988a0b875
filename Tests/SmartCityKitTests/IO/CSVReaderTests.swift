import Testing
@testable import SmartCityKit

/// The reader on the shapes Excel and LibreOffice write, with positions checked field by field.
@Suite struct CSVReaderTests {
    static func read(_ text: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        CSVReader.read(bytes: Array(text.utf8), file: "in.csv")
    }

    static func values(_ table: CSVTable?) -> [[String]] {
        table?.rows.map { $0.fields.map(\.value) } ?? []
    }

    @Test func stripsBOMAndCountsColumnsWithoutIt() throws {
        let (table, diagnostics) = Self.read("\u{FEFF}opd,nilai\nA,1\n")
        let t = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(t.header.map(\.value) == ["opd", "nilai"])
        #expect(t.header.map(\.column) == [1, 5])
        #expect(t.header[0].line == 1)
        #expect(t.rows[0][1]?.column == 3)
    }

    @Test(arguments: [
        (",", "a,b,c\n1,2;5,3\n"),
        (";", "a;b;c\n1;2,5;3\n"),
        ("\t", "a\tb\tc\n1\t2 5\t3\n"),
        (";", "\"x,y,z\";b\n1;2\n"),  // commas inside quotes do not count
        (",", "a,b;c\n1,2\n"),  // a tie goes to ","
        (",", ";;;\n\na;b,c,d\n1,2,3\n"),  // lines of separators before the header are blank
    ] as [(Character, String)])
    func detectsTheSeparatorFromTheHeader(separator: Character, text: String) throws {
        let t = try #require(Self.read(text).table)
        #expect(t.separator == separator)
        #expect(t.rows.count == 1)
    }

    @Test func readsSemicolonFilesWithDecimalCommas() throws {
        let (table, diagnostics) = Self.read("opd;skor\r\ndinas-a;3,50\r\n")
        let t = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(Self.values(t) == [["dinas-a", "3,50"]])
    }

    @Test func quotedFieldsKeepSeparatorsQuotesAndLineEnds() throws {
        let text = "name,note,next\r\n"
            + "\"Dinas, Kota; Pusat\",\"he said \"\"hi\"\"\",x\r\n"
            + "\"two\r\nlines\",\"a\nb\rc\",y\r\n"
            + "z,\"\",v\r\n"
        let (table, diagnostics) = Self.read(text)
        let t = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(Self.values(t) == [["Dinas, Kota; Pusat", "he said \"hi\"", "x"], ["two\nlines", "a\nb\nc", "y"], ["z", "", "v"]])
        #expect(t.rows.map(\.line) == [2, 3, 7])
        // "a\nb\rc" opens on line 4 and ends on line 6, where `c",y` puts y in column 4.
        #expect(t.rows[1][1]?.line == 4)
        #expect(t.rows[1][2]?.line == 6)
        #expect(t.rows[1][2]?.column == 4)
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func acceptsEveryLineEnd(end: String) throws {
        let text = ["h1,h2", "a,b", "c,d"].joined(separator: end) + end
        let t = try #require(Self.read(text).table)
        #expect(Self.values(t) == [["a", "b"], ["c", "d"]])
        #expect(t.rows.map(\.line) == [2, 3])
        #expect(t.rows[1][1]?.column == 3)
    }

    @Test func skipsBlankLinesAndKeepsLaterLineNumbers() throws {
        let text = "\n\nh1,h2\n\na,b\n,,,\n  ,\t\n\"\",\r\nc,d\n\n\n"
        let (table, diagnostics) = Self.read(text)
        let t = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(t.header.map(\.line) == [3, 3])
        #expect(Self.values(t) == [["a", "b"], ["c", "d"]])
        #expect(t.rows.map(\.line) == [5, 9])
    }

    @Test func aHeaderOfOnlyBlankNamesIsSkipped() throws {
        let (table, diagnostics) = Self.read("\" \n\", \nopd,nilai\nA,1\n")
        let t = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(t.header.map(\.value) == ["opd", "nilai"])
        #expect(t.header.first?.line == 3)
        #expect(Self.values(t) == [["A", "1"]])
    }

    @Test func keepsSpacesOfUnquotedFieldsButTrimsHeaderNames() throws {
        let t = try #require(Self.read("  opd , nilai\n a , 1 \n").table)
        #expect(t.header.map(\.value) == ["opd", "nilai"])
        #expect(Self.values(t) == [[" a ", " 1 "]])
    }

    @Test func shortRowsAnswerNilForMissingFields() throws {
        let (table, diagnostics) = Self.read("a,b,c\n1\n2,3\n")
        let t = try #require(table)
        #expect(diagnostics.isEmpty)
        #expect(t.rows[0][0]?.value == "1")
        #expect(t.rows[0][1] == nil)
        #expect(t.rows[1][1]?.value == "3")
        #expect(t.rows[1][2] == nil)
        #expect(t.rows[1][-1] == nil)
    }

    @Test(arguments: ["Self Level", "self_level", "self-level", "  SELF   level ", "Self__Level", "self - level"])
    func headerAliasesMatchLoosely(name: String) throws {
        let t = try #require(Self.read("opd,\(name),level\n").table)
        #expect(t.columnIndex(["tingkat mandiri", "self level"]) == 1)
        #expect(t.columnIndex(["selflevel"]) == nil)
        #expect(t.columnIndex(["LEVEL", "self level"]) == 1)  // the first matching header wins
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let t = try #require(Self.read("nama,kota,x\nŞişli é,Café,y\n👍,b,c\n").table)
        #expect(t.rows[0].fields.map(\.column) == [1, 9, 14])
        #expect(t.rows[1][1]?.column == 3)
    }
}

/// Every diagnostic of the reader, with its code and where it points.
@Suite struct CSVReaderDiagnosticTests {
    static func read(_ bytes: [UInt8]) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        CSVReader.read(bytes: bytes, file: "in.csv")
    }

    static func read(_ text: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) { read(Array(text.utf8)) }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n  \n,,,\n;;\t\n".utf8)] as [[UInt8]])
    func emptyFile(bytes: [UInt8]) throws {
        let (table, diagnostics) = Self.read(bytes)
        #expect(table == nil)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == "IO001")
        #expect(d.location == Diagnostic.Location(file: "in.csv", line: 1, column: 1))
    }

    @Test(arguments: [
        (Array("opd,nama\nA,Caf".utf8) + [0xE9] + Array(",x\n".utf8), 14, 2, 6),  // Windows-1252 "é"
        (Array("\u{FEFF}a,b\r\nŞé,".utf8) + [0xC3, 0x28], 13, 2, 4),  // bad continuation byte
        (Array("a\n".utf8) + [0xC0, 0x80], 2, 2, 1),  // overlong NUL
        (Array("a\rb".utf8) + [0xED, 0xA0, 0x80], 3, 2, 2),  // surrogate
        ([0xF5, 0x80, 0x80, 0x80], 0, 1, 1),  // past U+10FFFF
        (Array("abcdefghijk,".utf8) + [0xE2, 0x82], 12, 1, 13),  // cut short at the end
    ] as [([UInt8], Int, Int, Int)])
    func invalidUTF8(bytes: [UInt8], offset: Int, line: Int, column: Int) throws {
        let (table, diagnostics) = Self.read(bytes)
        #expect(table == nil)
        let d = try #require(diagnostics.first)
        #expect(d.code == "IO002")
        #expect(d.message == .io(.invalidUTF8(byteOffset: offset)))
        #expect(d.location?.line == line)
        #expect(d.location?.column == column)
    }

    @Test func unterminatedQuoteStopsButKeepsEarlierRows() throws {
        let (table, diagnostics) = Self.read("a,b\n1,2\n3,\"open\n4,5\n")
        let t = try #require(table)
        #expect(CSVReaderTests.values(t) == [["1", "2"]])
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == "CSV001")
        #expect(d.message == .io(.unterminatedQuote(openedOnLine: 3)))
        #expect(d.location?.line == 3)
        #expect(d.location?.column == 3)
    }

    @Test func unterminatedQuoteInTheHeaderLeavesNoTable() throws {
        let (table, diagnostics) = Self.read("\n é,\"abc\n1,2\n")
        #expect(table == nil)
        #expect(diagnostics.map(\.code) == ["CSV001"])
        #expect(diagnostics.first?.location?.line == 2)
        #expect(diagnostics.first?.location?.column == 4)
    }

    @Test func textAfterClosingQuoteIsReportedAndKept() throws {
        let (table, diagnostics) = Self.read("a,b,c\n\"abc\"x,2,3\n4,\"5\"  ,\"6\"\n")
        let t = try #require(table)
        #expect(CSVReaderTests.values(t) == [["abcx", "2", "3"], ["4", "5", "6"]])
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)  // spaces after a closing quote are not worth one
        #expect(d.code == "CSV002")
        #expect(d.message == .io(.textAfterClosingQuote(found: "x")))
        #expect(d.location?.line == 2)
        #expect(d.location?.column == 6)
    }

    @Test func tooManyFieldsKeepsTheRowWithTheHeadersColumns() throws {
        let (table, diagnostics) = Self.read("a,b\n1,2,3,4\n5,6,,\n7,8,,x\n9,10\n")
        let t = try #require(table)
        #expect(CSVReaderTests.values(t) == [["1", "2"], ["5", "6"], ["7", "8"], ["9", "10"]])
        #expect(diagnostics.map(\.code) == ["CSV003", "CSV003"])  // once per row; blank extras are fine
        #expect(diagnostics[0].message == .io(.tooManyFields(found: 4, expected: 2)))
        #expect(diagnostics[0].location?.line == 2)
        #expect(diagnostics[0].location?.column == 5)
        #expect(diagnostics[1].location?.line == 4)
        #expect(diagnostics[1].location?.column == 6)  // at the x, past the blank extra field
    }

    @Test func emptyHeaderBeforeANamedColumnIsAWarning() throws {
        let (table, diagnostics) = Self.read("a, ,c,,\n1,2,3\n")
        let t = try #require(table)
        #expect(t.header.map(\.value) == ["a", "", "c"])  // trailing blank names dropped
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.code == "CSV004")
        #expect(d.severity == .warning)
        #expect(d.message == .io(.emptyHeader(column: 2)))
        #expect(d.location?.line == 1)
        #expect(d.location?.column == 3)
    }

    @Test func duplicateHeaderIsAWarningAndTheFirstWins() throws {
        let (table, diagnostics) = Self.read("opd,Nilai,self_level,Self Level\nA,1,2,3\n")
        let t = try #require(table)
        #expect(diagnostics.map(\.code) == ["CSV005"])
        let d = try #require(diagnostics.first)
        #expect(d.severity == .warning)
        #expect(d.message == .io(.duplicateHeader("Self Level", firstColumn: 3)))
        #expect(d.location?.line == 1)
        #expect(d.location?.column == 22)
        #expect(t.columnIndex(["self level"]) == 2)
    }

    /// Arbitrary bytes from the characters that matter to the parser never trap, and every
    /// answer keeps the promised shape.
    @Test func neverTrapsOnArbitraryBytes() {
        let alphabet: [UInt8] = [0x22, 0x2C, 0x3B, 0x09, 0x0D, 0x0A, 0x20, 0x61, 0xC3, 0xA9, 0xFF, 0xEF, 0xBB, 0xBF, 0xE2]
        let pieces = ["\"", "\"\"", ",", ";", "\t", "\r", "\n", " ", "a", "é", "👍", "\u{FEFF}"].map { Array($0.utf8) }
        var random = CSVRoundTripTests.SplitMix64(seed: 7)
        for round in 0..<4000 {
            // Half raw bytes (mostly not UTF-8), half valid text that reaches the parser.
            let bytes: [UInt8] = round.isMultiple(of: 2)
                ? (0..<Int.random(in: 0...40, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
                : (0..<Int.random(in: 0...40, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            let (table, diagnostics) = Self.read(bytes)
            #expect(table != nil || !diagnostics.isEmpty)
            #expect(diagnostics.allSatisfy { ($0.location?.line ?? 0) >= 1 && ($0.location?.column ?? 0) >= 1 })
            if let table {
                #expect(!table.header.isEmpty)
                #expect(table.rows.allSatisfy { $0.fields.count <= table.header.count && !$0.fields.isEmpty })
                #expect(zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.line < $1.line })
            }
        }
    }
}

/// Property: any table of awkward strings written by `CSVWriter` reads back the same.
@Suite struct CSVRoundTripTests {
    /// SplitMix64 (Steele, Lea and Flood, 2014): a fixed seed gives the same tables on every
    /// machine, so a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = ["a", "Z", "7", " ", ",", ";", "\"", "\"\"", "\n", "\t", "é", "Ş", "'", "=", "-", "+", "@", ".", "👍🏽", "e\u{301}"]

    static func text(_ random: inout SplitMix64, maxLength: Int) -> String {
        (0..<Int.random(in: 0...maxLength, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// A row value that the formula guard leaves alone and that is not a blank row's only
    /// content; the guard itself is tested in `CSVWriterTests`.
    static func value(_ random: inout SplitMix64) -> String {
        let s = text(&random, maxLength: 10)
        guard let first = s.unicodeScalars.first, "=+-@\t".unicodeScalars.contains(first) else { return s }
        return "x" + s
    }

    @Test(arguments: [",", ";"] as [Character], [1, 2, 3] as [UInt64])
    func writtenTablesReadBackUnchanged(separator: Character, seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<60 {
            let width = Int.random(in: 2...6, using: &random)
            let header = (0..<width).map { "c\($0)|" + Self.text(&random, maxLength: 6) + "|" }
            let rows: [[String]] = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                var row = (0..<width).map { _ in Self.value(&random) }
                if row.allSatisfy({ CSVReader.isBlank($0) }) { row[0] = "x" }
                return row
            }
            let writer = CSVWriter(separator: separator, bom: Bool.random(using: &random))
            let document = writer.document(header: header, rows: rows)
            let (table, diagnostics) = CSVReader.read(bytes: Array(document.utf8), file: "round.csv")
            let t = try #require(table, "\(document.debugDescription)")
            #expect(diagnostics.isEmpty, "\(document.debugDescription)")
            #expect(t.separator == separator, "\(document.debugDescription)")
            #expect(t.header.map(\.value) == header)
            #expect(CSVReaderTests.values(t) == rows, "\(document.debugDescription)")
        }
    }
}
