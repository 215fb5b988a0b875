/// `explain` for the city's index when its method scores values from evidence: from the index
/// down to the aspects, each indicator's value, its levels and every item with its status.
extension ExplainRenderer {
    func two(_ f: Fraction) -> String { f.formatted(decimals: 2, decimalSeparator: sep) }
    func four(_ f: Fraction) -> String { f.formatted(decimals: 4, decimalSeparator: sep) }
    /// A weight or an index reading as written: `5`, `52,4`.
    func plain(_ f: Fraction) -> String { f.formatted(decimals: 4).trimmingTrailingZeros().replacingOccurrences(of: ".", with: sep) }

    var cityHeading: String {
        report.cityName.text(l) + " · " + ExplainText.period(report.period.id, report.period.date.description).text(l) + "\n"
            + report.catalogs.index.title.text(l) + " [\(report.catalogs.index.id)]\n"
    }

    /// The city's index, its aspects and each indicator's value with what it rests on.
    public func city() -> String {
        let catalog = report.catalogs.index
        let index = report.city.index
        var out = cityHeading
        let predikat = index.predikat(catalog)?.name.text(l) ?? "—"
        out += EvidenceText.indexFormula(value: index.value.map(two) ?? "—", exact: index.value.map(four) ?? "—", predikat: predikat).text(l) + "\n"
        for group in catalog.groups {
            out += "\n" + EvidenceText.aspect(id: group.id, name: group.name.text(l), weight: plain(group.weight),
                                               value: index.groups[group.id].map(two) ?? "—").text(l) + "\n"
            for position in group.allIndicatorPositions {
                let indicator = catalog.indicators[position]
                let level = report.city.level(IndicatorRef(slot: .index, position: position))
                out += EvidenceText.term(indicator: indicator.id, code: indicator.aliases.first ?? indicator.id, weight: plain(indicator.weight),
                                         value: level.level.map(two) ?? "—", detail: summary(position, withValue: false)).text(l) + "\n"
            }
        }
        return out
    }

    /// One line on what an indicator's value rests on, led by the value unless `withValue` is false.
    func summary(_ position: Int, withValue: Bool = true) -> String {
        guard let value = report.city.values?.value(position) else {
            return basis(report.city.level(IndicatorRef(slot: .index, position: position)).basis)
        }
        return EvidenceText.describe(value, catalog: report.catalogs.index, language: l, withValue: withValue)
    }

    /// One indicator of the city: its value, each level and item, and the items to produce next.
    public func city(_ ref: IndicatorRef) -> String {
        let catalog = report.catalogs.catalog(ref.slot)
        let indicator = catalog.indicators[ref.position]
        var out = cityHeading + indicator.id + " " + indicator.name.text(l) + "\n"
        guard ref.slot == .index, let value = report.city.values?.value(ref.position) else {
            let city = report.city.level(ref)
            return out + ExplainText.cityLevel(level: city.level.map(two) ?? "—", basis: basis(city.basis)).text(l) + "\n"
        }
        out += summary(ref.position) + "\n"
        if case .externalIndex = value.source { return out }
        out += "\n"
        for count in value.counts {
            guard let band = catalog.band(count.level) else { continue }
            out += EvidenceText.level(level: count.level, bottom: two(band.bottom), top: two(band.top), accepted: count.accepted,
                                      items: count.items, complete: count.accepted == count.items).text(l) + "\n"
            for item in value.items where item.level == count.level {
                let mark = item.status == .diterima ? "✔" : item.status == .revisi ? "✘" : "·"
                out += EvidenceText.item(mark: mark, code: item.code, status: EvidenceText.status(item.status, item.revision).text(l),
                                         owner: item.owner.map { report.opds[$0].id } ?? "—", document: item.document, note: item.note).text(l) + "\n"
            }
        }
        out += "\n"
        if let band = catalog.band(value.level), let count = value.counts.first(where: { $0.level == value.level }) {
            let formula = count.accepted == count.items
                ? two(band.top)
                : "\(two(band.bottom)) + \(two(band.width)) × \(count.accepted) ÷ \(count.items)"
            out += EvidenceText.ruleValue(value: two(value.supported), formula: formula).text(l) + "\n"
        }
        if value.claimed != value.supported { out += EvidenceText.claimed(two(value.claimed)).text(l) + "\n" }
        if let assessor = value.assessor { out += EvidenceText.assessor(value: two(assessor.value), reason: assessor.reason).text(l) + "\n" }
        if !value.ignored.isEmpty { out += EvidenceText.ignored(value.ignored).text(l) + "\n" }
        out += EvidenceText.nextHeading.text(l) + "\n"
        if value.next.isEmpty { out += EvidenceText.nothingNext.text(l) + "\n" }
        for next in value.next {
            out += EvidenceText.next(code: next.code, level: next.level, gain: two(next.gain), points: four(next.points)).text(l) + "\n"
        }
        return out
    }
}
