import SmartCityKit

/// `smartcity schedule FILE.sm… | DIR…`: solves PSPLIB instances with the roadmap's
/// scheduler and prints makespan, lower bound and, with known optima, the deviation from
/// them: the benchmark of the scheduler against the RCPSP literature.
enum ScheduleCommand {
    static func execute(_ scanned: ScannedArguments, language l: Language) throws(UsageError) -> CommandOutcome {
        guard !scanned.positionals.isEmpty else { throw .missingArgument(name: "FILE.sm", command: CommandName.schedule.rawValue) }
        var options = RCPSPSolver.Options()
        options.scheduleLimit = try scanned.integer("--iterations", in: 1...100_000_000) ?? options.scheduleLimit
        if let seed = scanned.values["--seed"] {
            guard let value = UInt64(seed) else { throw .invalidValue(option: "--seed", found: seed, expected: "0…\(UInt64.max)") }
            options.seed = value
        }
        let (instances, findings) = PSPLIBLoader.load(scanned.positionals, optimumFile: scanned.values["--optimum"])
        let benchmark = PSPLIBBenchmark.run(instances, options: options)
        let violations = benchmark.runs.flatMap(\.violations)
        let all = findings + violations
        let stderr = SmartCityMain.render(all, language: l)
        guard !instances.isEmpty else { return CommandOutcome(status: .dataError, stderr: stderr) }
        let stdout = PSPLIBBenchmarkText.render(benchmark, language: l, timings: scanned.flags.contains("--timings"))
        return CommandOutcome(status: all.hasErrors ? .dataError : .ok, stdout: stdout, stderr: stderr)
    }
}
