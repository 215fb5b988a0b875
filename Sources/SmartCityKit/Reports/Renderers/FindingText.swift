/// The words of findings: a rule's text with its placeholders filled for one OPD.
///
/// `{indicator}` id · `{name}` indicator name · `{level}` current level · `{target}` target
/// level · `{criterion}` the catalog's criterion of the target level · `{opd}` OPD name ·
/// `{gap}` levels to go.
public enum FindingText {
    public static func text(_ f: Finding, report: ScoreReport, language l: Language) -> String {
        let template: LocalizedText?
        switch f.kind {
        case .action: template = report.rules.action(f.rule)?.text
        case .flag: template = report.rules.flag(f.rule)?.text
        case .requires: template = report.rules.requirement(f.rule)?.text
        case .applies, .readiness: template = nil
        }
        guard let template else { return f.rule }
        return fill(template.text(l), f, report: report, language: l)
    }

    static func fill(_ template: String, _ f: Finding, report: ScoreReport, language l: Language) -> String {
        guard template.utf8.contains(0x7B) else { return template }
        let opd = report.opds[f.opd]
        var values: [String: String] = ["opd": opd.name]
        if let ref = f.indicator {
            let indicator = report.catalogs.indicator(ref)
            let level = report.scores[f.opd].levels.first { $0.indicator == ref && $0.source != .floor }?.level
            values["indicator"] = indicator.id
            values["name"] = indicator.name.text(l)
            values["level"] = level.map(String.init) ?? l.pick(id: "belum dijawab", en: "not answered")
            // The period's target matrix is computed only when the text asks for it.
            let needsTarget = template.contains("{target}") || template.contains("{criterion}") || template.contains("{gap}")
            if needsTarget, let target = f.action?.targetLevel ?? targetLevel(ref, report) {
                values["target"] = String(target)
                values["criterion"] = target <= indicator.criteria.count ? indicator.criteria[target - 1].text(l) : ""
                values["gap"] = String(max(0, target - (level ?? report.catalogs.catalog(ref.slot).levels.lowerBound)))
            }
        }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            out += values[key] ?? "—"
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    static func targetLevel(_ ref: IndicatorRef, _ report: ScoreReport) -> Int? {
        let t = report.policy.targetLevels(for: report.period.date, catalogs: report.catalogs)[ref.slot.rawValue][ref.position]
        return t > 0 ? Int(t) : nil
    }

    /// The phases the shipped rules use, in the regulation's order: policy and governance
    /// before management, services and integration.
    static let phaseOrder = ["kebijakan", "tata-kelola", "manajemen", "layanan", "integrasi"]

    /// "kebijakan 4 · tata-kelola 12 · …": actions per phase, known phases in order first.
    public static func phaseCounts(_ report: ScoreReport) -> [(phase: String, count: Int)] {
        var counts: [String: Int] = [:]
        for f in report.findings.joined() where f.kind == .action {
            counts[report.rules.action(f.rule)?.phase ?? "—", default: 0] += 1
        }
        let known = phaseOrder.filter { counts[$0] != nil }
        let others = counts.keys.filter { !phaseOrder.contains($0) }.sorted()
        return (known + others).map { ($0, counts[$0] ?? 0) }
    }
}
