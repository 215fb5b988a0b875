/// `smartcity explain`: why a score, an action or a flag came out as it did for one OPD,
/// down to the answers and evidence it rests on.
///
/// Conditions are re-evaluated with the reference interpreter, so the values shown are the
/// ones the rule read, whether or not it fired.
public struct ExplainRenderer {
    public var report: ScoreReport
    public var scope: Scope
    public var language: Language

    public init(report: ScoreReport, scope: Scope, language: Language) {
        self.report = report
        self.scope = scope
        self.language = language
    }

    var l: Language { language }
    var sep: String { language.decimalSeparator }

    /// A level or value on its indicator's scale (`3`, `1,25`), or `—`.
    func level(_ f: Fraction?, _ ref: IndicatorRef) -> String {
        f.map { report.catalogs.levelText($0, of: ref, separator: sep) } ?? "—"
    }

    func context(_ opd: Int) -> RuleContext {
        RuleContext(opd: report.opds[opd], roles: scope.roles[opd], score: report.scores[opd], period: report.ruleData)
    }

    func heading(_ opd: Int) -> String {
        let o = report.opds[opd]
        return "\(o.id) — \(o.name) · " + ExplainText.period(report.period.id, report.period.date.description).text(l) + "\n"
    }

    // MARK: The OPD

    /// The OPD's scores with the levels they rest on, then every finding with its values.
    public func opd(_ opd: Int) -> String {
        let score = report.scores[opd]
        var out = heading(opd)
        guard score.assessed else { return out + ExplainText.notAssessed.text(l) + "\n" }
        let index = report.catalogs.index
        let value = score.index.value.map { $0.formatted(decimals: index.decimals, decimalSeparator: sep) } ?? "—"
        let predikat = score.index.value.flatMap(index.predikat(for:))?.name.text(l) ?? "—"
        out += "\n" + ExplainText.indexFormula(method: index.id, value: value, predikat: predikat,
                                               covered: score.index.coveredWeight.formatted(decimals: 1, decimalSeparator: sep)).text(l) + "\n"
        var numerator = Fraction.zero, denominator = Fraction.zero
        for c in score.levels where c.indicator.slot == .index {
            let w = index.indicators[c.indicator.position].weight
            numerator += w * c.level
            denominator += w
            out += "  " + ExplainText.levelTerm(indicator: index.indicators[c.indicator.position].id, level: level(c.level, c.indicator),
                                                source: ScoresCSVRenderer.sourceText(c.source, l),
                                                weight: w.formatted(decimals: 2, decimalSeparator: sep)).text(l) + "\n"
        }
        if !denominator.isZero {
            out += "  " + ExplainText.weightedMean(numerator: numerator.formatted(decimals: 2, decimalSeparator: sep),
                                                   denominator: denominator.formatted(decimals: 2, decimalSeparator: sep),
                                                   value: (numerator / denominator).formatted(decimals: 4, decimalSeparator: sep)).text(l) + "\n"
        }
        for a in score.notApplicable {
            out += "  " + ExplainText.leftOut(indicator: report.catalogs.indicator(a.indicator).id, reason: a.note).text(l) + "\n"
        }
        out += "\n" + ExplainText.readiness(daring: l.yesNo(score.readiness.daring), definition: report.readiness.text(.daring, l),
                                            services: score.readiness.serviceCount,
                                            perStage: score.readiness.countPerStage.map(String.init).joined(separator: "/")).text(l) + "\n"
        let findings = opd < report.findings.count ? report.findings[opd] : []
        out += "\n" + ExplainText.findingsHeading(findings.count).text(l) + "\n"
        for f in findings { out += finding(f) }
        return out
    }

    /// One finding: rule, kind, indicator, its text, and the values that decided it.
    func finding(_ f: Finding, heading: Bool = true) -> String {
        var out = ""
        if heading {
            out += "  [\(f.rule)] " + ExplainText.kind(f.kind).text(l)
            if let ref = f.indicator { out += " · " + report.catalogs.indicator(ref).id }
            out += "\n"
        }
        out += "    " + FindingText.text(f, report: report, language: l) + "\n"
        let inputs = RuleEvaluator.trace(f, rules: report.rules, catalogs: report.catalogs)
        if heading, !inputs.isEmpty {
            out += "    " + ExplainText.because.text(l) + " " + inputs.map { "\($0.label) = \(show($0.value))" }.joined(separator: ", ") + "\n"
        }
        if let a = f.action {
            if let owner = a.owner, owner != f.opd { out += "    " + ExplainText.owner(report.opds[owner].id).text(l) + "\n" }
            if !a.waitsOn.isEmpty { out += "    " + ExplainText.waitsOn(a.waitsOn.joined(separator: ", ")).text(l) + "\n" }
            if !a.blockedBy.isEmpty { out += "    " + ExplainText.blockedBy(a.blockedBy.joined(separator: ", ")).text(l) + "\n" }
        }
        return out
    }

    func show(_ v: RuleValue) -> String {
        if case .number(let f) = v, f.denominator != 1 { return f.formatted(decimals: 2, decimalSeparator: sep) }
        if case .missing = v { return l.pick(id: "kosong (missing)", en: "missing") }
        return v.description
    }

    // MARK: One indicator

    /// The OPD's answer to one indicator, how it counts, and every rule about it.
    public func indicator(_ opd: Int, _ ref: IndicatorRef) -> String {
        let catalog = report.catalogs.catalog(ref.slot)
        let indicator = catalog.indicators[ref.position]
        var out = heading(opd) + "\n" + indicator.id + " " + indicator.name.text(l) + " [\(catalog.id)]\n"
        let score = report.scores[opd]
        if !scope.expects(opd, ref) {
            out += ExplainText.notAnswered(answeredBy(indicator)).text(l) + "\n"
        } else if let answer = score.answers.first(where: { $0.indicator == ref }) {
            let selfText: String
            switch answer.selfAssessment {
            case .level(let n): selfText = level(n, ref)
            case .notApplicable: selfText = l.pick(id: "TB (tidak berlaku)", en: "TB (not applicable)")
            case .missing: selfText = "—"
            }
            out += ExplainText.answer(selfLevel: selfText, verified: level(answer.verified, ref),
                                      evidence: answer.evidence.isEmpty ? "—" : answer.evidence, note: answer.note.isEmpty ? "—" : answer.note,
                                      file: "\(answer.file):\(answer.line)").text(l) + "\n"
        } else {
            out += ExplainText.noAnswer(policy: report.policy.missingAnswer.rawValue).text(l) + "\n"
        }
        if let counted = score.levels.first(where: { $0.indicator == ref }) {
            out += ExplainText.counted(level: level(counted.level, ref), source: ScoresCSVRenderer.sourceText(counted.source, l)).text(l) + "\n"
        }
        let target = report.target(ref)
        out += ExplainText.weightAndTarget(weight: indicator.weight.formatted(decimals: 2, decimalSeparator: sep),
                                           group: indicator.groupPath.joined(separator: "/"),
                                           target: level(target, ref)).text(l) + "\n"
        if let target {
            let reached = catalog.valueScale.level(of: target) - catalog.levels.lowerBound
            if indicator.criteria.indices.contains(reached) {
                out += "  " + ExplainText.targetCriterion(indicator.criteria[reached].text(l)).text(l) + "\n"
            }
        }
        let city = report.city.level(ref)
        out += ExplainText.cityLevel(level: city.level.map { $0.formatted(decimals: 2, decimalSeparator: sep) } ?? "—",
                                     basis: basis(city.basis)).text(l) + "\n"
        let related = rulesAbout(ref)
        out += "\n" + ExplainText.rulesHeading(related.count).text(l) + "\n"
        let ctx = context(opd)
        for header in related { out += ruleOutcome(opd, header, cursor: RuleCursor(it: ref), ctx) }
        return out
    }

    func answeredBy(_ indicator: Indicator) -> String {
        switch indicator.answeredBy {
        case .role(let role): return report.policy.roles[role].map { "\(role) (\($0))" } ?? role
        case .all: return l.pick(id: "semua OPD", en: "every OPD")
        case .tags(let tags): return "tags " + tags.joined(separator: ", ")
        }
    }

    func basis(_ b: CityLevel.Basis) -> String {
        switch b {
        case .owner(let opd): return l.pick(id: "tingkat pemilik \(report.opds[opd].id)", en: "level of the owner \(report.opds[opd].id)")
        case .mean(let exact, let count):
            return l.pick(id: "rata-rata \(count) OPD = \(exact.formatted(decimals: 4, decimalSeparator: sep))",
                          en: "mean of \(count) OPDs = \(exact.formatted(decimals: 4, decimalSeparator: sep))")
        case .minimum(let count): return l.pick(id: "terendah dari \(count) OPD", en: "lowest of \(count) OPDs")
        case .floor: return l.pick(id: "tak dijawab: tingkat 1", en: "unanswered: level 1")
        case .missing: return l.pick(id: "tak dijawab", en: "unanswered")
        case .evidence: return l.pick(id: "dari butir data dukung kota yang diterima", en: "from the city's accepted evidence items")
        }
    }

    /// Rules that name the indicator, or read it, or run over every indicator.
    func rulesAbout(_ ref: IndicatorRef) -> [RuleHeader] {
        func reads(_ p: RuleProgram?) -> Bool {
            guard let p else { return false }
            return p.inputs.contains { input in
                switch input.node {
                case .answer(_, .fixed(let r)), .city(.level(.fixed(let r))): return r == ref
                default: return false
                }
            }
        }
        var out: [RuleHeader] = []
        for a in report.rules.actions where a.indicator == ref || reads(a.condition) { out.append(a.header) }
        let actionIDs = Set(out.map(\.id))
        for r in report.rules.requires where actionIDs.contains(r.action) || reads(r.condition) { out.append(r.header) }
        for f in report.rules.flags where f.forEach || reads(f.condition) { out.append(f.header) }
        return out
    }

    // MARK: One rule

    /// A rule's definition and its outcome for the OPD, with the values it read.
    public func rule(_ opd: Int, _ header: RuleHeader) -> String {
        var out = heading(opd) + "\n"
        var cursors = [RuleCursor()]
        if let flag = report.rules.flag(header.id), flag.forEach {
            cursors = scope.expected[opd].map { RuleCursor(it: $0) }
        } else if let ref = report.rules.action(header.id)?.indicator {
            cursors = [RuleCursor(it: ref)]
        }
        guard cursors.count > 1, let program = condition(of: header) else {
            let ctx = context(opd)
            for cursor in cursors { out += ruleOutcome(opd, header, cursor: cursor, ctx) }
            return out
        }
        // A rule over every indicator: the indicators where it holds in full, the rest counted.
        let ctx = context(opd)
        let holding = cursors.filter { (try? RuleInterpreter.evaluate(program.typed, ctx, $0)) == .bool(true) }
        for cursor in holding { out += ruleOutcome(opd, header, cursor: cursor, ctx) }
        out += "  " + ExplainText.holdsNowhereElse(holding: holding.count, others: cursors.count - holding.count).text(l) + "\n"
        return out
    }

    func condition(of header: RuleHeader) -> RuleProgram? { report.rules.condition(header.kind, header.id) }

    /// One rule's outcome for the OPD at `cursor`; `ctx` is the OPD's context, built once by
    /// the caller for all the rules and indicators it explains.
    func ruleOutcome(_ opd: Int, _ header: RuleHeader, cursor: RuleCursor, _ ctx: RuleContext) -> String {
        let findings = opd < report.findings.count ? report.findings[opd] : []
        let fired = findings.first { $0.rule == header.id && ($0.indicator == nil || $0.indicator == cursor.it || header.kind == .requires) }
        var out = "  [\(header.id)] " + ExplainText.kind(header.kind).text(l) + " · \(header.file):\(header.line)\n"
        if let program = condition(of: header) {
            out += "    " + ExplainText.condition(program.text).text(l) + "\n"
            let value = (try? RuleInterpreter.evaluate(program.typed, ctx, cursor)) ?? .missing
            let inputs = RuleEvaluator.trace(program, ctx, cursor, report.catalogs)
            if !inputs.isEmpty {
                out += "    " + ExplainText.because.text(l) + " " + inputs.map { "\($0.label) = \(show($0.value))" }.joined(separator: ", ") + "\n"
            }
            out += "    → " + ExplainText.outcome(value == .bool(true)).text(l) + "\n"
        }
        if header.kind == .requires, let r = report.rules.requirement(header.id), !r.after.isEmpty {
            // Open means: the action waits on it (for this OPD, or for the OPD that owns it).
            let open = Set(findings.filter { $0.kind == .action && $0.rule == r.action }.flatMap { $0.action?.waitsOn ?? [] })
            let states = r.after.map { "\($0) (" + ExplainText.openState(open.contains($0)).text(l) + ")" }
            out += "    " + ExplainText.after(r.action, states.joined(separator: ", ")).text(l) + "\n"
        }
        if header.kind == .action, let f = fired {
            out += finding(f, heading: false)
        } else if let f = fired, header.kind != .action {
            out += "    " + FindingText.text(f, report: report, language: l) + "\n"
        }
        return out
    }
}
