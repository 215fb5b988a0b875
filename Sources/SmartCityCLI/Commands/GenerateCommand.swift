import SmartCityKit

/// `smartcity generate --opds N --seed S --out DIR`: a synthetic workspace for benchmarks.
enum GenerateCommand: Command {
    static let summary = LocalizedText(id: "membuat ruang kerja sintetis berisi N OPD (untuk uji skala nasional)",
                                       en: "writes a synthetic workspace of N OPDs (for national-scale benchmarks)")

    struct Options: CommandOptions {
        let opds: Option<Int> = .required("--opds", .integer(in: 1...1_000_000, placeholder: "N"),
                                          help: LocalizedText(id: "jumlah OPD sintetis", en: "number of synthetic OPDs"))
        let seed = SharedOptions.seed(in: 0...Int.max, default: 1)
        let out: Option<String> = .required("--out", .path("DIR"), help: LocalizedText(
            id: "folder ruang kerja baru: baru, kosong, atau hasil generate sebelumnya",
            en: "new workspace folder: new, empty, or an earlier generate output"))
        let indicators: Option<String> = .defaulted("--indicators", .path("DIR"), default: "indicators",
                                                    help: LocalizedText(id: "folder katalog indikator", en: "indicator catalog folder"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let count = arguments[\.opds]
        let seed = arguments[\.seed]
        let indicators = arguments[\.indicators]
        let out = try SmartCityMain.outputFolder(arguments[\.out], inputs: [(indicators, .catalogs)])
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
