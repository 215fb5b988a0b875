import Testing
@testable import SmartCityKit

@Suite struct JSONReaderTests {
    func read(_ text: String) -> (JSONNode?, [Diagnostic]) { JSONReader.read(bytes: Array(text.utf8), file: "t.json") }

    @Test func keepsPositionsAndNumberLiterals() throws {
        let (root, diagnostics) = read("{\n  \"w\": 2.75,\n  \"list\": [1, \"é\", true, null],\n  \"t\": \"a\\u00e9\\n\\uD83D\\uDE00\"\n}")
        #expect(diagnostics.isEmpty)
        let node = try #require(root)
        #expect(node["w"]?.numberLiteral == "2.75")
        #expect(node["w"]?.line == 2 && node["w"]?.column == 8)
        let list = try #require(node["list"]?.elements)
        #expect(list.count == 4)
        #expect(list[1].stringValue == "é" && list[1].column == 15)
        #expect(list[2].boolValue == true && list[2].column == 20)
        #expect(node["t"]?.stringValue == "aé\n😀")
        #expect(node.members?.map(\.key) == ["w", "list", "t"])
        #expect(node.members?[1].line == 3 && node.members?[1].column == 3)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "JSON001", 1, 9),
        ("{\"a\" 1}", "JSON001", 1, 6),
        ("[1, 2", "JSON002", 1, 6),
        ("{\"a\": \"x\\q\"}", "JSON003", 1, 9),
        ("{\"a\": 01}", "JSON004", 1, 7),
        ("{\"a\": 1.}", "JSON004", 1, 7),
        ("{\"a\": \"line\nbreak\"}", "JSON005", 1, 12),
        ("{\"a\": 1, \"a\": 2}", "JSON006", 1, 10),
        ("{} x", "JSON007", 1, 4),
        ("", "IO001", 1, 1),
        ("{\"a\": tru}", "JSON001", 1, 10),
    ])
    func reportsSyntaxErrors(text: String, code: String, line: Int, column: Int) {
        let (_, diagnostics) = read(text)
        let d = diagnostics.first
        #expect(d?.code == code)
        #expect(d?.location?.line == line)
        #expect(d?.location?.column == column)
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let (root, diagnostics) = read(String(repeating: "[", count: 10_000))
        #expect(root == nil)
        #expect(diagnostics.first?.code == "JSON008")
    }

    @Test func refusesBytesThatAreNotUTF8() {
        let (root, diagnostics) = JSONReader.read(bytes: [0x7B, 0x22, 0xE9, 0x22, 0x7D], file: "t.json")
        #expect(root == nil)
        #expect(diagnostics.first?.code == "IO002")
    }

    /// Any prefix of a valid document is reported, never crashes (a cheap fuzz over cut files).
    @Test func everyTruncationIsReported() throws {
        let text = Array("{\"a\": [1, 2.5, {\"b\": \"c\\u00e9\"}], \"d\": true, \"e\": null}".utf8)
        for n in 0..<text.count {
            let (root, diagnostics) = JSONReader.read(bytes: Array(text[0..<n]), file: "t.json")
            #expect(root == nil)
            #expect(diagnostics.count == 1)
        }
    }

    @Test func outputRoundTripsThroughTheReader() throws {
        let value = JSONOutput.object([("s", .string("a\"b\\c\n\té")), ("n", .number("3.8222")), ("l", .array([.int(1), .null, .bool(false)])),
                                       ("o", .object([("k", .array([.object([])]))]))])
        let (root, diagnostics) = read(value.rendered())
        #expect(diagnostics.isEmpty)
        let node = try #require(root)
        #expect(node["s"]?.stringValue == "a\"b\\c\n\té")
        #expect(node["n"]?.numberLiteral == "3.8222")
        #expect(node["l"]?.elements?.count == 3)
    }

    /// Control characters text may not hold, escaped or raw, and numbers no file means, are
    /// refused where they stand (issue 19): they would reach the terminal and the exports, or
    /// overflow a reader downstream.
    @Test(arguments: [
        (#"{"a": "x\u001by"}"#, "JSON009", 9), (#"{"a": "x\by"}"#, "JSON009", 9), (#"{"a": "x\u0085"}"#, "JSON009", 9),
        ("{\"a\": \"x\u{7F}\"}", "JSON005", 9), (#"{"a": 1234567890123456789}"#, "JSON010", 7), (#"{"a": 1e400}"#, "JSON010", 7),
        (#"{"a": 0.1234567890123}"#, "JSON010", 7),
    ] as [(String, String, Int)])
    func controlCharactersAndHugeNumbersAreRefused(text: String, code: String, column: Int) {
        let (root, diagnostics) = read(text)
        #expect(root == nil)
        #expect(diagnostics.map(\.code) == [code])
        #expect(diagnostics.first?.location?.column == column)
    }

    /// What stays readable: 18 digits, twelve decimals, a two-digit exponent, tab and line breaks.
    @Test func theLimitsThemselvesAreRead() throws {
        let (root, diagnostics) = read(#"{"a": 123456789012345678, "b": 0.123456789012, "c": 1e99, "d": "x\ty\nz"}"#)
        #expect(diagnostics.isEmpty)
        #expect(try #require(root)["a"]?.numberLiteral == "123456789012345678")
    }
}
