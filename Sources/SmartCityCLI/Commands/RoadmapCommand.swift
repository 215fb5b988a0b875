import SmartCityKit

/// `smartcity roadmap DIR`: the phased plan in the terminal, optionally written to
/// `OUT/roadmap/`; `--capacity` and `--start` ask "what if", `--min-capacity` "what would it take".
enum RoadmapCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        let command = CommandName.roadmap.rawValue
        let locations = try SmartCityMain.locations(scanned, command: command)
        let out = scanned.values["--out"] == nil ? nil
            : try SmartCityMain.outputFolder(scanned, command: command, inputs: OutputPlacement.inputs(of: locations))
        var options = RoadmapOptions()
        if let text = scanned.values["--capacity"] {
            for part in text.split(separator: ",") {
                let pieces = part.split(separator: "=", maxSplits: 1).map { String($0.filter { $0 != " " }) }
                guard pieces.count == 2, !pieces[0].isEmpty, let value = Int(pieces[1]), (1...1000).contains(value) else {
                    throw .invalidValue(option: "--capacity", found: String(part), expected: l.pick(id: "SUMBER=ANGKA, mis. kominfo-dev=4", en: "RESOURCE=NUMBER, e.g. kominfo-dev=4"))
                }
                options.capacities[pieces[0]] = value
            }
        }
        if let text = scanned.values["--start"] {
            guard let date = CalendarDate(iso: text + "-01") ?? CalendarDate(iso: text) else {
                throw .invalidValue(option: "--start", found: text, expected: "YYYY-MM")
            }
            options.start = date
        }
        if let seed = try scanned.integer("--seed", in: 0...Int(Int32.max)) { options.seed = UInt64(seed) }
        options.schedules = try scanned.integer("--schedules", in: 1...1_000_000)
        let period = scanned.values["--period"]
        var stdout = ""
        let roadmap: Roadmap?
        var diagnostics: [Diagnostic]
        if let resource = scanned.values["--min-capacity"] {
            let (capacity, found, d) = Pipeline.minimumCapacity(locations, periodID: period, resource: resource, options: options)
            roadmap = found
            diagnostics = d
            if let capacity {
                stdout += RoadmapText.minimumCapacity(resource: resource, capacity: capacity).text(l) + "\n\n"
            }
        } else {
            // Planned with the Bimtek classes, as `run` does: tasks start after their training.
            let (plan, _, d) = Pipeline.cityPlan(locations, periodID: period, roadmapOptions: options)
            roadmap = plan?.roadmap
            // Without a training catalog, budget or trainers the roadmap stands alone; those
            // warnings belong to `smartcity bimtek`.
            diagnostics = d.filter { $0.code != "RMP007" && $0.code != "RMP008" }
        }
        var stderr = SmartCityMain.render(diagnostics, language: l)
        guard let roadmap else { return CommandOutcome(status: .dataError, stdout: stdout, stderr: stderr) }
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
