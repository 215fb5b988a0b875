import SmartCityKit

/// `smartcity run DIR --out OUT`: scores the period and writes every output available.
enum RunCommand: Command {
    static let summary = LocalizedText(id: "menilai dan menulis ke OUT: dasbor, laporan setiap OPD, ekspor, serta peta jalan dan rencana Bimtek bila kebijakan memuatnya",
                                       en: "scores and writes to OUT: the dashboard, a report per OPD, the exports, and the roadmap and Bimtek plan when the policy has them")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let out: Option<String> = .required("--out", .path("OUT"), help: LocalizedText(
            id: "folder keluaran tersendiri: baru, kosong, atau keluaran smartcity sebelumnya; hanya yang ditulis smartcity yang diganti",
            en: "an output folder of its own: new, empty, or an earlier smartcity output; only what smartcity wrote is replaced"))
        let period = SharedOptions.period(LocalizedText(id: "periode yang dinilai", en: "period to score"))
        let csvSeparator = SharedOptions.csvSeparator
        let decimal: Option<String> = .defaulted("--decimal", .choice([(".", "."), (",", ",")]), default: ".",
                                                 help: LocalizedText(id: "pemisah desimal angka di CSV", en: "decimal separator of numbers in CSV"))
        let timings = SharedOptions.timings
        /// Unlike other commands, `run` writes its pages in one language or in both; it prints
        /// in the first.
        let pageLanguages: Option<[Language]> = .defaulted(
            SharedOptions.language.name, .choice([("id", [.id]), ("en", [.en]), ("id,en", [.id, .en]), ("en,id", [.en, .id])], placeholder: "id|en|id,en"),
            default: [.id], help: LocalizedText(
                id: "bahasa keluaran; id,en menulis halaman dalam kedua bahasa (yang kedua berakhiran .en.html)",
                en: "output language; id,en writes the pages in both languages (the second as .en.html)"))
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = arguments.locations
        let out = try SmartCityMain.outputFolder(arguments[\.out], inputs: OutputPlacement.inputs(of: locations))
        let decimal = arguments[\.decimal]
        let separator = arguments[\.csvSeparator]
        if decimal == ",", separator == "," {
            let options = arguments.options
            throw .invalidValue(option: options.decimal.name, found: ",", expected: LocalizedText(
                id: "\".\" bila \(options.csvSeparator.name) \",\"", en: "\".\" when \(options.csvSeparator.name) is \",\""))
        }
        let options = RunOptions(outDirectory: out, periodID: arguments[\.period], language: l, pageLanguages: arguments[\.pageLanguages],
                                 csvSeparator: separator, csvDecimalSeparator: decimal,
                                 measure: arguments[\.timings])
        let result = Pipeline.run(locations, options: options)
        var stderr = SmartCityMain.render(result.diagnostics, language: l)
        guard result.report != nil else { return CommandOutcome(status: .dataError, stderr: stderr) }
        var stdout = result.summary + "\n"
        for path in result.written { stdout += ReportText.written(path).text(l) + "\n" }
        if result.pagesWritten > 0 {
            stdout += ReportText.written(l.pick(id: "\(result.pagesWritten) laporan OPD di ", en: "\(result.pagesWritten) OPD reports in ")
                                         + FileSystem.join(options.outDirectory, "opd/")).text(l) + "\n"
        }
        if !result.timings.isEmpty {
            stderr += "timings: " + result.timings.map { "\($0.stage.rawValue) \($0.seconds) s" }.joined(separator: ", ") + "\n"
        }
        if let failure = result.writeFailure {
            stderr += "smartcity: " + failure.text(l) + "\n"
            return CommandOutcome(status: .writeError, stdout: stdout, stderr: stderr)
        }
        // A roadmap that cannot be planned (a cycle of prerequisites, an unknown team) is a
        // data error, though everything else was written.
        return CommandOutcome(status: result.diagnostics.hasErrors ? .dataError : .ok, stdout: stdout, stderr: stderr)
    }
}
