import Foundation
import Testing
@testable import SmartCityCLI
@testable import SmartCityKit

/// `--help` and the usage line are read from each command's declarations: these tests fail
/// if the two drift apart in either direction, in either language.
@Suite struct HelpDeclarationTests {
    static func help(_ command: CommandName, _ language: Language) -> String {
        SmartCityMain.run([command.rawValue, "--help", "--lang", language.rawValue]).stdout
    }

    /// The usage line, its wrapped lines joined again.
    static func usage(_ help: String) -> String {
        let head = help.components(separatedBy: "\n\n")[0]
        return head.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The lines of the options section.
    static func optionLines(_ help: String) -> [Substring] {
        let sections = help.components(separatedBy: "\n\n")
        guard let section = sections.first(where: { $0.hasPrefix("Opsi:\n") || $0.hasPrefix("Options:\n") }) else { return [] }
        return section.split(separator: "\n").dropFirst().map { $0 }
    }

    @Test(arguments: CommandName.allCases)
    func helpListsEveryDeclaredOptionWithItsHelpInBothLanguages(_ command: CommandName) {
        for language in Language.allCases {
            let help = Self.help(command, language)
            let lines = Self.optionLines(help)
            #expect(lines.count == command.syntax.options.count, "\(command.rawValue) \(language): \(help)")
            for option in command.syntax.options {
                let left = "  " + option.synopsis + "  "
                let line = lines.first { $0.hasPrefix(left) }
                #expect(line != nil, "\(command.rawValue) --help (\(language)) lacks \(option.name)")
                #expect(line?.contains(option.help.text(language)) == true, "\(command.rawValue) \(option.name) (\(language)): \(line ?? "")")
            }
        }
    }

    @Test(arguments: CommandName.allCases)
    func usageLineListsEveryDeclaredOptionAndArgument(_ command: CommandName) {
        for language in Language.allCases {
            let usage = Self.usage(Self.help(command, language))
            #expect(usage.hasPrefix(language.pick(id: "Penggunaan: ", en: "Usage: ") + "smartcity \(command.rawValue) "))
            for argument in command.syntax.arguments { #expect(usage.contains(" \(argument.usage)"), "\(usage)") }
            for option in command.syntax.options where option.name != "--help" {
                let word = option.isRequired ? option.synopsis : "[" + option.synopsis + "]"
                #expect(usage.contains(" " + word), "\(command.rawValue): \(word) missing from \(usage)")
            }
        }
    }

    /// The other direction: every option named anywhere in a command's help — usage line,
    /// option list, help texts — is one the command accepts.
    @Test(arguments: CommandName.allCases)
    func helpNamesOnlyOptionsTheCommandAccepts(_ command: CommandName) throws {
        let declared = Set(command.syntax.options.map(\.name))
        let pattern = try Regex(#"--[a-z][a-z-]*"#)
        for language in Language.allCases {
            let help = Self.help(command, language)
            let named = Set(help.matches(of: pattern).map { String(help[$0.range]) })
            #expect(named.subtracting(declared).isEmpty, "\(command.rawValue) --help names \(named.subtracting(declared).sorted())")
            #expect(named.isSuperset(of: declared))
        }
    }

    /// The drift this design ends: options the commands read that their usage left out.
    @Test(arguments: [
        (CommandName.score, ["[--policy FILE]", "[--indicators DIR]", "[--timings]"]),
        (.roadmap, ["[--seed S]", "[--schedules N]", "[--policy FILE]"]),
        (.run, ["[--timings]", "[--indicators DIR]"]),
        (.bimtek, ["[--csv-sep ,|;]", "[--timings]"]),
        (.generate, ["[--lang id|en]"]),
        (.schedule, ["[--optimum FILE.csv]"]),
    ])
    func usageNowHasTheOptionsItLacked(_ command: CommandName, _ words: [String]) {
        let usage = Self.usage(Self.help(command, .en))
        for word in words { #expect(usage.contains(word), "\(usage)") }
    }

    @Test(arguments: CommandName.allCases)
    func usageLinesFitEightyColumns(_ command: CommandName) {
        for language in Language.allCases {
            let head = Self.help(command, language).components(separatedBy: "\n\n")[0]
            for line in head.split(separator: "\n") { #expect(line.count <= CommandHelp.width, "\(line)") }
        }
    }

    /// What help says beside an option: required, or its default written as the command line
    /// takes it — from the declaration, so the default shown is the default used.
    @Test func helpShowsRequiredOptionsAndDefaults() {
        let generate = Self.help(.generate, .id)
        #expect(generate.contains("  --opds N          jumlah OPD sintetis (wajib)\n"), "\(generate)")
        #expect(generate.contains("  --seed S          benih acak; benih sama, hasil sama (bawaan: 1)\n"), "\(generate)")
        #expect(generate.hasPrefix("Penggunaan: smartcity generate --opds N [--seed S] --out DIR [--indicators DIR]\n"
                                     + "                               [--lang id|en]\n\n"), "\(generate)")
        let schedule = Self.help(.schedule, .en)
        #expect(schedule.contains("(default: \(RCPSPSolver.Options().scheduleLimit))\n"), "\(schedule)")
        let score = Self.help(.score, .en)
        #expect(score.contains("  --format table|csv|json  output format (default: table)\n"), "\(score)")
        #expect(score.contains("  --period P               period to score (default: the latest)\n"), "\(score)")
    }

    @Test(arguments: CommandName.allCases)
    func everyCommandDeclaresWellFormedOptions(_ command: CommandName) {
        let syntax = command.syntax
        #expect(Set(syntax.options.map(\.name)).count == syntax.options.count)
        #expect(syntax.options.map(\.name).contains("--lang"), "every command speaks both languages")
        for option in syntax.options {
            #expect(option.name.hasPrefix("--") && option.name.count > 2)
            #expect(option.placeholder?.isEmpty != true)
            #expect(!option.help.id.isEmpty && !option.help.en.isEmpty && option.help.id != option.help.en, "\(option.name)")
        }
    }
}
