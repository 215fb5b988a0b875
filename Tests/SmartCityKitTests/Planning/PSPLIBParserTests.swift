import Testing
@testable import SmartCityKit

extension PlanningTests {
    /// The `.sm` reader on a real j30 instance and on malformed files, whose findings carry
    /// line and column.
    @Suite struct PSPLIBParserTests {
        static let path = TestPaths.fixture("PSPLIB/j301_1.sm")
        static let text: String = {
            let bytes = (try? FileSystem.readBytes(path)) ?? []
            return String(decoding: bytes, as: UTF8.self)
        }()

        static func parse(_ text: String) -> (problem: SchedulingProblem?, findings: [Diagnostic]) {
            PSPLIBParser.parse(text, file: "bad.sm")
        }

        /// `text` with line `number` (1-based) replaced.
        static func replacing(line number: Int, with replacement: String) -> String {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines[number - 1] = replacement
            return lines.joined(separator: "\n")
        }

        @Test func readsJ301_1() throws {
            let (problem, findings) = Self.parse(Self.text)
            #expect(findings.isEmpty)
            let p = try #require(problem)
            #expect(p.activities.count == 32)
            #expect(p.resources.map(\.capacity) == [12, 13, 4, 12])
            #expect(p.resources.map(\.name) == ["R 1", "R 2", "R 3", "R 4"])
            // Job 2: 8 units, 4 of R 1, after job 1 (the dummy source).
            #expect(p.activities[1] == SchedulingProblem.Activity(name: "2", duration: 8, demands: [4, 0, 0, 0], predecessors: [0]))
            // Job 20 follows jobs 5, 11 and 18; the sink (32) follows 29, 30, 31.
            #expect(p.activities[19].predecessors == [4, 10, 17])
            #expect(p.activities[31].predecessors == [28, 29, 30])
            #expect(p.activities[31].duration == 0)
            #expect(LowerBounds(p)?.criticalPath == 38)  // the file's MPM-Time
        }

        /// Line 21 is job 3's precedence row, line 56 job 2's request row, line 90 the
        /// capacities; a wrong job count is reported at the section's title (line 17).
        @Test(arguments: [
            (21, "   3        1          3           7   x  13", "PLN102", 21, 40),
            (21, "   3        1          3           7   8", "PLN103", 21, 24),
            (21, "   3        1          3           7   8  40", "PLN105", 21, 43),
            (21, "   4        1          3           7   8  13", "PLN104", 21, 4),
            (21, "   3        2          3           7   8  13", "PLN106", 21, 13),
            (56, "  2      1     8       4    0    0", "PLN103", 56, 1),
            (56, "  2      1     8      40    0    0    0", "PLN002", 56, 1),
            (56, "  2      1    -8       4    0    0    0", "PLN004", 56, 1),
            (10, "  - nonrenewable              :  2   N", "PLN107", 10, 1),
            (90, "   12   13    4", "PLN103", 90, 1),
            (6, "jobs (incl. supersource/sink ):  33", "PLN108", 17, 1),
        ] as [(Int, String, String, Int, Int)])
        func malformedRowsArePositioned(line: Int, replacement: String, code: String, atLine: Int, column: Int) throws {
            let (problem, findings) = Self.parse(Self.replacing(line: line, with: replacement))
            #expect(problem == nil)
            let finding = try #require(findings.first, "no finding")
            #expect(finding.code == code, "\(findings.map { $0.message.text(.en) })")
            #expect(finding.location == Diagnostic.Location(file: "bad.sm", line: atLine, column: column))
        }

        /// Job 5 precedes job 20 (line 23); making 20 precede 5 as well (line 38) closes a
        /// cycle, reported at a job row of the cycle, with the file's job numbers.
        @Test func cycleInTheFileIsReportedAtAJobRow() throws {
            let text = Self.replacing(line: 38, with: "  20        1          3           5  23  25")
            let (problem, findings) = Self.parse(text)
            #expect(problem == nil)
            let finding = try #require(findings.first)
            #expect(finding.code == "PLN001")
            guard case .precedenceCycle(let names)? = finding.planningMessage else { Issue.record("not a cycle"); return }
            #expect(Set(names) == ["5", "20"])
            #expect([23, 38].contains(finding.location?.line))
        }

        @Test func missingSectionsAndEmptyText() {
            let noRequests = Self.text.replacingOccurrences(of: "REQUESTS/DURATIONS:", with: "REQUESTS:")
            #expect(Self.parse(noRequests).findings.map(\.code) == ["PLN101"])
            #expect(Self.parse("").findings.map(\.code) == ["PLN101", "PLN101", "PLN101"])
            #expect(Self.parse("").problem == nil)
        }

        /// Windows line ends and a BOM change nothing.
        @Test func crlfAndBOM() throws {
            let crlf = "\u{FEFF}" + Self.text.replacingOccurrences(of: "\n", with: "\r\n")
            let (problem, findings) = Self.parse(crlf)
            #expect(findings.isEmpty)
            #expect(problem == Self.parse(Self.text).problem)
        }

        /// Any prefix of a real file is read or refused with findings, never a trap.
        @Test func truncatedFilesNeverTrap() {
            let characters = Array(Self.text)
            for end in stride(from: 0, to: characters.count, by: 23) {
                let (problem, findings) = Self.parse(String(characters[..<end]))
                #expect(problem != nil || findings.hasErrors)
            }
        }
    }
}
