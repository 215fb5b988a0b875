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
        let (findings, diagnostics) = evaluate(scored, scope: scope, rules: rules)
        return ScoreReport(scored: scored, rules: rules, findings: findings, diagnostics: diagnostics)
    }

    /// Findings per OPD, and an evaluation error for each rule, OPD (and indicator) whose
    /// arithmetic overflowed; such a rule counts as not firing there.
    public static func evaluate(_ report: ScoredPeriod, scope: Scope, rules: RuleSet) -> (findings: [[Finding]], diagnostics: [Diagnostic]) {
        let targets = report.targets
        let period = report.ruleData
        let opdIndex = Dictionary(uniqueKeysWithValues: report.opds.enumerated().map { ($0.element.id, $0.offset) })
        let roleHolders = report.policy.roles.compactMapValues { opdIndex[$0] }
        let plan = Plan(rules)
        let perOPDResults = report.scores.parallelMap { score -> (findings: [Finding], problems: [Diagnostic]) in
            guard score.assessed else { return ([], []) }
            let ctx = RuleContext(opd: report.opds[score.opd], roles: scope.roles[score.opd], score: score, period: period)
            var out: [Finding] = []
            var problems: [Diagnostic] = []
            func fires(_ test: CompiledExpression.Eval<Bool>, _ header: RuleHeader, _ cursor: RuleCursor, indicator: IndicatorRef?) -> Bool {
                do throws(RuleOverflow) {
                    return try test(ctx, cursor)
                } catch {
                    problems.append(overflow(header, opd: report.opds[score.opd].id, indicator: indicator, report.catalogs))
                    return false
                }
            }
            // Applies and readiness rules were decided earlier, where an overflow can only mean
            // "does not hold"; evaluated again here, with the same OPD and services, so that
            // it is reported too.
            for (header, test) in plan.earlier { _ = fires(test, header, RuleCursor(), indicator: nil) }
            for i in plan.actionTests.indices {
                let indicator = plan.actionIndicators[i]
                if let ref = indicator, !scope.expects(score.opd, ref) { continue }
                let cursor = RuleCursor(it: indicator ?? RuleCursor().it)
                guard fires(plan.actionTests[i], plan.actionHeaders[i], cursor, indicator: indicator) else { continue }
                let owner: Int?
                switch plan.actionOwners[i] {
                case .responsible: owner = score.opd
                case .role(let role): owner = roleHolders[role]
                case .opd(let id): owner = opdIndex[id]
                }
                let target = indicator.flatMap { targets[$0.slot.rawValue][$0.position] }
                out.append(Finding(rule: plan.actionHeaders[i].id, kind: .action, opd: score.opd, indicator: indicator,
                                   values: values(plan.actionInputs[i], ctx, cursor), action: ActionOutcome(targetLevel: target, owner: owner)))
            }
            for i in plan.flagTests.indices {
                let forEach = plan.flagForEach[i]
                let cursors = forEach ? scope.expected[score.opd].map { RuleCursor(it: $0) } : [RuleCursor()]
                for cursor in cursors where fires(plan.flagTests[i], plan.flagHeaders[i], cursor, indicator: forEach ? cursor.it : nil) {
                    out.append(Finding(rule: plan.flagHeaders[i].id, kind: .flag, opd: score.opd, indicator: forEach ? cursor.it : nil,
                                       values: values(plan.flagInputs[i], ctx, cursor)))
                }
            }
            return (out, problems)
        }
        var perOPD = perOPDResults.map(\.findings)
        var diagnostics = perOPDResults.flatMap(\.problems)
        diagnostics += applyPrerequisites(&perOPD, report: report, scope: scope, rules: rules, period: period)
        return (perOPD, diagnostics)
    }

    /// The values a finding records; a value whose own arithmetic overflows (inside a
    /// services predicate) is recorded as missing — the condition that read it held.
    static func values(_ inputs: [CompiledExpression], _ ctx: RuleContext, _ cursor: RuleCursor) -> [RuleValue] {
        inputs.map { (try? $0.value(ctx, cursor)) ?? .missing }
    }

    /// The evaluation error of a rule that overflowed for one OPD.
    static func overflow(_ header: RuleHeader, opd: String, indicator: IndicatorRef?, _ catalogs: CatalogSet) -> Diagnostic {
        Diagnostic(.rules(.evaluationOverflow(rule: header.id, opd: opd, indicator: indicator.map { catalogs.indicator($0).id })),
                   at: Diagnostic.Location(file: header.file, line: header.line))
    }

    /// The rules laid out as parallel arrays of what evaluation needs.
    struct Plan: Sendable {
        var actionHeaders: [RuleHeader] = [], actionIndicators: [IndicatorRef?] = [], actionOwners: [ActionRule.Owner] = []
        var actionTests: [CompiledExpression.Eval<Bool>] = [], actionInputs: [[CompiledExpression]] = []
        var flagHeaders: [RuleHeader] = [], flagForEach: [Bool] = []
        var flagTests: [CompiledExpression.Eval<Bool>] = [], flagInputs: [[CompiledExpression]] = []
        /// The applies and readiness rules, checked only for overflow.
        var earlier: [(RuleHeader, CompiledExpression.Eval<Bool>)] = []

        init(_ rules: RuleSet) {
            earlier = rules.applies.map { ($0.header, $0.condition.compiled.condition) }
                + rules.readiness.map { ($0.header, $0.condition.compiled.condition) }
            for a in rules.actions {
                actionHeaders.append(a.header)
                actionIndicators.append(a.indicator)
                actionOwners.append(a.owner)
                actionTests.append(a.condition.compiled.condition)
                actionInputs.append(a.condition.compiledInputs)
            }
            for f in rules.flags {
                flagHeaders.append(f.header)
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
    static func applyPrerequisites(_ perOPD: inout [[Finding]], report: ScoredPeriod, scope: Scope, rules: RuleSet,
                                   period: RulePeriodData) -> [Diagnostic] {
        guard !rules.requires.isEmpty else { return [] }
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
        let results = current.indices.map { $0 }.parallelMap { opd -> (changes: [(Int, ActionOutcome)], extra: [Finding], problems: [Diagnostic]) in
            var changes: [(Int, ActionOutcome)] = []
            var extra: [Finding] = []
            var problems: [Diagnostic] = []
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
                    var holds = true
                    if let condition = r.condition {
                        do throws(RuleOverflow) {
                            holds = try condition.compiled.condition(context(), RuleCursor())
                        } catch {
                            problems.append(overflow(r.header, opd: report.opds[opd].id, indicator: f.indicator, report.catalogs))
                        }
                    }
                    outcome.waitsOn += open.filter { !outcome.waitsOn.contains($0) }
                    if !holds { outcome.blockedBy.append(r.header.id) }
                    if !open.isEmpty || !holds {
                        extra.append(Finding(rule: r.header.id, kind: .requires, opd: opd, indicator: f.indicator,
                                             values: r.condition.map { values($0.compiledInputs, context(), RuleCursor()) } ?? []))
                    }
                }
                if outcome != f.action { changes.append((j, outcome)) }
            }
            return (changes, extra, problems)
        }
        for (opd, result) in results.enumerated() {
            for (j, outcome) in result.changes { perOPD[opd][j].action = outcome }
            perOPD[opd] += result.extra
        }
        return results.flatMap(\.problems)
    }

    /// A finding's values with their labels, `it` written as the indicator's id.
    public static func trace(_ f: Finding, rules: RuleSet, catalogs: CatalogSet) -> [TraceValue] {
        guard let program = rules.condition(f.kind, f.rule) else { return [] }
        return zip(program.inputs, f.values).map { TraceValue(label: label($0, it: f.indicator, catalogs), value: $1) }
    }

    /// The values a condition reads for a cursor, labelled, by the reference interpreter.
    static func trace(_ program: RuleProgram, _ ctx: RuleContext, _ cursor: RuleCursor, _ catalogs: CatalogSet) -> [TraceValue] {
        program.inputs.map { TraceValue(label: label($0, it: cursor.it, catalogs), value: (try? RuleInterpreter.evaluate($0, ctx, cursor)) ?? .missing) }
    }

    /// An input's label with `it` written as the indicator's id (`level("SPBE-07")`).
    static func label(_ input: TypedExpression, it: IndicatorRef?, _ catalogs: CatalogSet) -> String {
        guard let it, input.label.contains("(it)") else { return input.label }
        return input.label.replacingOccurrences(of: "(it)", with: "(\"" + catalogs.indicator(it).id + "\")")
    }
}
