import SmartCityKit

/// `smartcity explain DIR --opd ID [--indicator X | --rule R]`: why a score, an action or a
/// flag came out as it did; without `--opd`, the city's index or one of its indicators.
enum ExplainCommand: Command {
    static let summary = LocalizedText(id: "menjelaskan asal skor, tindakan, atau penanda sebuah OPD, atau asal nilai indeks kota hingga ke setiap butir data dukung",
                                       en: "explains why an OPD's score, action or flag came out as it did, or the city's index down to its evidence items")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let opd: Option<String?> = .optional("--opd", .text("ID"), help: LocalizedText(
            id: "OPD yang dijelaskan; tanpa --opd: indeks kota sampai setiap butir data dukung",
            en: "the OPD to explain; without --opd: the city's index down to each evidence item"))
        let indicator: Option<String?> = .optional("--indicator", .text("X"), help: LocalizedText(
            id: "jelaskan satu indikator: jawaban, bobot, target, aturan", en: "explain one indicator: answer, weight, target, rules"))
        let rule: Option<String?> = .optional("--rule", .text("R"), help: LocalizedText(
            id: "jelaskan satu aturan bagi --opd: syarat dan nilai yang dibacanya; bukan bersama --indicator",
            en: "explain one rule for --opd: its condition and the values it read; not with --indicator"))
        let period = SharedOptions.period(LocalizedText(id: "periode", en: "period"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let options = arguments.options
        let opd = arguments[\.opd]
        let subject: ExplainSubject
        switch (arguments[\.indicator], arguments[\.rule]) {
        case (let i?, nil): subject = opd == nil ? .cityIndicator(i) : .indicator(i)
        case (nil, let r?):
            guard opd != nil else { throw .missingOption(options.opd.name, command: arguments.command) }
            subject = .rule(r)
        case (nil, nil): subject = opd == nil ? .city : .opd
        case (_?, let r?):
            throw .invalidValue(option: options.rule.name, found: r, expected: LocalizedText(
                id: "\(options.indicator.name) atau \(options.rule.name), bukan keduanya", en: "\(options.indicator.name) or \(options.rule.name), not both"))
        }
        let (result, diagnostics) = Pipeline.explain(arguments.locations, periodID: arguments[\.period], opd: opd, subject: subject, language: l)
        let stderr = SmartCityMain.render(diagnostics, language: l)
        switch result {
        case .text(let text): return CommandOutcome(status: .ok, stdout: text, stderr: stderr)
        case .dataError: return CommandOutcome(status: .dataError, stderr: stderr)
        case .unknownOPD(let id, let s):
            throw .invalidValue(option: options.opd.name, found: id,
                                expected: LocalizedText(id: "id OPD dari opds.csv", en: "an OPD id from opds.csv").appending(UsageError.didYouMean(s)))
        case .unknownIndicator(let id, let s):
            throw .invalidValue(option: options.indicator.name, found: id,
                                expected: LocalizedText(id: "id indikator dari katalog", en: "an indicator id from the catalogs").appending(UsageError.didYouMean(s)))
        case .unknownRule(let id, let s):
            throw .invalidValue(option: options.rule.name, found: id,
                                expected: LocalizedText(id: "id aturan dari indicators/rules", en: "a rule id from indicators/rules").appending(UsageError.didYouMean(s)))
        }
    }
}
