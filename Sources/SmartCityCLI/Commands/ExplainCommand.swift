import SmartCityKit

/// `smartcity explain DIR --opd ID [--indicator X | --rule R]`: why a score, an action or a
/// flag came out as it did; without `--opd`, the city's index or one of its indicators.
enum ExplainCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = try SmartCityMain.locations(scanned, command: CommandName.explain.rawValue)
        let opd = scanned.values["--opd"]
        let subject: ExplainSubject
        switch (scanned.values["--indicator"], scanned.values["--rule"]) {
        case (let i?, nil): subject = opd == nil ? .cityIndicator(i) : .indicator(i)
        case (nil, let r?):
            guard opd != nil else { throw .missingOption("--opd", command: CommandName.explain.rawValue) }
            subject = .rule(r)
        case (nil, nil): subject = opd == nil ? .city : .opd
        case (_?, _?): throw .invalidValue(option: "--rule", found: scanned.values["--rule"] ?? "", expected: l.pick(id: "--indicator atau --rule, bukan keduanya", en: "--indicator or --rule, not both"))
        }
        let (result, diagnostics) = Pipeline.explain(locations, periodID: scanned.values["--period"], opd: opd, subject: subject, language: l)
        let stderr = SmartCityMain.render(diagnostics, language: l)
        switch result {
        case .text(let text): return CommandOutcome(status: .ok, stdout: text, stderr: stderr)
        case .dataError: return CommandOutcome(status: .dataError, stderr: stderr)
        case .unknownOPD(let id, let s):
            throw .invalidValue(option: "--opd", found: id, expected: hint(l.pick(id: "id OPD dari opds.csv", en: "an OPD id from opds.csv"), s, l))
        case .unknownIndicator(let id, let s):
            throw .invalidValue(option: "--indicator", found: id, expected: hint(l.pick(id: "id indikator dari katalog", en: "an indicator id from the catalogs"), s, l))
        case .unknownRule(let id, let s):
            throw .invalidValue(option: "--rule", found: id, expected: hint(l.pick(id: "id aturan dari indicators/rules", en: "a rule id from indicators/rules"), s, l))
        }
    }

    static func hint(_ expected: String, _ suggestion: String?, _ l: Language) -> String {
        expected + (suggestion.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? "")
    }
}
