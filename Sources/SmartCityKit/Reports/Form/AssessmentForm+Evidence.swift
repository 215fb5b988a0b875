extension AssessmentForm {
    /// The evidence part of an OPD's form in a period scored from evidence: each indicator
    /// it owns items of, with every level's criterion, band and items — its own to fill in
    /// (self) or to judge (assessor), the other units' shown as they stand — the value the
    /// accepted items give and the assessor's value. Empty when the period has no values.
    static func evidenceData(report: ScoreReport, opd: Int) -> [JSONOutput] {
        guard let values = report.city.values else { return [] }
        let catalog = report.catalogs.index
        return values.values.compactMap { value -> JSONOutput? in
            guard value.source == .evidence, value.items.contains(where: { $0.owner == opd }) else { return nil }
            let indicator = catalog.indicators[value.position]
            let levels = indicator.evidence.indices.map { k -> JSONOutput in
                let band = catalog.valueBands[k]
                let items = value.items.filter { $0.level == band.level }.map { item -> JSONOutput in
                    let official = indicator.evidence[k].first { $0.code == item.code }?.text
                    return .object([
                        ("code", .string(item.code)), ("text", official.map(text) ?? .null), ("mine", .bool(item.owner == opd)),
                        ("owner", .string(item.owner.map { report.opds[$0].name } ?? "")),
                        ("status", .string(item.status.rawValue)), ("revision", .string(item.revision?.rawValue ?? "")),
                        ("document", .string(item.document)), ("date", .string(item.date?.description ?? "")),
                        ("narrative", .string(item.narrative)), ("note", .string(item.note)), ("response", .string(item.response)),
                    ])
                }
                return .object([
                    ("level", .int(band.level)), ("min", .string(band.bottom.formatted(decimals: 2))), ("max", .string(band.top.formatted(decimals: 2))),
                    ("criteria", k < indicator.criteria.count ? text(indicator.criteria[k]) : .null), ("items", .array(items)),
                ])
            }
            let assessor: JSONOutput = value.assessor.map { .object([("value", .string($0.value.formatted(decimals: 2))), ("reason", .string($0.reason))]) } ?? .null
            return .object([
                ("id", .string(indicator.id)), ("code", .string(indicator.aliases.first ?? indicator.id)), ("name", text(indicator.name)),
                ("value", .string(value.supported.formatted(decimals: 2))), ("level", .int(value.level)),
                ("min", .string(catalog.valueScale.minimum.formatted(decimals: 2))), ("max", .string(catalog.valueScale.maximum.formatted(decimals: 2))),
                ("assessor", assessor), ("levels", .array(levels)),
            ])
        }
    }
}
