/// Runs the solver over a set of PSPLIB instances and measures it the way the RCPSP
/// literature does (Kolisch and Hartmann 2006): at a fixed budget of generated schedules per
/// instance, the average and maximum percentage deviation of the makespan from the optimum
/// (j30) or from the critical-path bound (j60, j120), and from the best known makespan, and
/// how many instances reach it.
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
        /// The best of the solver's lower bounds (critical path, resource load).
        public var lowerBound: Int
        /// The critical-path bound alone (resources ignored): the literature's yardstick on
        /// j60 and j120.
        public var criticalPath: Int
        public var reference: PSPLIBReference?
        public var schedulesGenerated: Int
        public var bestFoundAt: Int
        /// Wall time of the solve, in seconds (a measurement).
        public var seconds: Double
        /// What `ScheduleChecker` found wrong with the schedule; empty unless there is a bug.
        public var violations: [Diagnostic]

        /// (makespan − reference) / reference in percent; nil without a reference.
        public var deviation: Double? { reference.map { Self.percent(makespan, above: $0.makespan) } }

        /// (makespan − lower bound) / lower bound in percent.
        public var gap: Double { Self.percent(makespan, above: lowerBound) }

        /// (makespan − critical path) / critical path in percent.
        public var criticalPathDeviation: Double { Self.percent(makespan, above: criticalPath) }

        static func percent(_ value: Int, above base: Int) -> Double {
            base > 0 ? Double(value - base) * 100 / Double(base) : 0
        }
    }

    public var runs: [Run]
    /// Wall time of the whole set, in seconds (a measurement).
    public var seconds: Double

    /// The runs with a reference makespan.
    public var withReference: [Run] { runs.filter { $0.reference != nil } }

    /// Whether every reference is a proven optimum (j30), so deviations are from optima.
    public var referencesAreOptima: Bool { withReference.allSatisfy { $0.reference?.isOptimum == true } }

    /// Mean deviation over the runs with a reference, summed in input order.
    public var averageDeviation: Double? { Self.mean(runs.compactMap(\.deviation)) }

    public var maxDeviation: Double? { runs.compactMap(\.deviation).max() }

    /// Runs whose makespan equals the reference (or beats it: a new best known).
    public var referenceReachedCount: Int { runs.filter { run in run.reference.map { run.makespan <= $0.makespan } ?? false }.count }

    /// Mean deviation from the critical-path bound, summed in input order.
    public var averageCriticalPathDeviation: Double? { Self.mean(runs.map(\.criticalPathDeviation)) }

    public var maxCriticalPathDeviation: Double? { runs.map(\.criticalPathDeviation).max() }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

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
                       criticalPath: result.bounds?.criticalPath ?? 0, reference: instance.reference, schedulesGenerated: result.schedulesGenerated, bestFoundAt: result.bestFoundAt,
                       seconds: seconds, violations: violations)
        }
        return PSPLIBBenchmark(runs: runs, seconds: Self.seconds(clock.now - begin))
    }

    static func seconds(_ duration: Duration) -> Double {
        let (s, attoseconds) = duration.components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
