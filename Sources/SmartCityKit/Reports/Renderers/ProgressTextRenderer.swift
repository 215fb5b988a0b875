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
            out += changes(progress, since: previous, language: l)
        }
        out += forecastLine(progress, language: l) + "\n"
        return out
    }

    /// The counts of changes since the previous period and the OPDs that became (or stopped
    /// being) daring.
    public static func changes(_ progress: CityProgress, since previous: ScoreReport, language l: Language) -> String {
        let c = progress.changes
        let up = c.reduce(0) { $0 + $1.levels.filter { ($0.to ?? .zero) > ($0.from ?? .zero) }.count }
        let down = c.reduce(0) { $0 + $1.levels.filter { ($0.to ?? .zero) < ($0.from ?? .zero) }.count }
        let servicesUp = c.reduce(0) { $0 + $1.services.filter { s in s.from != nil && s.to != nil && s.to! > s.from! }.count }
        let servicesDown = c.reduce(0) { $0 + $1.services.filter { s in s.from != nil && s.to != nil && s.to! < s.from! }.count }
        let newServices = c.reduce(0) { $0 + $1.services.filter { $0.from == nil }.count }
        var out = ProgressText.changesLine(since: previous.period.id, up: up, down: down, opds: c.filter { !$0.levels.isEmpty }.count,
                                           servicesUp: servicesUp, servicesDown: servicesDown, newServices: newServices).text(l) + "\n"
        let ids = progress.latest.opds.map(\.id)
        let newly = c.filter { !$0.daringFrom && $0.daringTo }.map { ids[$0.opd] }
        let lost = c.filter { $0.daringFrom && !$0.daringTo }.map { ids[$0.opd] }
        if !newly.isEmpty { out += ProgressText.newlyDaring(newly.joined(separator: ", ")).text(l) + "\n" }
        if !lost.isEmpty { out += ProgressText.noLongerDaring(lost.joined(separator: ", ")).text(l) + "\n" }
        return out
    }

    public static func forecastLine(_ progress: CityProgress, language l: Language) -> String {
        guard let f = progress.forecast else { return ProgressText.singlePeriod.text(l) }
        return ProgressText.forecast(f.outcome, pace: f.pace.map { $0.formatted(decimals: 2, decimalSeparator: l.decimalSeparator) } ?? "0",
                                     required: f.required, targetDate: f.target.by.description, name: f.target.name.text(l)).text(l)
    }
}
