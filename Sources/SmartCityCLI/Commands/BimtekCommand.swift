import SmartCityKit

/// `smartcity bimtek DIR`: the year's Bimtek classes from the period's actions, within the
/// trainers and the budget, due before the roadmap tasks that need them.
enum BimtekCommand: Command {
    static let summary = LocalizedText(id: "rencana Bimtek: kelas per modul dari kebutuhan OPD, terjadwal menurut pelatih, prasyarat dan peta jalan, dalam anggaran tahunan",
                                       en: "Bimtek plan: classes per module from the OPDs' needs, scheduled within trainers, prerequisites and the roadmap, inside the yearly budget")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let period = SharedOptions.period(LocalizedText(id: "periode asal kebutuhan", en: "period the needs come from"))
        let year: Option<Int?> = .optional("--year", .integer(in: 2000...2100, placeholder: "Y"), help: LocalizedText(id: "tahun rencana", en: "year of the plan"),
                                           byDefault: LocalizedText(id: "tahun mulai peta jalan", en: "the roadmap's start year"))
        let budget: Option<Int?> = .optional("--budget", .integer(in: 0...Int(Int32.max) * 1000, placeholder: "RP"),
                                             help: LocalizedText(id: "anggaran rupiah", en: "budget in rupiah"),
                                             byDefault: LocalizedText(id: "roadmap.budget tahun itu", en: "the policy's roadmap.budget for the year"))
        let trainers: Option<Int?> = .optional("--trainers", .integer(in: 1...10_000, placeholder: "N"),
                                               help: LocalizedText(id: "jumlah pelatih", en: "number of trainers"),
                                               byDefault: LocalizedText(id: "sumber daya trainers kebijakan", en: "the policy's trainers resource"))
        let noRoadmap: Option<Bool> = .flag("--no-roadmap", help: LocalizedText(id: "tanpa tenggat dari peta jalan", en: "without deadlines from the roadmap"))
        let out: Option<String?> = .optional("--out", .path("OUT"), help: LocalizedText(
            id: "tulis juga OUT/bimtek/ (html, md, daftar kelas, anggaran); isi lain keluaran smartcity di OUT tetap",
            en: "also write OUT/bimtek/ (html, md, class lists, budget); the rest of a smartcity output in OUT stays"))
        let csvSeparator = SharedOptions.csvSeparator
        let timings = SharedOptions.timings
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = arguments.locations
        let out = try SmartCityMain.outputFolder(arguments[\.out], inputs: OutputPlacement.inputs(of: locations))
        let options = BimtekOptions(budget: arguments[\.budget], year: arguments[\.year], trainers: arguments[\.trainers])
        var timings: [StageTiming] = []
        let (plan, report, diagnostics) = Pipeline.cityPlan(locations, periodID: arguments[\.period], bimtekOptions: options,
                                                            withRoadmap: !arguments[\.noRoadmap], timings: &timings)
        var stderr = SmartCityMain.render(diagnostics, language: l)
        if arguments[\.timings] {
            stderr += "timings: " + timings.map { "\($0.stage.rawValue) \($0.seconds) s" }.joined(separator: ", ") + "\n"
        }
        // An error anywhere (the roadmap the deadlines come from included) is exit 2: a plan
        // made without what failed would look complete.
        guard let plan, let report, plan.bimtek != nil, !diagnostics.hasErrors else {
            if report != nil, plan?.training == nil {
                stderr += "smartcity: " + l.pick(id: "tidak ada katalog pelatihan (indicators/training.json)", en: "no training catalog (indicators/training.json)") + "\n"
            }
            return CommandOutcome(status: .dataError, stderr: stderr)
        }
        var stdout = BimtekTextRenderer.render(plan, report: report, language: l)
        if let out {
            let result = BimtekOutputs.write(plan, report: report, to: out, languages: [l], csvSeparator: arguments[\.csvSeparator])
            for path in result.written { stdout += ReportText.written(path).text(l) + "\n" }
            if let failure = result.failure {
                stderr += "smartcity: " + failure.text(l) + "\n"
                return CommandOutcome(status: .writeError, stdout: stdout, stderr: stderr)
            }
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
