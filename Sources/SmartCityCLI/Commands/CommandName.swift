import SmartCityKit

/// The commands of `smartcity`, by the name the user types. A `switch` over this enum finds
/// each one's implementation, so a command without one does not compile; its summary,
/// options and help come from there.
enum CommandName: String, CaseIterable, Sendable {
    case initWorkspace = "init"
    case form
    case validate
    case importFiles = "import"
    case audit
    case score
    case run
    case generate
    case explain
    case progress
    case roadmap
    case bimtek
    case crosswalk
    case appeal
    case period
    case schedule

    /// The command's summary, declarations and behaviour.
    var implementation: any Command.Type {
        switch self {
        case .initWorkspace: return InitCommand.self
        case .form: return FormCommand.self
        case .validate: return ValidateCommand.self
        case .importFiles: return ImportCommand.self
        case .audit: return AuditCommand.self
        case .score: return ScoreCommand.self
        case .run: return RunCommand.self
        case .generate: return GenerateCommand.self
        case .explain: return ExplainCommand.self
        case .progress: return ProgressCommand.self
        case .roadmap: return RoadmapCommand.self
        case .bimtek: return BimtekCommand.self
        case .crosswalk: return CrosswalkCommand.self
        case .appeal: return AppealCommand.self
        case .period: return PeriodCommand.self
        case .schedule: return ScheduleCommand.self
        }
    }

    var syntax: CommandSyntax {
        implementation.syntax(named: rawValue)
    }

    func helpText(_ l: Language) -> String {
        implementation.help(named: rawValue, language: l)
    }

    /// Runs the command on its command line (without the program and command names).
    func run(_ arguments: [String], language: Language) throws(UsageError) -> CommandOutcome {
        try implementation.run(arguments, named: rawValue, language: language)
    }

    static func overview(_ l: Language) -> String {
        var out = l.pick(
            id: "smartcity — mengukur kemajuan digitalisasi layanan OPD (SPBE, kota cerdas, layanan daring) dan merencanakan sisanya.\n\n",
            en: "smartcity — measures how far each city unit (OPD) has digitised its services (SPBE, smart city, online services) and plans the rest.\n\n")
        out += l.pick(id: "Penggunaan: smartcity PERINTAH [OPSI]\n\nPerintah:\n", en: "Usage: smartcity COMMAND [OPTIONS]\n\nCommands:\n")
        for c in allCases {
            out += "  " + c.rawValue + String(repeating: " ", count: 10 - c.rawValue.count) + c.implementation.summary.text(l) + "\n"
        }
        out += "\n" + l.pick(id: "Contoh:\n  smartcity run examples/malang --out out\n  smartcity score examples/malang --lang en\n\n`smartcity PERINTAH --help` menjelaskan satu perintah.\n",
                             en: "Examples:\n  smartcity run examples/malang --out out\n  smartcity score examples/malang --lang en\n\n`smartcity COMMAND --help` explains one command.\n")
        return out
    }
}
