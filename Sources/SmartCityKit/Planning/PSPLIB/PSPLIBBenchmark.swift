/// Runs the solver over a set of PSPLIB instances and measures it the way the RCPSP
/// literature does (Kolisch and Hartmann 2006): the average and maximum percentage
/// deviation of the makespan from the optimum, and how many instances reach it, at a fixed
/// budget of generated schedules per instance.
///
/// Instances are solved in parallel (`parallelMap`, results in input order); every solution
/// goes through `ScheduleChecker`, and its findings are kept with the run. Makespans and
/// counts depend only on the instances and options; the times are measurements.
public struct PSPLIBBenchmark: Sendable {
    /// One instance's outcome.
    public struct Run: Sendable {
        public var name: String
        public var path: String
        public var makespan: Int
        public var lowerBound: Int
        public var optimum: Int?
        public var schedulesGenerated: Int
        public var bestFoundAt: Int
        /// Wall time of the solve, in seconds (a measurement).
        public var seconds: Double
        /// What `ScheduleChecker` found wrong with the schedule; empty unless there is a bug.
        public var violations: [Diagnostic]

        /// (makespan − optimum) / optimum in percent; nil without a known optimum.
        public var deviation: Double? {
            optimum.map { $0 > 0 ? Double(makespan - $0) * 100 / Double($0) : 0 }
        }

        /// (makespan − lower bound) / lower bound in percent.
        public var gap: Double { lowerBound > 0 ? Double(makespan - lowerBound) * 100 / Double(lowerBound) : 0 }
    }

    public var runs: [Run]
    /// Wall time of the whole set, in seconds (a measurement).
    public var seconds: Double

    /// The runs with a known optimum.
    public var withOptimum: [Run] { runs.filter { $0.optimum != nil } }

    /// Mean deviation over the runs with a known optimum, summed in input order.
    public var averageDeviation: Double? {
        let deviations = runs.compactMap(\.deviation)
        return deviations.isEmpty ? nil : deviations.reduce(0, +) / Double(deviations.count)
    }

    public var maxDeviation: Double? { runs.compactMap(\.deviation).max() }

    /// Runs whose makespan equals the optimum.
    public var optimalCount: Int { runs.filter { $0.optimum == $0.makespan }.count }

    /// Runs with a checker finding.
    public var infeasibleCount: Int { runs.filter { !$0.violations.isEmpty }.count }

    /// Solves every instance with `options`.
    public static func run(_ instances: [PSPLIBInstance], options: RCPSPSolver.Options) -> PSPLIBBenchmark {
        let clock = ContinuousClock()
        let begin = clock.now
        let solver = RCPSPSolver(options: options)
        let runs = instances.parallelMap { instance -> Run in
            let start = clock.now
            let result = solver.solve(instance.problem)
            let seconds = Self.seconds(clock.now - start)
            let schedule = result.schedule ?? Schedule(starts: [], finishes: [])
            let violations = result.findings + ScheduleChecker.check(schedule, against: instance.problem)
            return Run(name: instance.name, path: instance.path, makespan: schedule.makespan, lowerBound: result.bounds?.makespan ?? 0,
                       optimum: instance.optimum, schedulesGenerated: result.schedulesGenerated, bestFoundAt: result.bestFoundAt,
                       seconds: seconds, violations: violations)
        }
        return PSPLIBBenchmark(runs: runs, seconds: Self.seconds(clock.now - begin))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
