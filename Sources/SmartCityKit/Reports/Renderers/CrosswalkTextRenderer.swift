/// `smartcity crosswalk`: the estimated profile under the newer method, per indicator, with
/// the covered mean, the range and the predicate only when the range allows one.
public enum CrosswalkTextRenderer {
    public static func render(_ e: CrosswalkEstimate, period: String, from: String, language l: Language) -> String {
        let sep = l.decimalSeparator
        var out = CrosswalkText.heading(to: "\(e.catalog.name(l)) (\(e.catalog.version))", from: from, period: period,
                                        crosswalk: "\(e.crosswalk.id) \(e.crosswalk.version)").text(l) + "\n\n"
        var table = TextTable(header: [CrosswalkText.Column.indicator, .name, .estimate, .evidence].map { CrosswalkText.column($0).text(l) })
        table.rightAligned = [2]
        for entry in e.entries {
            let indicator = e.catalog.indicators[entry.position]
            let estimate = entry.level.map { level in
                entry.exact.map { "\(level) (\($0.formatted(decimals: 2, decimalSeparator: sep)))" } ?? String(level)
            } ?? CrosswalkText.noEvidence.text(l)
            let sources = entry.sources.map { s in
                "\(s.indicator) \(s.level.map { $0.formatted(decimals: 2, decimalSeparator: sep) } ?? "—")×\(s.weight.formatted(decimals: 0))"
            }.joined(separator: ", ")
            table.rows.append([indicator.id, String(indicator.name.text(l).prefix(48)), estimate, sources.isEmpty ? "—" : sources])
        }
        out += table.rendered() + "\n"
        out += CrosswalkText.coveredMean(value: e.coveredMean.map { $0.formatted(decimals: 2, decimalSeparator: sep) } ?? "—",
                                         coverage: e.coveragePercent).text(l) + "\n"
        out += CrosswalkText.range(lower: e.lower.formatted(decimals: 2, decimalSeparator: sep),
                                   upper: e.upper.formatted(decimals: 2, decimalSeparator: sep)).text(l) + "\n"
        out += (e.predikat.map { CrosswalkText.predikat($0.name.text(l)) } ?? .noPredikat).text(l) + "\n"
        out += CrosswalkText.note.text(l) + "\n"
        return out
    }
}
