/// Phase goals: conditions in the rules language over the city, compiled once and checked on
/// projected scores.
enum RoadmapGoals {
    /// Goals read only the city (`city.daring()`, `city.index()`, `city.dimension("living")`).
    static let capabilities = RuleCapabilities(kind: "goal", answers: false, scores: false, city: true, services: false, it: false)

    static func compile(_ policy: RoadmapPolicy, catalogs: CatalogSet, file: String) -> (programs: [[RuleProgram?]], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let programs = policy.phases.map { phase in
            phase.goals.map { goal -> RuleProgram? in
                switch RuleProgram.build(goal.condition, catalogs: catalogs, capabilities: capabilities) {
                case .success(let program):
                    guard program.typed.type == .bool else {
                        diagnostics.append(Diagnostic(.roadmap(.goalNotBoolean(phase: phase.id, found: program.typed.type.description)),
                                                      at: Diagnostic.Location(file: file, line: goal.line, column: goal.column)))
                        return nil
                    }
                    return program
                case .failure(let error):
                    diagnostics.append(Diagnostic(.roadmap(.goal(phase: phase.id, problem: error.problem)),
                                                  at: Diagnostic.Location(file: file, line: goal.line, column: goal.column + error.offset)))
                    return nil
                }
            }
        }
        return (programs, diagnostics)
    }

    /// Whether `program` holds for `city` (a `missing` result does not hold); throws when
    /// its arithmetic overflows (one that overflows on constants alone is refused when it is
    /// compiled).
    static func holds(_ program: RuleProgram, city: CityScore, report: ScoreReport) throws(RuleOverflow) -> Bool {
        guard let opd = report.opds.first else { return false }
        let context = RuleContext(opd: opd, roles: [], period: RulePeriodData(catalogs: report.catalogs, targets: report.targets, city: city))
        return try program.evaluate(context) == .bool(true)
    }
}
