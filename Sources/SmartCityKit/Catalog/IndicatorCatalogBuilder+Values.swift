/// The parts of a catalog for methods that score values inside level bands from evidence
/// items and external indices (Indeks Pemdi 2026): read and checked against each other.
extension IndicatorCatalogBuilder {
    /// `valueBands`: one band per level, lowest first, each wider than nothing, following
    /// each other without gap or overlap from the lowest level's value to the highest's.
    func readValueBands() -> [ValueBand] {
        guard let elements = top.array("valueBands", required: false) else { return [] }
        var bands: [ValueBand] = []
        for (node, path) in elements {
            guard let o = context.object(node, path: path, known: ["level", "min", "max"]),
                  let level = o.int("level"), let bottom = o.decimal("min"), let top = o.decimal("max") else { continue }
            let expected = (bands.last?.level ?? levels.lowerBound - 1) + 1
            if level != expected {
                context.report(.bandLevelOutOfOrder(expected: expected, found: level), at: o.members["level"], path: o.path("level"))
                continue
            }
            if bottom < .zero { context.report(.bandNegative(bottom), at: o.members["min"], path: o.path("min")) }
            if !(bottom < top) { context.report(.bandEmpty(bottom: bottom, top: top), at: o.node, path: path) }
            if let previous = bands.last, previous.top != bottom {
                context.report(.bandsNotContiguous(previousTop: previous.top, bottom: bottom), at: o.members["min"], path: o.path("min"))
            }
            bands.append(ValueBand(level: level, bottom: bottom, top: top))
        }
        if bands.count != levels.count {
            context.report(.levelsIncomplete("valueBands", missing: levels.filter { l in !bands.contains { $0.level == l } }),
                           at: top.members["valueBands"], path: "valueBands")
        } else if bands.first?.bottom != Fraction(levels.lowerBound) || bands.last?.top != Fraction(levels.upperBound) {
            context.report(.bandsOutsideRange(range: levels), at: top.members["valueBands"], path: "valueBands")
        }
        return bands
    }

    /// `externalIndices`: the other agencies' indices, each with its range.
    func readExternalIndices() -> [ExternalIndexDefinition] {
        guard let elements = top.array("externalIndices", required: false) else { return [] }
        var indices: [ExternalIndexDefinition] = []
        for (node, path) in elements {
            guard let o = context.object(node, path: path, known: ["key", "name", "agency", "min", "max"]),
                  let key = o.string("key"), let name = o.text("name"), let agency = o.string("agency"),
                  let minimum = o.decimal("min"), let maximum = o.decimal("max") else { continue }
            if !(minimum < maximum) { context.report(.bandEmpty(bottom: minimum, top: maximum), at: o.node, path: path) }
            if indices.contains(where: { $0.key == key }) {
                context.report(.duplicateID(key, firstLine: node.line), at: o.members["key"], path: o.path("key"))
            }
            indices.append(ExternalIndexDefinition(key: key, name: name, agency: agency, minimum: minimum, maximum: maximum))
        }
        return indices
    }

    /// An indicator's `aliases`, `evidence` (items per level), `fromIndex` and `requiresIndex`.
    mutating func readValueParts(_ o: JSONObjectView, into indicator: inout Indicator, position: Int) {
        for (node, path) in o.array("aliases", required: false) ?? [] {
            guard let alias = node.stringValue, !alias.trimmingSpaces().isEmpty else {
                context.report(.wrongType(found: ExpectedValue.kind(of: node), expected: .string), at: node, path: path)
                continue
            }
            if let first = seenIDs[IndicatorID.normalized(alias)], alias != indicator.id {
                context.report(.duplicateID(alias, firstLine: first), at: node, path: path)
                continue
            }
            indicator.aliases.append(alias)
        }
        let needsBands = o.has("evidence") || o.has("fromIndex")
        if needsBands, valueBands.isEmpty {
            context.report(.valueBandsRequired(indicator: indicator.id), at: o.node, path: o.path("evidence"))
            return
        }
        if let e = o.object("evidence", known: levels.map(String.init), required: false) {
            var perLevel: [[EvidenceItem]] = []
            var missing: [Int] = []
            for level in levels {
                var items: [EvidenceItem] = []
                for (node, path) in e.array(String(level), required: false) ?? [] {
                    guard let item = context.object(node, path: path, known: ["code", "text", "validMonths"]),
                          let code = item.string("code"), let text = item.text("text") else { continue }
                    let validMonths = item.int("validMonths", required: false)
                    if let months = validMonths, !(1...120).contains(months) {
                        context.report(.thresholdOutOfRange(found: Fraction(months), range: "1–120"), at: item.members["validMonths"], path: item.path("validMonths"))
                    }
                    let key = code.trimmingSpaces().uppercased()
                    if let first = itemLines[key] {
                        context.report(.duplicateID(code, firstLine: first), at: item.members["code"], path: item.path("code"))
                        continue
                    }
                    itemLines[key] = node.line
                    evidenceItems[key] = EvidenceItemRef(position: position, level: level, index: items.count)
                    items.append(EvidenceItem(code: key, text: text, validMonths: validMonths))
                }
                if items.isEmpty { missing.append(level) }
                perLevel.append(items)
            }
            if !missing.isEmpty { context.report(.levelsIncomplete(indicator.id + " evidence", missing: missing), at: e.node, path: e.path) }
            indicator.evidence = perLevel
        }
        if let f = o.object("fromIndex", known: ["index", "bands"], required: false), let key = f.string("index") {
            guard let definition = externalIndices.first(where: { $0.key == key }) else {
                context.report(.unknownExternalIndex(key, known: externalIndices.map(\.key)), at: f.members["index"], path: f.path("index"))
                return
            }
            var bands: [(from: Fraction, to: Fraction)] = []
            for (node, path) in f.array("bands") ?? [] {
                guard let pair = node.elements, pair.count == 2, let a = pair[0].numberLiteral.flatMap(Fraction.init(decimal:)),
                      let b = pair[1].numberLiteral.flatMap(Fraction.init(decimal:)) else {
                    context.report(.wrongType(found: ExpectedValue.kind(of: node), expected: .array), at: node, path: path)
                    continue
                }
                if !(a < b) { context.report(.bandEmpty(bottom: a, top: b), at: node, path: path) }
                if let previous = bands.last, previous.to != a {
                    context.report(.bandsNotContiguous(previousTop: previous.to, bottom: a), at: node, path: path)
                }
                if a < definition.minimum || definition.maximum < b {
                    context.report(.externalBandOutsideIndex(index: key, minimum: definition.minimum, maximum: definition.maximum), at: node, path: path)
                }
                bands.append((a, b))
            }
            if bands.count != levels.count {
                context.report(.levelsIncomplete(indicator.id + " fromIndex", missing: Array(levels.dropFirst(bands.count))), at: f.node, path: f.path("bands"))
            } else {
                indicator.external = ExternalIndexMapping(index: key, bands: bands)
            }
        }
        // On a value scale every indicator is scored one way: from its items or from an index.
        if !valueBands.isEmpty, o.has("evidence") == o.has("fromIndex") {
            context.report(.evidenceOrIndexRequired(indicator: indicator.id), at: o.node, path: o.path("evidence"))
        }
        if let r = o.object("requiresIndex", known: ["index", "maxAgeMonths"], required: false),
           let key = r.string("index"), let months = r.int("maxAgeMonths") {
            if externalIndices.contains(where: { $0.key == key }) {
                indicator.requiredIndex = RequiredIndex(index: key, maximumAgeMonths: months)
            } else {
                context.report(.unknownExternalIndex(key, known: externalIndices.map(\.key)), at: r.members["index"], path: r.path("index"))
            }
        }
    }
}
