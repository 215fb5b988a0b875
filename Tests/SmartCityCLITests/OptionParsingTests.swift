import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// The command line checked against the declarations: undeclared, repeated and valueless
/// options are refused with the usage error, and values come typed or with a message that
/// names the option, what was found and what was expected, in both languages.
@Suite struct OptionParsingTests {
    static func usageError(_ arguments: [String]) -> (id: String, en: String) {
        let id = SmartCityMain.run(arguments)
        let en = SmartCityMain.run(arguments + ["--lang", "en"])
        #expect(id.status == .usage && en.status == .usage, "\(arguments): \(id.stderr)")
        #expect(id.stdout.isEmpty && en.stdout.isEmpty)
        return (id.stderr, en.stderr)
    }

    static func parse<Options: CommandOptions>(_ arguments: [String], as _: Options.Type) throws(UsageError) -> ParsedArguments<Options> {
        let syntax = CommandSyntax(command: "test", declaring: Options())
        return try ParsedArguments(ScannedArguments.scan(arguments, syntax: syntax), syntax: syntax, options: Options())
    }

    /// Each command refuses the options only other commands declare, and a made-up one.
    @Test(arguments: CommandName.allCases)
    func undeclaredOptionsAreRefused(_ command: CommandName) {
        let own = Set(command.syntax.options.map(\.name))
        let others = Set(CommandName.allCases.flatMap { $0.syntax.options.map(\.name) }).subtracting(own)
        for name in others.sorted() + ["--nonsense"] {
            let (id, en) = Self.usageError([command.rawValue, name, "x"])
            #expect(id.contains("opsi \"\(name)\" tidak dikenal untuk perintah \(command.rawValue)"), "\(id)")
            #expect(en.contains("unknown option \"\(name)\" for command \(command.rawValue)"), "\(en)")
        }
    }

    /// Given twice, an option that takes a value is refused, whichever it is.
    @Test(arguments: CommandName.allCases)
    func repeatedOptionsAreRefused(_ command: CommandName) {
        for option in command.syntax.options where option.placeholder != nil && option.name != "--lang" {
            let (id, en) = Self.usageError([command.rawValue, option.name, "a", option.name + "=b"])
            #expect(id.contains("opsi \(option.name) diberikan lebih dari sekali"), "\(id)")
            #expect(en.contains("option \(option.name) is given more than once"), "\(en)")
        }
        let twice = SmartCityMain.run([command.rawValue, "--lang", "en", "--lang", "en"])
        #expect(twice.status == .usage)
        #expect(twice.stderr.contains("option --lang is given more than once"), "\(twice.stderr)")
    }

    @Test(arguments: CommandName.allCases)
    func optionsThatTakeAValueNeedOne(_ command: CommandName) {
        for option in command.syntax.options where option.placeholder != nil && option.name != "--lang" {
            let (id, en) = Self.usageError([command.rawValue, option.name])
            #expect(id.contains("opsi \(option.name) memerlukan nilai"), "\(id)")
            #expect(en.contains("option \(option.name) needs a value"), "\(en)")
            #expect(Self.usageError([command.rawValue, option.name, "--help"]).id.contains("memerlukan nilai"))
        }
    }

    @Test func aMisspeltOptionGetsASuggestion() {
        let (id, en) = Self.usageError(["roadmap", "x", "--schedule", "5"])
        #expect(id.contains("opsi \"--schedule\" tidak dikenal untuk perintah roadmap; maksudnya \"--schedules\"?"), "\(id)")
        #expect(en.contains("unknown option \"--schedule\" for command roadmap; did you mean \"--schedules\"?"), "\(en)")
    }

    @Test func aFlagTakesNoValue() {
        let (id, en) = Self.usageError(["import", "x", "a.csv", "--force=yes"])
        #expect(id.contains("nilai \"yes\" untuk --force tidak sah"), "\(id)")
        #expect(en.contains("value \"yes\" for --force is not valid"), "\(en)")
    }

    /// A bad integer, date, month or choice: the option, the text found and what is expected.
    @Test(arguments: [
        (["generate", "--opds", "abc", "--out", "x"], "abc", "--opds", "1…1000000", "1…1000000"),
        (["generate", "--opds", "0", "--out", "x"], "0", "--opds", "1…1000000", "1…1000000"),
        (["bimtek", "x", "--year", "1999"], "1999", "--year", "2000…2100", "2000…2100"),
        (["schedule", "x.sm", "--seed", "-1"], "-1", "--seed", "0…18446744073709551615", "0…18446744073709551615"),
        (["import", "x", "a.csv", "--at", "2026-02-30"], "2026-02-30", "--at", "YYYY-MM-DD", "YYYY-MM-DD"),
        (["roadmap", "x", "--start", "2020-13"], "2020-13", "--start", "YYYY-MM", "YYYY-MM"),
        (["score", "x", "--format", "xml"], "xml", "--format", "table | csv | json", "table | csv | json"),
        (["score", "x", "--csv-sep", "tab"], "tab", "--csv-sep", ", | ; | comma | semicolon", ", | ; | comma | semicolon"),
        (["import", "x", "a.csv", "--by", " "], " ", "--by", "nama", "a name"),
        (["roadmap", "x", "--capacity", "auditor=2,kominfo-dev"], "kominfo-dev", "--capacity",
         "SUMBER=ANGKA, mis. kominfo-dev=4", "RESOURCE=NUMBER, e.g. kominfo-dev=4"),
        (["init", "x", "--city", "Kota X", "--period", "2026-03", "--id", "Kota X"], "Kota X", "--id", "a-z, 0-9, -", "a-z, 0-9, -"),
    ] as [([String], String, String, String, String)])
    func aBadValueNamesTheOptionWhatWasFoundAndWhatIsExpected(arguments: [String], found: String, option: String, id: String, en: String) {
        let (idText, enText) = Self.usageError(arguments)
        #expect(idText.hasPrefix("smartcity: galat penggunaan: nilai \"\(found)\" untuk \(option) tidak sah; seharusnya \(id)\n"), "\(idText)")
        #expect(enText.hasPrefix("smartcity: usage error: value \"\(found)\" for \(option) is not valid; expected \(en)\n"), "\(enText)")
    }

    /// A language not offered is told in Indonesian, the language when none valid is chosen;
    /// `run` offers both languages together as well.
    @Test func aBadLanguageIsRefusedWithTheChoices() {
        let score = SmartCityMain.run(["score", "x", "--lang", "fr"])
        #expect(score.status == .usage)
        #expect(score.stderr.hasPrefix("smartcity: galat penggunaan: nilai \"fr\" untuk --lang tidak sah; seharusnya id | en\n"), "\(score.stderr)")
        let run = SmartCityMain.run(["run", "x", "--out", "o", "--lang=fr"])
        #expect(run.stderr.hasPrefix("smartcity: galat penggunaan: nilai \"fr\" untuk --lang tidak sah; seharusnya id | en | id,en | en,id\n"), "\(run.stderr)")
    }

    @Test func aRequiredOptionOrArgumentLeftOutIsNamed() {
        #expect(Self.usageError(["generate", "--opds", "3"]).id.contains("perintah generate memerlukan opsi --out"))
        #expect(Self.usageError(["run", "x"]).en.contains("command run needs option --out"))
        #expect(Self.usageError(["score"]).en.contains("command score needs DIR"))
        #expect(Self.usageError(["import", "x"]).en.contains("command import needs FILE"))
        #expect(Self.usageError(["schedule"]).en.contains("command schedule needs FILE.sm"))
        #expect(Self.usageError(["generate", "x", "--opds", "3", "--out", "o"]).en.contains("unexpected argument \"x\" for command generate"))
    }

    /// Help is answered before values are judged, so it works on a line that is wrong otherwise.
    @Test func helpComesBeforeTheValues() {
        let outcome = SmartCityMain.run(["score", "--format", "xml", "--help"])
        #expect(outcome.status == .ok)
        #expect(outcome.stdout.hasPrefix("Penggunaan: smartcity score"))
    }

    @Test func valuesComeTypedAndDefaultsAsDeclared() throws {
        let given = try Self.parse(["ws", "--format=json", "--csv-sep", "semicolon", "--timings", "--period", "2020-03"], as: ScoreCommand.Options.self)
        #expect(given[\.inputs.workspace] == "ws")
        #expect(given[\.format] == .json)
        #expect(given[\.csvSeparator] == ";")
        #expect(given[\.timings])
        #expect(given[\.period] == "2020-03")
        #expect(given.locations == InputLocations(workspace: "ws"))
        let absent = try Self.parse(["ws", "--policy", "p.json"], as: ScoreCommand.Options.self)
        #expect(absent[\.format] == .table)
        #expect(absent[\.csvSeparator] == ",")
        #expect(!absent[\.timings])
        #expect(absent[\.period] == nil)
        #expect(absent[\.language] == .id)
        #expect(absent.locations == InputLocations(workspace: "ws", policy: "p.json"))
    }

    @Test func typedValuesOfEachKind() throws {
        let roadmap = try Self.parse(["ws", "--capacity", "kominfo-dev=4, auditor = 2", "--start", "2020-01", "--seed", "7"], as: RoadmapCommand.Options.self)
        #expect(roadmap[\.capacity] == ["kominfo-dev": 4, "auditor": 2])
        #expect(roadmap[\.start] == CalendarDate(iso: "2020-01-01"))
        #expect(roadmap[\.seed] == 7)
        #expect(roadmap[\.schedules] == nil)
        let imported = try Self.parse(["ws", "a.csv", "b.csv", "--by", "  Tim Diskominfo ", "--at", "2026-04-15", "--force"], as: ImportCommand.Options.self)
        #expect(imported[\.files] == ["a.csv", "b.csv"])
        #expect(imported[\.by] == "Tim Diskominfo")
        #expect(imported[\.at] == CalendarDate(iso: "2026-04-15"))
        #expect(imported[\.force])
        let run = try Self.parse(["ws", "--out", "o", "--lang", "en,id", "--decimal", ","], as: RunCommand.Options.self)
        #expect(run[\.pageLanguages] == [.en, .id])
        #expect(run[\.decimal] == ",")
        let schedule = try Self.parse(["a.sm", "--seed", "18446744073709551615"], as: ScheduleCommand.Options.self)
        #expect(schedule[\.seed] == UInt64.max)
        #expect(schedule[\.iterations] == RCPSPSolver.Options().scheduleLimit)
    }

    @Test func valueKindsAcceptTheirValuesAndRejectOthers() throws {
        let years = ValueKind<Int>.integer(in: 2000...2100, placeholder: "Y")
        #expect(try years.parse("2026") == 2026)
        #expect(throws: RejectedText.self) { try years.parse("2101") }
        #expect(throws: RejectedText.self) { try years.parse("20x6") }
        #expect(years.expected == LocalizedText(untranslated: "2000…2100"))
        let format = ValueKind<ScoreCommand.Format>.choice(ScoreCommand.Format.self)
        #expect(format.placeholder == "table|csv|json")
        #expect(try format.parse("csv") == .csv)
        #expect(throws: RejectedText.self) { try format.parse("CSV") }
        #expect(format.format(.json) == "json")
        #expect(try ValueKind<CalendarDate>.month.parse("2026-03") == CalendarDate(iso: "2026-03-01"))
        #expect(throws: RejectedText.self) { try ValueKind<CalendarDate>.date.parse("2026-3-1") }
        #expect(throws: RejectedText.self) { try ValueKind<String>.name("NAME").parse(" \t") }
    }
}
