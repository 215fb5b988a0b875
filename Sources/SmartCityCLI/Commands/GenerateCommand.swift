import SmartCityKit

/// `smartcity generate --opds N --seed S --out DIR`: a synthetic workspace for benchmarks.
enum GenerateCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        try scanned.none(command: CommandName.generate.rawValue)
        guard let count = try scanned.integer("--opds", in: 1...1_000_000) else {
            throw .missingOption("--opds", command: CommandName.generate.rawValue)
        }
        let seed = try scanned.integer("--seed", in: 0...Int.max) ?? 1
        let indicators = scanned.values["--indicators"] ?? "indicators"
        let out = try SmartCityMain.outputFolder(scanned, command: CommandName.generate.rawValue, inputs: [(indicators, .catalogs)])
        let result = Pipeline.generate(indicators: indicators, opdCount: count, seed: UInt64(seed), out: out)
        var stderr = SmartCityMain.render(result.diagnostics, language: l)
        if result.diagnostics.hasErrors { return CommandOutcome(status: .dataError, stderr: stderr) }
        if let failure = result.writeFailure {
            stderr += "smartcity: " + failure.text(l) + "\n"
            return CommandOutcome(status: .writeError, stderr: stderr)
        }
        let stdout = l.pick(id: "Ruang kerja sintetis \(count) OPD (benih \(seed)) ditulis ke \(out): \(result.files) berkas\n",
                            en: "Synthetic workspace of \(count) OPDs (seed \(seed)) written to \(out): \(result.files) files\n")
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
