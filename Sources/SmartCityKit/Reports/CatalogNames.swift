/// A method's names as its readers know them, from the catalog: never written in code.
extension IndicatorCatalog {
    /// The result's name ("Indeks Pemdi", "SPBE index").
    func name(_ l: Language) -> String { shortName.text(l) }

    /// The words for its groups, outermost first, in running text: "domain dan aspek",
    /// "aspek" (Indonesian), "domain and aspect".
    func groupWords(_ l: Language) -> String {
        let words = hierarchy.map { $0.name.text(l).lowercased() }
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + l.pick(id: " dan ", en: " and ") + last
    }

    /// The words for its groups as a column heading: "Domain / aspek".
    func groupHeading(_ l: Language) -> String {
        let words = hierarchy.enumerated().map { i, h in i == 0 ? h.name.text(l) : h.name.text(l).lowercased() }
        return words.joined(separator: " / ")
    }

    /// The word for its outermost groups, lowercased ("domain", "aspek", "dimension").
    func groupWord(_ l: Language) -> String { hierarchy.first?.name.text(l).lowercased() ?? "" }

    /// The prefix its indicator ids share ("PEMDI-", "SC-"), when they share one.
    var idPrefix: String? {
        guard let first = indicators.first?.id, let dash = first.firstIndex(of: "-") else { return nil }
        let prefix = String(first[...dash])
        return indicators.allSatisfy { $0.id.hasPrefix(prefix) } ? prefix : nil
    }
}

extension String {
    /// The text with its first letter capital, for a name that starts a sentence.
    var capitalizedFirst: String { first.map { $0.uppercased() + dropFirst() } ?? self }
}

extension CityProgress {
    /// The names of the index methods the periods were assessed with, in order: "Indeks SPBE
    /// dan Indeks Pemdi".
    func methodNames(_ l: Language) -> String {
        var names: [String] = []
        for r in reports where !names.contains(r.catalogs.index.name(l)) { names.append(r.catalogs.index.name(l)) }
        return names.count < 2 ? names.first ?? "" : names.dropLast().joined(separator: ", ") + l.pick(id: " dan ", en: " and ") + names.last!
    }
}

extension CityProgress {
    /// Each period's date in days, for a time-scaled axis.
    var positions: [Double] { reports.map { Double($0.period.date.dayNumber) } }

    /// Where the index method changes, marked with the newer method's name.
    func methodBreaks(_ l: Language) -> [ChartBreak] {
        reports.indices.dropFirst().compactMap { i in
            reports[i].catalogs.index.id == reports[i - 1].catalogs.index.id ? nil
                : ChartBreak(index: i, label: PageText.methodChange(reports[i].catalogs.index.name(l)).text(l))
        }
    }

    /// The daring forecast as a dashed line to the target count at its date, when there is one.
    func daringForecastLine(_ l: Language) -> ChartForecast? {
        guard let f = forecast else { return nil }
        let date: CalendarDate
        switch f.outcome {
        case .onTrack(let d, _), .late(let d, _): date = d
        case .met, .stalled, .singlePeriod: return nil
        }
        return ChartForecast(from: reports.count - 1, position: Double(date.dayNumber), value: Double(f.required),
                             legend: PageText.forecastLegend.text(l), mark: DateText.monthYear(date, l),
                             label: PageText.daringForecast(count: f.required, month: DateText.monthYear(date, l)).text(l))
    }
}
