/// Lines about a city's progress that the terminal and the dashboard both say: the changes
/// since the previous period and the forecast.
enum ProgressLines {
    /// The counts of changes since the previous period and the OPDs that became (or stopped
    /// being) daring.
    static func changes(_ progress: CityProgress, since previous: ScoreReport, language l: Language) -> String {
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

    static func forecastLine(_ progress: CityProgress, language l: Language) -> String {
        guard let f = progress.forecast else { return ProgressText.singlePeriod.text(l) }
        return ProgressText.forecast(f.outcome, pace: f.pace.map { $0.formatted(decimals: 2, decimalSeparator: l.decimalSeparator) } ?? "0",
                                     required: f.required, targetDate: DateText.long(f.target.by, l), name: f.target.name.text(l)).text(l)
    }
}
