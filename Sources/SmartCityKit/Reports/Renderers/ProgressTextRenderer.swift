/// `smartcity progress`: the series of city values per period, what changed since the
/// previous period, and the forecast for the daring target, as terminal text.
public enum ProgressTextRenderer {
    public static func render(_ progress: CityProgress, language l: Language,
                              crosswalks: [(crosswalk: Crosswalk, target: IndicatorCatalog)] = []) -> String {
        let latest = progress.latest
        let sep = l.decimalSeparator
        var out = ProgressText.heading(city: latest.cityName.text(l), count: progress.reports.count,
                                       from: progress.reports[0].period.id, to: latest.period.id).text(l) + "\n\n"
        var table = TextTable(header: [ProgressText.Column.period, .index, .predikat, .daring, .smartCity].map { ProgressText.column($0).text(l) })
        table.rightAligned = [1, 3, 4]
        // When the index method changed between periods, each period names its method.
        let mixed = Set(progress.reports.map(\.catalogs.index.id)).count > 1
        for r in progress.reports {
            let of = r.policy.target(.opdDaring).flatMap { r.policy.requiredCount($0, opdCount: r.city.opdCount) } ?? r.city.opdCount
            table.rows.append([
                mixed ? "\(r.period.id) (\(r.catalogs.index.id))" : r.period.id,
                // Each period's value and predicate by its own method.
                r.city.index.value.map { $0.formatted(decimals: r.catalogs.index.decimals, decimalSeparator: sep) } ?? "—",
                r.city.index.value.flatMap(r.catalogs.index.predikat(for:))?.name.text(l) ?? "—",
                "\(r.city.daringCount)/\(of)",
                r.city.dimensions.value.map { $0.formatted(decimals: 2, decimalSeparator: sep) } ?? "—",
            ])
        }
        out += table.rendered() + "\n"
        if let point = progress.crosswalkPoint(crosswalks) {
            let e = point.estimate
            out += ProgressText.crosswalkPoint(method: e.catalog.id, period: progress.reports[point.period].period.id,
                                               mean: e.coveredMean.map { $0.formatted(decimals: 2, decimalSeparator: sep) } ?? "—", coverage: e.coveragePercent,
                                               lower: e.lower.formatted(decimals: 2, decimalSeparator: sep),
                                               upper: e.upper.formatted(decimals: 2, decimalSeparator: sep)).text(l) + "\n"
        }
        if let previous = progress.previous {
            out += ProgressLines.changes(progress, since: previous, language: l)
        }
        out += ProgressLines.forecastLine(progress, language: l) + "\n"
        return out
    }

}
