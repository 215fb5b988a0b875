import Foundation

/// Solves a `SchedulingProblem`: the public entry of the scheduler.
///
/// A heuristic for the resource-constrained project scheduling problem, which is NP-hard
/// (Blazewicz, Lenstra and Rinnooy Kan 1983): a genetic algorithm on activity lists with
/// double justification (see `GeneticSearch`) or, for makespan problems without release
/// dates, its bi-population form (`BiPopulationSearch`), stopped by a budget of generated schedules,
/// by reaching `LowerBounds`, or by an optional wall-time limit.
///
/// Deterministic: the same problem and options give the same schedule on every machine, as
/// long as `timeLimit` is nil (a time limit makes the result depend on the machine's speed,
/// so it is off by default). A value type without shared state: solve many problems in
/// parallel with one solver.
public struct RCPSPSolver: Sendable {
    public struct Options: Sendable, Hashable {
        /// Seed of the `SeededRandom` the search draws from.
        public var seed: UInt64
        /// The most schedules generated, counting every schedule-generation pass, the two
        /// justification passes of each evaluated list included (so about a third of it are
        /// distinct activity lists). The PSPLIB literature compares at 1,000, 5,000 and 50,000.
        public var scheduleLimit: Int
        public var objective: ScheduleObjective
        /// Optional wall-time limit; nil (the default) keeps the result deterministic.
        public var timeLimit: Duration?
        /// Individuals kept per generation; nil chooses `scheduleLimit / (2 n)` within
        /// 20…100 for n activities: the larger the project, the more generations a budget
        /// needs, so the smaller the population. Measured best on PSPLIB at 5,000 schedules:
        /// about 80 on j30, 40 on j60, 20 on j120 (docs/scheduling.md).
        public var populationSize: Int?
        /// Probability, in percent, that shift mutation moves each activity of a child; nil
        /// chooses about two moves per child whatever the size: 200 / n % up to 200
        /// activities (6 % on j30, 3 % on j60, 2 % on j120, as measured best), 2 in n above
        /// (a whole percent would move n / 100 activities, each move costing up to n: the
        /// quadratic term of large roadmaps).
        public var mutationPercent: Int?
        /// Chance, in percent, that a pair of parents is crossed by peak crossover rather
        /// than two-point crossover; nil chooses by search, as measured best on PSPLIB: half
        /// the pairs in `GeneticSearch`, all of them in `BiPopulationSearch`.
        public var peakCrossoverPercent: Int?
        /// Generations without improvement before the population is re-sampled around
        /// its best individual; 0 never.
        public var restartAfter: Int
        /// Whether every decoded schedule is improved by double justification.
        public var justification: Bool
        /// The cores a large project's lists are decoded on; nil: all of them. The result is
        /// the same for any number.
        public var cores: Int?

        public init(seed: UInt64 = 1, scheduleLimit: Int = 5000, objective: ScheduleObjective = .makespan, timeLimit: Duration? = nil,
                    populationSize: Int? = nil, mutationPercent: Int? = nil, peakCrossoverPercent: Int? = nil, restartAfter: Int = 30,
                    justification: Bool = true, cores: Int? = nil) {
            self.seed = seed
            self.scheduleLimit = scheduleLimit
            self.objective = objective
            self.timeLimit = timeLimit
            self.populationSize = populationSize
            self.mutationPercent = mutationPercent
            self.peakCrossoverPercent = peakCrossoverPercent
            self.restartAfter = restartAfter
            self.justification = justification
            self.cores = cores
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The best schedule found for `problem`, or the findings that make it unsolvable.
    ///
    /// Cost: at most `scheduleLimit` passes of the serial scheme (see `ScheduleDecoder`),
    /// plus O(n log n) per sampled or priority list.
    public func solve(_ problem: SchedulingProblem) -> SolverResult {
        let findings = problem.validate()
        guard !findings.hasErrors else { return SolverResult(findings: findings) }
        let network = ProjectNetwork(problem)
        let cpm = CriticalPath(network)
        let bounds = LowerBounds(network, criticalPath: cpm)
        if network.count == 0 {
            return SolverResult(schedule: Schedule(starts: [], finishes: []), cost: ScheduleCost(makespan: 0), bounds: bounds, findings: findings,
                                reachedLowerBound: true)
        }
        let deadline = options.timeLimit.map { ContinuousClock.now + $0 }
        if network.prefersDenseProfile {
            return search(network, cpm: cpm, bounds: bounds, decoder: SerialScheduleGenerator.self, deadline: deadline, findings: findings)
        }
        return search(network, cpm: cpm, bounds: bounds, decoder: SparseScheduleGenerator.self, deadline: deadline, findings: findings)
    }

    /// Whether the bi-population search runs: makespan without release dates (its right-
    /// justified schedules could start before one), with justification on, on a project
    /// small enough for one core (it decodes one list at a time). Otherwise `GeneticSearch`.
    static func usesBiPopulation(_ network: ProjectNetwork, _ options: Options) -> Bool {
        options.objective == .makespan && options.justification && network.count < ScheduleSearch<SerialScheduleGenerator>.parallelFrom
            && network.releases.allSatisfy { $0 == 0 }
    }

    /// The genetic search with `decoder` (both give the same schedules; one is faster).
    private func search<Decoder: ScheduleDecoder>(_ network: ProjectNetwork, cpm: CriticalPath, bounds: LowerBounds, decoder: Decoder.Type,
                                                  deadline: ContinuousClock.Instant?, findings: [Diagnostic]) -> SolverResult {
        let target = bounds.cost(options.objective)
        var search = ScheduleSearch<Decoder>(network: network, objective: options.objective, limit: max(options.scheduleLimit, 1),
                                             target: target, deadline: deadline, order: cpm.order,
                                             workers: options.cores ?? ProcessInfo.processInfo.activeProcessorCount)
        search.justify = options.justification
        var random = SeededRandom(seed: options.seed)
        let n = network.count
        if Self.usesBiPopulation(network, options) {
            let biPopulation = BiPopulationSearch(populationSize: max(options.populationSize ?? min(max(options.scheduleLimit / n, 40), 200), 2),
                                                  mutation: options.mutationPercent.map { ($0, 100) } ?? (n <= 200 ? (max((100 + n / 4) / n, 1), 100) : (1, n)),
                                                  peakPercent: options.peakCrossoverPercent ?? 100)
            biPopulation.run(&search, cpm: cpm, random: &random)
        } else {
            let genetic = GeneticSearch(populationSize: max(options.populationSize ?? min(max(options.scheduleLimit / (2 * n), 20), 100), 2),
                                        mutation: options.mutationPercent.map { ($0, 100) } ?? (n <= 200 ? (max((200 + n / 2) / n, 1), 100) : (2, n)),
                                        restartAfter: options.restartAfter, peakPercent: options.peakCrossoverPercent ?? 50)
            genetic.run(&search, cpm: cpm, random: &random)
        }
        // At least one schedule exists: the first priority list is always decoded.
        guard let best = search.best else { return SolverResult(bounds: bounds, findings: findings) }
        return SolverResult(schedule: Schedule(starts: best.starts, finishes: best.finishes), cost: best.cost, bounds: bounds, findings: findings,
                            schedulesGenerated: search.generated, bestFoundAt: search.bestFoundAt, stoppedByTimeLimit: search.timedOut,
                            reachedLowerBound: best.cost <= target)
    }
}
