/// Evaluates the action, flag and requires rules over a scored period: a pure map over
/// OPDs (in parallel) with compiled rules, then the prerequisites across OPDs.
///
/// Cost: for each OPD, each action rule whose indicator it answers (or every action rule
/// without one), each flag once or once per indicator it answers; traces are read only for
/// rules that fire.
public enum RuleEvaluator {
    /// Findings per OPD, in workspace order; within an OPD: actions, then flags, in rule
    /// order (and indicator order for rules over indicators).
    public static func evaluate(_ report: ScoreReport, scope: Scope, rules: RuleSet) -> [[Finding]] {
        let catalogs = report.catalogs
        let targets = report.policy.targetLevels(for: report.period.date, catalogs: catalogs)
        let period = RulePeriodData(catalogs: catalogs, targets: targets, city: report.city)
        let opdIndex = Dictionary(uniqueKeysWithValues: report.opds.enumerated().map { ($0.element.id, $0.offset) })
        let roleHolders = report.policy.roles.compactMapValues { opdIndex[$0] }
        var perOPD = report.scores.parallelMap { score -> [Finding] in
            guard score.assessed else { return [] }
            let ctx = RuleContext(opd: report.opds[score.opd], roles: scope.roles[score.opd], score: score, period: period)
            var out: [Finding] = []
            for rule in rules.actions {
                if let ref = rule.indicator, !scope.expects(score.opd, ref) { continue }
                let cursor = RuleCursor(it: rule.indicator ?? RuleCursor().it)
                guard rule.condition.compiled.condition(ctx, cursor) else { continue }
                let owner: Int?
                switch rule.owner {
                case .responsible: owner = score.opd
                case .role(let role): owner = roleHolders[role]
                case .opd(let id): owner = opdIndex[id]
                }
                let target = rule.indicator.map { Int(targets[$0.slot.rawValue][$0.position]) }.flatMap { $0 > 0 ? $0 : nil }
                out.append(Finding(rule: rule.header.id, kind: .action, opd: score.opd, indicator: rule.indicator,
                                   inputs: trace(rule.condition, ctx, cursor, catalogs), action: ActionOutcome(targetLevel: target, owner: owner)))
            }
            for rule in rules.flags {
                let cursors = rule.forEach ? scope.expected[score.opd].map { RuleCursor(it: $0) } : [RuleCursor()]
                for cursor in cursors where rule.condition.compiled.condition(ctx, cursor) {
                    out.append(Finding(rule: rule.header.id, kind: .flag, opd: score.opd, indicator: rule.forEach ? cursor.it : nil,
                                       inputs: trace(rule.condition, ctx, cursor, catalogs)))
                }
            }
            return out
        }
        applyPrerequisites(&perOPD, report: report, scope: scope, rules: rules, period: period)
        return perOPD
    }

    /// Marks every fired action with the prerequisite actions still open (for the same OPD,
    /// or for the OPD that owns the prerequisite's indicator) and the `requires` rules whose
    /// condition does not hold, and adds one `requires` finding per unmet prerequisite.
    static func applyPrerequisites(_ perOPD: inout [[Finding]], report: ScoreReport, scope: Scope, rules: RuleSet, period: RulePeriodData) {
        guard !rules.requires.isEmpty else { return }
        var fired = Set<String>()  // "opd|rule"
        for findings in perOPD { for f in findings where f.kind == .action { fired.insert("\(f.opd)|\(f.rule)") } }
        let actions = Dictionary(uniqueKeysWithValues: rules.actions.map { ($0.header.id, $0) })
        let byAction = Dictionary(grouping: rules.requires, by: \.action)
        for i in perOPD.indices {
            var added: [Finding] = []
            for j in perOPD[i].indices where perOPD[i][j].kind == .action {
                let f = perOPD[i][j]
                guard let requirements = byAction[f.rule] else { continue }
                let score = report.scores[f.opd]
                let ctx = RuleContext(opd: report.opds[f.opd], roles: scope.roles[f.opd], score: score, period: period)
                for r in requirements {
                    let open = r.after.filter { id in
                        if fired.contains("\(f.opd)|\(id)") { return true }
                        // A prerequisite the OPD does not answer is its owner's to do.
                        guard let ref = actions[id]?.indicator, !scope.expects(f.opd, ref) else { return false }
                        return scope.answering(ref).contains { fired.contains("\($0)|\(id)") }
                    }
                    let conditionHolds = r.condition.map { $0.compiled.condition(ctx, RuleCursor()) } ?? true
                    var outcome = perOPD[i][j].action ?? ActionOutcome()
                    outcome.waitsOn += open.filter { !outcome.waitsOn.contains($0) }
                    if !conditionHolds { outcome.blockedBy.append(r.header.id) }
                    perOPD[i][j].action = outcome
                    if !open.isEmpty || !conditionHolds {
                        added.append(Finding(rule: r.header.id, kind: .requires, opd: f.opd, indicator: f.indicator,
                                             inputs: r.condition.map { trace($0, ctx, RuleCursor(), report.catalogs) } ?? []))
                    }
                }
            }
            perOPD[i] += added
        }
    }

    /// The values the condition read, with `it` written as the indicator's id.
    static func trace(_ program: RuleProgram, _ ctx: RuleContext, _ cursor: RuleCursor, _ catalogs: CatalogSet) -> [TraceValue] {
        let itID = "\"" + catalogs.indicator(cursor.it).id + "\""
        return program.inputs.map { input in
            let label = input.label.replacingOccurrences(of: "(it)", with: "(" + itID + ")")
            return TraceValue(label: label, value: RuleInterpreter.evaluate(input, ctx, cursor))
        }
    }
}
