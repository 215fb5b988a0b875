/// Evaluates the action, flag and requires rules over a scored period: a pure map over
/// OPDs (in parallel) with compiled rules, then the prerequisites across OPDs.
///
/// Cost: for each OPD, each action rule whose indicator it answers (or every action rule
/// without one), each flag once or once per indicator it answers; the values a rule read are
/// recorded only for rules that fire. Rules are referred to by position while evaluating, so
/// the hot loop copies no rule and builds no text.
public enum RuleEvaluator {
    /// Findings per OPD, in workspace order; within an OPD: actions, then flags, in rule
    /// order (and indicator order for rules over indicators), then unmet prerequisites.
    /// The scored period with the rules' findings: the rule stage's result.
    public static func report(_ scored: ScoredPeriod, scope: Scope, rules: RuleSet) -> ScoreReport {
        ScoreReport(scored: scored, rules: rules, findings: evaluate(scored, scope: scope, rules: rules))
    }

    public static func evaluate(_ report: ScoredPeriod, scope: Scope, rules: RuleSet) -> [[Finding]] {
        let targets = report.targets
        let period = report.ruleData
        let opdIndex = Dictionary(uniqueKeysWithValues: report.opds.enumerated().map { ($0.element.id, $0.offset) })
        let roleHolders = report.policy.roles.compactMapValues { opdIndex[$0] }
        let plan = Plan(rules)
        var perOPD = report.scores.parallelMap { score -> [Finding] in
            guard score.assessed else { return [] }
            let ctx = RuleContext(opd: report.opds[score.opd], roles: scope.roles[score.opd], score: score, period: period)
            var out: [Finding] = []
            for i in plan.actionTests.indices {
                let indicator = plan.actionIndicators[i]
                if let ref = indicator, !scope.expects(score.opd, ref) { continue }
                let cursor = RuleCursor(it: indicator ?? RuleCursor().it)
                guard plan.actionTests[i](ctx, cursor) else { continue }
                let owner: Int?
                switch plan.actionOwners[i] {
                case .responsible: owner = score.opd
                case .role(let role): owner = roleHolders[role]
                case .opd(let id): owner = opdIndex[id]
                }
                let target = indicator.flatMap { targets[$0.slot.rawValue][$0.position] }
                out.append(Finding(rule: plan.actionIDs[i], kind: .action, opd: score.opd, indicator: indicator,
                                   values: plan.actionInputs[i].map { $0.value(ctx, cursor) }, action: ActionOutcome(targetLevel: target, owner: owner)))
            }
            for i in plan.flagTests.indices {
                let forEach = plan.flagForEach[i]
                let cursors = forEach ? scope.expected[score.opd].map { RuleCursor(it: $0) } : [RuleCursor()]
                for cursor in cursors where plan.flagTests[i](ctx, cursor) {
                    out.append(Finding(rule: plan.flagIDs[i], kind: .flag, opd: score.opd, indicator: forEach ? cursor.it : nil,
                                       values: plan.flagInputs[i].map { $0.value(ctx, cursor) }))
                }
            }
            return out
        }
        applyPrerequisites(&perOPD, report: report, scope: scope, rules: rules, period: period)
        return perOPD
    }

    /// The rules laid out as parallel arrays of what evaluation needs.
    struct Plan: Sendable {
        var actionIDs: [String] = [], actionIndicators: [IndicatorRef?] = [], actionOwners: [ActionRule.Owner] = []
        var actionTests: [CompiledExpression.Eval<Bool>] = [], actionInputs: [[CompiledExpression]] = []
        var flagIDs: [String] = [], flagForEach: [Bool] = []
        var flagTests: [CompiledExpression.Eval<Bool>] = [], flagInputs: [[CompiledExpression]] = []

        init(_ rules: RuleSet) {
            for a in rules.actions {
                actionIDs.append(a.header.id)
                actionIndicators.append(a.indicator)
                actionOwners.append(a.owner)
                actionTests.append(a.condition.compiled.condition)
                actionInputs.append(a.condition.compiledInputs)
            }
            for f in rules.flags {
                flagIDs.append(f.header.id)
                flagForEach.append(f.forEach)
                flagTests.append(f.condition.compiled.condition)
                flagInputs.append(f.condition.compiledInputs)
            }
        }
    }

    /// Marks every fired action with the prerequisite actions still open (for the same OPD,
    /// or — when the OPD does not answer the prerequisite's indicator — for any OPD that
    /// does, its owner) and the `requires` rules whose condition does not hold, and adds one
    /// `requires` finding per unmet prerequisite.
    static func applyPrerequisites(_ perOPD: inout [[Finding]], report: ScoredPeriod, scope: Scope, rules: RuleSet, period: RulePeriodData) {
        guard !rules.requires.isEmpty else { return }
        let actionIndex = Dictionary(uniqueKeysWithValues: rules.actions.enumerated().map { ($0.element.header.id, $0.offset) })
        // Which actions fired, per OPD, and anywhere.
        var firedHere = Array(repeating: Set<Int>(), count: perOPD.count)
        var firedAnywhere = Array(repeating: false, count: rules.actions.count)
        for (opd, findings) in perOPD.enumerated() {
            for f in findings where f.kind == .action {
                guard let i = actionIndex[f.rule] else { continue }
                firedHere[opd].insert(i)
                firedAnywhere[i] = true
            }
        }
        let requirements = Dictionary(grouping: rules.requires.indices, by: { actionIndex[rules.requires[$0].action] ?? -1 })
        let indicators = rules.actions.map(\.indicator)
        let (current, here, anywhere) = (perOPD, firedHere, firedAnywhere)
        let results = current.indices.map { $0 }.parallelMap { opd -> (changes: [(Int, ActionOutcome)], extra: [Finding]) in
            var changes: [(Int, ActionOutcome)] = []
            var extra: [Finding] = []
            var ctx: RuleContext?
            func context() -> RuleContext {
                if let ctx { return ctx }
                let made = RuleContext(opd: report.opds[opd], roles: scope.roles[opd], score: report.scores[opd], period: period)
                ctx = made
                return made
            }
            for (j, f) in current[opd].enumerated() where f.kind == .action {
                guard let i = actionIndex[f.rule], let list = requirements[i] else { continue }
                var outcome = f.action ?? ActionOutcome()
                for r in list.map({ rules.requires[$0] }) {
                    let open = r.after.filter { id in
                        guard let k = actionIndex[id] else { return false }
                        if here[opd].contains(k) { return true }
                        guard let ref = indicators[k], !scope.expects(opd, ref) else { return false }
                        return anywhere[k]
                    }
                    let holds = r.condition.map { $0.compiled.condition(context(), RuleCursor()) } ?? true
                    outcome.waitsOn += open.filter { !outcome.waitsOn.contains($0) }
                    if !holds { outcome.blockedBy.append(r.header.id) }
                    if !open.isEmpty || !holds {
                        extra.append(Finding(rule: r.header.id, kind: .requires, opd: opd, indicator: f.indicator,
                                             values: r.condition.map { $0.compiledInputs.map { $0.value(context(), RuleCursor()) } } ?? []))
                    }
                }
                if outcome != f.action { changes.append((j, outcome)) }
            }
            return (changes, extra)
        }
        for (opd, result) in results.enumerated() {
            for (j, outcome) in result.changes { perOPD[opd][j].action = outcome }
            perOPD[opd] += result.extra
        }
    }

    /// A finding's values with their labels, `it` written as the indicator's id.
    public static func trace(_ f: Finding, rules: RuleSet, catalogs: CatalogSet) -> [TraceValue] {
        guard let program = rules.condition(f.kind, f.rule) else { return [] }
        return zip(program.inputs, f.values).map { TraceValue(label: label($0, it: f.indicator, catalogs), value: $1) }
    }

    /// The values a condition reads for a cursor, labelled, by the reference interpreter.
    static func trace(_ program: RuleProgram, _ ctx: RuleContext, _ cursor: RuleCursor, _ catalogs: CatalogSet) -> [TraceValue] {
        program.inputs.map { TraceValue(label: label($0, it: cursor.it, catalogs), value: RuleInterpreter.evaluate($0, ctx, cursor)) }
    }

    /// An input's label with `it` written as the indicator's id (`level("SPBE-07")`).
    static func label(_ input: TypedExpression, it: IndicatorRef?, _ catalogs: CatalogSet) -> String {
        guard let it, input.label.contains("(it)") else { return input.label }
        return input.label.replacingOccurrences(of: "(it)", with: "(\"" + catalogs.indicator(it).id + "\")")
    }
}
