import SmartCityKit

/// `smartcity roadmap DIR`: the phased plan in the terminal, optionally written to
/// `OUT/roadmap/`; `--capacity` and `--start` ask "what if", `--min-capacity` "what would it take".
enum RoadmapCommand: Command {
    static let summary = LocalizedText(id: "peta jalan bertahap: tugas dari tindakan, dijadwalkan menurut kapasitas tim; tonggak tercapai atau tidak, dan proyeksi skor per fase",
                                       en: "phased roadmap: tasks from the actions, scheduled within team capacity; which milestones are met, and projected scores per phase")

    struct Options: ReadsWorkspace {
        let inputs = WorkspaceInputs()
        let period = SharedOptions.period(LocalizedText(id: "periode asal rencana", en: "period the plan starts from"))
        let out: Option<String?> = .optional("--out", .path("OUT"), help: LocalizedText(
            id: "tulis juga OUT/roadmap/ (md, html, json, ics); isi lain keluaran smartcity di OUT tetap",
            en: "also write OUT/roadmap/ (md, html, json, ics); the rest of a smartcity output in OUT stays"))
        let capacity: Option<[String: Int]?> = .optional("--capacity", RoadmapCommand.capacities, help: LocalizedText(
            id: "andaikan kapasitas lain, mis. kominfo-dev=4", en: "what if: other capacities, e.g. kominfo-dev=4"))
        let start: Option<CalendarDate?> = .optional("--start", .month, help: LocalizedText(
            id: "andaikan mulai pada bulan lain", en: "what if: start in another month"))
        let minimumCapacity: Option<String?> = .optional("--min-capacity", .text("R"), help: LocalizedText(
            id: "cari kapasitas terkecil R yang memenuhi semua tonggak", en: "search the smallest capacity of R that meets every milestone"))
        let seed: Option<Int?> = .optional("--seed", .integer(in: 0...Int(Int32.max), placeholder: "S"),
                                           help: LocalizedText(id: "benih pencarian", en: "search seed"), byDefault: fromThePolicy)
        let schedules: Option<Int?> = .optional("--schedules", .integer(in: 1...1_000_000, placeholder: "N"),
                                                help: LocalizedText(id: "jadwal yang dicoba", en: "schedules to try"), byDefault: fromThePolicy)
        let language = SharedOptions.language
    }

    /// The default of the search settings: the policy's `search`.
    static let fromThePolicy = LocalizedText(id: "dari kebijakan", en: "from the policy")

    /// `kominfo-dev=4,auditor=2`: capacities by resource, each a whole number 1…1000. A bad
    /// pair is named alone, so the message points at it in a long list.
    static let capacities = ValueKind<[String: Int]>(
        placeholder: "R=N,…", expected: LocalizedText(id: "SUMBER=ANGKA, mis. kominfo-dev=4", en: "RESOURCE=NUMBER, e.g. kominfo-dev=4")
    ) { (text: String) throws(RejectedText) -> [String: Int] in
        var capacities: [String: Int] = [:]
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: "=", maxSplits: 1).map { String($0.filter { $0 != " " }) }
            guard pieces.count == 2, !pieces[0].isEmpty, let value = Int(pieces[1]), RoadmapPolicy.capacityRange.contains(value) else {
                throw RejectedText(found: String(part))
            }
            capacities[pieces[0]] = value
        }
        return capacities
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        let locations = arguments.locations
        let out = try SmartCityMain.outputFolder(arguments[\.out], inputs: OutputPlacement.inputs(of: locations))
        var options = RoadmapOptions()
        options.capacities = arguments[\.capacity] ?? [:]
        options.start = arguments[\.start]
        options.seed = arguments[\.seed].map(UInt64.init)
        options.schedules = arguments[\.schedules]
        let period = arguments[\.period]
        var stdout = ""
        let roadmap: Roadmap?
        var diagnostics: [Diagnostic]
        if let resource = arguments[\.minimumCapacity] {
            let (answer, d) = Pipeline.minimumCapacity(locations, periodID: period, resource: resource, options: options)
            roadmap = answer?.plan.roadmap
            diagnostics = d.filter { $0.code != "RMP007" && $0.code != "RMP008" }
            if let answer { stdout += RoadmapTextRenderer.minimumCapacity(answer, resource: resource, language: l) + "\n\n" }
        } else {
            // Planned with the Bimtek classes, as `run` does: tasks start after their training.
            let (plan, report, d) = Pipeline.cityPlan(locations, periodID: period, roadmapOptions: options)
            roadmap = plan?.roadmap
            // Without a training catalog, budget or trainers the roadmap stands alone; those
            // warnings belong to `smartcity bimtek`.
            diagnostics = d.filter { $0.code != "RMP007" && $0.code != "RMP008" }
            // `run` and `bimtek` go on without a roadmap section; here it is the whole job.
            if let report, report.policy.roadmap == nil {
                diagnostics.append(Diagnostic(.roadmap(.noRoadmap), at: Diagnostic.Location(file: report.policy.file)))
            }
        }
        var stderr = SmartCityMain.render(diagnostics, language: l)
        guard let roadmap, !diagnostics.hasErrors else { return CommandOutcome(status: .dataError, stdout: stdout, stderr: stderr) }
        stdout += RoadmapTextRenderer.render(roadmap, language: l)
        if let out {
            let result = RoadmapOutputs.write(roadmap, to: out, languages: [l])
            for path in result.written { stdout += ReportText.written(path).text(l) + "\n" }
            if let failure = result.failure {
                stderr += "smartcity: " + failure.text(l) + "\n"
                return CommandOutcome(status: .writeError, stdout: stdout, stderr: stderr)
            }
        }
        return CommandOutcome(status: .ok, stdout: stdout, stderr: stderr)
    }
}
