import SmartCityKit

/// `smartcity schedule FILE.sm… | DIR…`: solves PSPLIB instances with the roadmap's
/// scheduler and prints makespan, lower bound, the deviation from the critical-path bound
/// and, with known optima or best known makespans, the deviation from them: the benchmark
/// of the scheduler against the RCPSP literature.
enum ScheduleCommand: Command {
    static let summary = LocalizedText(id: "menjadwalkan instans PSPLIB (.sm) dan mengukur deviasi dari batas bawah dan optimum (uji penjadwal peta jalan)",
                                       en: "schedules PSPLIB instances (.sm) and measures the deviation from the bounds and optima (benchmarks the roadmap scheduler)")

    /// The solver's own defaults, so that help shows what a run without options does.
    static let solverDefaults = RCPSPSolver.Options()

    struct Options: CommandOptions {
        let instances: Argument<[String]> = .list("FILE.sm", shown: "FILE.sm|DIR")
        let iterations: Option<Int> = .defaulted(
            "--iterations", .integer(in: 1...100_000_000, placeholder: "N"), default: ScheduleCommand.solverDefaults.scheduleLimit,
            help: LocalizedText(id: "jadwal yang dibangkitkan per instans, termasuk lintasan justifikasi",
                                en: "schedules generated per instance, justification passes included"))
        let seed = SharedOptions.seed(in: 0...UInt64.max, default: ScheduleCommand.solverDefaults.seed)
        let optimum: Option<String?> = .optional("--optimum", .path("FILE.csv"), help: LocalizedText(id: "CSV optimum atau yang terbaik diketahui, kolom problem,optimum (atau best_known; BB..BA untuk instans yang belum terpecahkan)",
                                                                     en: "CSV of optima or best known makespans, columns problem,optimum (or best_known; LB..UB for an open instance)"),
                                                 byDefault: LocalizedText(id: "optimum.csv atau best-known.csv di folder instans", en: "optimum.csv or best-known.csv in the instance folder"))
        let timings: Option<Bool> = .flag("--timings", help: LocalizedText(
            id: "tambahkan waktu per instans dan total (hasil ukur, berbeda tiap jalan)", en: "add per-instance and total times (measurements, differ between runs)"))
        let language = SharedOptions.language
    }

    static func execute(_ arguments: ParsedArguments<Options>, language l: Language) throws(UsageError) -> CommandOutcome {
        var options = solverDefaults
        options.scheduleLimit = arguments[\.iterations]
        options.seed = arguments[\.seed]
        let (instances, findings) = PSPLIBLoader.load(arguments[\.instances], optimumFile: arguments[\.optimum])
        let benchmark = PSPLIBBenchmark.run(instances, options: options)
        let violations = benchmark.runs.flatMap(\.violations)
        let all = findings + violations
        let stderr = SmartCityMain.render(all, language: l)
        guard !instances.isEmpty else { return CommandOutcome(status: .dataError, stderr: stderr) }
        let stdout = PSPLIBBenchmarkText.render(benchmark, language: l, timings: arguments[\.timings])
        return CommandOutcome(status: all.hasErrors ? .dataError : .ok, stdout: stdout, stderr: stderr)
    }
}
