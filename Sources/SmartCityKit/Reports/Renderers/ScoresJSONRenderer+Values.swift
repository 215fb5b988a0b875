/// The `values` part of `scores.json`: for a method scored from evidence, each indicator's
/// value with its band, the three values side by side, its items and the next ones to
/// produce (docs/schema.md).
extension ScoresJSONRenderer {
    static func values(_ values: EvidenceValues, report: ScoreReport) -> JSONOutput {
        let catalog = report.catalogs.index
        return .array(values.values.map { v in
            let indicator = catalog.indicators[v.position]
            var members: [(String, JSONOutput)] = [("indicator", .string(indicator.id)), ("code", .optional(indicator.aliases.first))]
            switch v.source {
            case .evidence: members.append(("source", .string("evidence")))
            case .externalIndex(let key, let value):
                members.append(("source", .string("external:" + key)))
                members.append(("externalValue", number(value)))
            }
            members += value(v.value, catalog)
            members.append(("level", .int(v.level)))
            if let band = catalog.band(v.level) {
                members.append(("band", .array([number(band.bottom, decimals: 2), number(band.top, decimals: 2)])))
            }
            members.append(("supported", number(v.supported)))
            members.append(("claimed", number(v.claimed)))
            members.append(("assessor", v.assessor.map { .object([("value", number($0.value, decimals: 2)), ("reason", .string($0.reason))]) } ?? .null))
            members.append(("levels", .array(v.counts.map {
                .object([("level", .int($0.level)), ("items", .int($0.items)), ("accepted", .int($0.accepted)), ("claimed", .int($0.claimed))])
            })))
            members.append(("ignored", .array(v.ignored.map(JSONOutput.string))))
            members.append(("next", .array(v.next.map {
                .object([("code", .string($0.code)), ("level", .int($0.level)), ("gain", number($0.gain)), ("indexPoints", number($0.points))])
            })))
            members.append(("items", .array(v.items.map { item in
                .object([("code", .string(item.code)), ("level", .int(item.level)), ("status", .string(item.status.rawValue)),
                         ("revision", .optional(item.revision?.rawValue)), ("owner", .optional(item.owner.map { report.opds[$0].id })),
                         ("document", .string(item.document)), ("date", .optional(item.date?.description)), ("note", .string(item.note)),
                         ("indexPoints", number(item.points))])
            })))
            return .object(members)
        })
    }
}
