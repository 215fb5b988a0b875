/// The words of findings: a rule's text with its placeholders filled for one OPD.
///
/// `{indicator}` id · `{name}` indicator name · `{level}` current level · `{target}` target
/// level · `{criterion}` the catalog's criterion of the target level · `{opd}` OPD name ·
/// `{gap}` levels to go.
public enum FindingText {
    public static func text(_ f: Finding, report: ScoreReport, language l: Language) -> String {
        let template = f.kind == .readiness ? nil : report.rules.text(f.kind, f.rule)
        guard let template else { return f.rule }
        return fill(template.text(l), f, report: report, language: l)
    }

    static func fill(_ template: String, _ f: Finding, report: ScoreReport, language l: Language) -> String {
        guard template.utf8.contains(0x7B) else { return template }
        // Values are computed only for the placeholders the text uses (this runs for every
        // action of a national run).
        let indicator = f.indicator.map { report.catalogs.indicator($0) }
        var level: Fraction?? = .none
        func currentLevel() -> Fraction? {
            if case .some(let known) = level { return known }
            let found = f.indicator.flatMap { ref in report.scores[f.opd].levels.first { $0.indicator == ref && $0.source != .floor }?.level }
            level = .some(found)
            return found
        }
        var target: Fraction?? = .none
        func targetValue() -> Fraction? {
            if case .some(let known) = target { return known }
            let found = f.indicator.flatMap { f.action?.targetLevel ?? report.target($0) }
            target = .some(found)
            return found
        }
        let scale = f.indicator.map { report.catalogs.catalog($0.slot).valueScale }
        func text(_ v: Fraction) -> String { report.catalogs.levelText(v, of: f.indicator, separator: l.decimalSeparator) }
        // Texts say "level {target}": on a scale of bands the level the value stands at, then
        // the value itself ("tingkat 4 (nilai 4,00)").
        func levelText(_ v: Fraction) -> String {
            guard let scale, !scale.isWhole else { return text(v) }
            return "\(scale.level(of: v)) (" + ReportText.valueWord.text(l) + " " + text(v) + ")"
        }
        func value(_ key: Substring) -> String? {
            switch key {
            case "opd": return report.opds[f.opd].name
            case "indicator": return indicator?.id
            case "name": return indicator?.name.text(l)
            case "level":
                guard indicator != nil else { return nil }
                return currentLevel().map(levelText) ?? l.pick(id: "belum dijawab", en: "not answered")
            case "target": return targetValue().map(levelText)
            case "criterion":
                guard let indicator, let scale, let t = targetValue() else { return nil }
                let reached = scale.level(of: t) - scale.levels.lowerBound
                return indicator.criteria.indices.contains(reached) ? indicator.criteria[reached].text(l) : ""
            case "gap":
                guard let scale, let t = targetValue() else { return nil }
                return text(max(.zero, t - (currentLevel() ?? scale.minimum)))
            default: return nil
            }
        }
        // Scanned as UTF-8: `{` and `}` are ASCII, so their byte positions are valid string
        // indices, and no grapheme breaking is needed (this runs for every action).
        var out = ""
        out.reserveCapacity(template.utf8.count + 64)
        let bytes = template.utf8
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: 0x7B), let close = bytes[open...].firstIndex(of: 0x7D) {
            out += template[rest..<open]
            out += value(template[bytes.index(after: open)..<close]) ?? "—"
            rest = bytes.index(after: close)
        }
        out += template[rest...]
        return out
    }

    /// The phases the shipped rules use, in the regulation's order: policy and governance
    /// before management, services and integration.
    static let phaseOrder = ["kebijakan", "tata-kelola", "manajemen", "layanan", "integrasi"]

    /// "kebijakan 4 · tata-kelola 12 · …": actions per phase, known phases in order first.
    public static func phaseCounts(_ report: ScoreReport) -> [(phase: String, count: Int)] {
        var counts: [String: Int] = [:]
        for list in report.findings {
            for i in list.indices where list[i].kind == .action {
                counts[report.rules.actionPosition(list[i].rule).map { report.rules.actions[$0].phase } ?? "—", default: 0] += 1
            }
        }
        let known = phaseOrder.filter { counts[$0] != nil }
        let others = counts.keys.filter { !phaseOrder.contains($0) }.sorted()
        return (known + others).map { ($0, counts[$0] ?? 0) }
    }
}
