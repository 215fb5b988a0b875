import SmartCityKit

/// `smartcity run DIR --out OUT`: scores the period and writes every output available.
enum RunCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = try SmartCityMain.locations(scanned, command: CommandName.run.rawValue)
        let out = try SmartCityMain.outputFolder(scanned, command: CommandName.run.rawValue, inputs: OutputPlacement.inputs(of: locations))
        let decimal = try scanned.choice("--decimal", [".", ","]) ?? "."
        let separator = try SmartCityMain.csvSeparator(scanned)
        if decimal == ",", separator == "," {
            throw .invalidValue(option: "--decimal", found: ",", expected: l.pick(id: "\".\" bila --csv-sep \",\"", en: "\".\" when --csv-sep is \",\""))
        }
        let pages = (scanned.values["--lang"] ?? l.rawValue).split(separator: ",").compactMap { Language(rawValue: String($0)) }
        let options = RunOptions(outDirectory: out, periodID: scanned.values["--period"], language: l, pageLanguages: pages,
                                 csvSeparator: separator, csvDecimalSeparator: decimal,
                                 measure: scanned.flags.contains("--timings"))
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
