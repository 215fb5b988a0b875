/// Builds the body of an indicator catalog (scales, predicates, tree) from its JSON object,
/// checking each part against the others as it goes.
struct IndicatorCatalogBuilder {
    struct Body {
        var hierarchy: [HierarchyLevel]
        var scales: [LevelScale]
        var levels: ClosedRange<Int>
        var predicates: [PredikatBand]
        var decimals: Int
        var cityMean: IndicatorCatalog.CityMean
        var roles: [CatalogTerm]
        var tags: [CatalogTerm]
        var groups: [IndicatorGroup]
        var indicators: [Indicator]
        var valueBands: [ValueBand]
        var externalIndices: [ExternalIndexDefinition]
        var evidenceItems: [String: EvidenceItemRef]
    }

    let context: JSONContext
    let top: JSONObjectView
    var indicators: [Indicator] = []
    var seenIDs: [String: Int] = [:]
    var levels: ClosedRange<Int> = 1...5
    var scaleKeys: [String] = []
    var roleKeys: [String] = []
    var tagKeys: [String] = []
    var hierarchyCount = 0
    var valueBands: [ValueBand] = []
    var externalIndices: [ExternalIndexDefinition] = []
    /// Evidence item codes seen so far, with the line of the first.
    var itemLines: [String: Int] = [:]
    var evidenceItems: [String: EvidenceItemRef] = [:]

    init(context: JSONContext, top: JSONObjectView) {
        self.context = context
        self.top = top
    }

    mutating func build() -> Body? {
        let hierarchy = (top.array("hierarchy") ?? []).compactMap { node, path -> HierarchyLevel? in
            guard let o = context.object(node, path: path, known: ["key", "name"]),
                  let key = o.string("key"), let name = o.text("name") else { return nil }
            return HierarchyLevel(key: key, name: name)
        }
        hierarchyCount = hierarchy.count
        if let range = top.object("range", known: ["min", "max"]), let lo = range.int("min"), let hi = range.int("max") {
            if lo >= 0, lo < hi { levels = lo...hi } else {
                context.report(.invalidRange(minimum: lo, maximum: hi), at: range.node, path: "range")
            }
        }
        let scales = readScales()
        scaleKeys = scales.map(\.key)
        let predicates = readPredicates()
        var decimals = 2
        if let rounding = top.object("rounding", known: ["decimals", "mode", "predicateFrom"]) {
            decimals = rounding.int("decimals") ?? 2
            if !(0...6).contains(decimals) {
                context.report(.levelOutOfScale(found: String(decimals), range: 0...6), at: rounding.members["decimals"], path: "rounding.decimals")
                decimals = 2
            }
            _ = rounding.word("mode", oneOf: ["half-up"])
            _ = rounding.word("predicateFrom", oneOf: ["unrounded"])
        }
        let cityMean = top.word("cityMean", oneOf: IndicatorCatalog.CityMean.allCases.map(\.rawValue))
            .flatMap(IndicatorCatalog.CityMean.init(rawValue:)) ?? .roundHalfUp
        valueBands = readValueBands()
        externalIndices = readExternalIndices()
        let roles = readTerms("roles")
        let tags = readTerms("tags")
        roleKeys = roles.map(\.key)
        tagKeys = tags.map(\.key)
        var groups: [IndicatorGroup] = []
        for (node, path) in top.array("groups") ?? [] {
            if let g = readGroup(node, path: path, depth: 0, parents: []) { groups.append(g) }
        }
        checkWeights(groups)
        if context.hasErrors { return nil }
        return Body(hierarchy: hierarchy, scales: scales, levels: levels, predicates: predicates, decimals: decimals,
                    cityMean: cityMean, roles: roles, tags: tags, groups: groups, indicators: indicators,
                    valueBands: valueBands, externalIndices: externalIndices, evidenceItems: evidenceItems)
    }

    func readScales() -> [LevelScale] {
        var scales: [LevelScale] = []
        for (node, path) in top.array("scales") ?? [] {
            guard let o = context.object(node, path: path, known: ["key", "name", "levels"]),
                  let key = o.string("key"), let name = o.text("name") else { continue }
            var byLevel: [Int: ScaleLevel] = [:]
            for (levelNode, levelPath) in o.array("levels") ?? [] {
                guard let lo = context.object(levelNode, path: levelPath, known: ["level", "name", "description"]),
                      let level = lo.int("level"), let levelName = lo.text("name") else { continue }
                guard levels.contains(level) else {
                    context.report(.levelOutOfScale(found: String(level), range: levels), at: lo.members["level"], path: lo.path("level"))
                    continue
                }
                byLevel[level] = ScaleLevel(level: level, name: levelName, description: lo.text("description", required: false))
            }
            let missing = levels.filter { byLevel[$0] == nil }
            if !missing.isEmpty { context.report(.levelsIncomplete(key, missing: missing), at: node, path: path) }
            scales.append(LevelScale(key: key, name: name, levels: levels.compactMap { byLevel[$0] }))
        }
        return scales
    }

    func readPredicates() -> [PredikatBand] {
        guard let elements = top.array("predicates", required: false) else { return [] }
        var bands: [PredikatBand] = []
        for (node, path) in elements {
            guard let o = context.object(node, path: path, known: ["key", "min", "name"]),
                  let key = o.string("key"), let minimum = o.decimal("min"), let name = o.text("name") else { continue }
            if minimum < Fraction(levels.lowerBound) || Fraction(levels.upperBound) < minimum {
                context.report(.predicateOutsideRange(minimum), at: o.members["min"], path: o.path("min"))
            }
            if let previous = bands.last, !(minimum < previous.minimum) {
                context.report(.predicatesNotDescending, at: o.members["min"], path: o.path("min"))
            }
            bands.append(PredikatBand(key: key, minimum: minimum, name: name))
        }
        if let lowest = bands.last, lowest.minimum != Fraction(levels.lowerBound) {
            context.report(.lowestPredicateAboveMinimum(lowest: lowest.minimum, minimum: levels.lowerBound),
                           at: top.members["predicates"], path: "predicates")
        }
        return bands
    }

    func readTerms(_ key: String) -> [CatalogTerm] {
        (top.array(key, required: false) ?? []).compactMap { node, path in
            guard let o = context.object(node, path: path, known: ["key", "name", "description"]),
                  let k = o.string("key"), let name = o.text("name") else { return nil }
            return CatalogTerm(key: k, name: name, description: o.text("description", required: false))
        }
    }

    mutating func claim(_ id: String, node: JSONNode?, path: String) {
        let key = IndicatorID.normalized(id)
        if let first = seenIDs[key] {
            context.report(.duplicateID(id, firstLine: first), at: node, path: path)
        } else {
            seenIDs[key] = node?.line ?? 0
        }
    }

    mutating func readGroup(_ node: JSONNode, path: String, depth: Int, parents: [String]) -> IndicatorGroup? {
        guard let o = context.object(node, path: path, known: ["id", "number", "name", "weight", "groups", "indicators", "elements"]) else { return nil }
        let id = o.string("id"), name = o.text("name"), weight = o.decimal("weight")
        let number = o.int("number", required: false)
        let elements = (o.array("elements", required: false) ?? []).compactMap { n, p -> CatalogTerm? in
            guard let e = context.object(n, path: p, known: ["key", "name", "description"]),
                  let k = e.string("key"), let nm = e.text("name") else { return nil }
            return CatalogTerm(key: k, name: nm, description: e.text("description", required: false))
        }
        guard let id else { return nil }
        claim(id, node: o.members["id"], path: o.path("id"))
        if depth >= hierarchyCount {
            context.report(.hierarchyDepthMismatch(group: id, depth: depth + 1, levels: hierarchyCount), at: node, path: path)
        }
        if let weight, !(Fraction.zero < weight) { context.report(.weightNotPositive(weight), at: o.members["weight"], path: o.path("weight")) }
        var group = IndicatorGroup(id: id, number: number, name: name ?? LocalizedText(id: id, en: id), weight: weight ?? .zero,
                                   depth: depth, children: [], indicatorPositions: [], allIndicatorPositions: [], elements: elements,
                                   line: node.line, column: node.column)
        switch (o.has("groups"), o.has("indicators")) {
        case (true, true):
            context.report(.groupWithBothGroupsAndIndicators(id), at: node, path: path)
        case (false, false):
            context.report(.groupWithoutContent(id), at: node, path: path)
        case (true, false):
            for (child, childPath) in o.array("groups") ?? [] {
                if let g = readGroup(child, path: childPath, depth: depth + 1, parents: parents + [id]) {
                    group.children.append(g)
                    group.allIndicatorPositions += g.allIndicatorPositions
                }
            }
        case (false, true):
            for (child, childPath) in o.array("indicators") ?? [] {
                if let indicator = readIndicator(child, path: childPath, groupPath: parents + [id], elements: elements.map(\.key)) {
                    group.indicatorPositions.append(indicators.count)
                    indicators.append(indicator)
                }
            }
            group.allIndicatorPositions = group.indicatorPositions
        }
        return group
    }

    mutating func readIndicator(_ node: JSONNode, path: String, groupPath: [String], elements: [String]) -> Indicator? {
        let known = ["id", "number", "name", "description", "weight", "scale", "answeredBy", "cityLevel", "criteria", "element", "notes", "survey",
                     "aliases", "evidence", "fromIndex", "requiresIndex"]
        guard let o = context.object(node, path: path, known: known) else { return nil }
        let id = o.string("id"), name = o.text("name"), weight = o.decimal("weight"), scale = o.string("scale")
        let number = o.int("number", required: false)
        let description = o.text("description", required: false)
        _ = o.texts("notes", required: false)
        let element = o.string("element", required: false)
        if let id { claim(id, node: o.members["id"], path: o.path("id")) }
        if let weight, !(Fraction.zero < weight) { context.report(.weightNotPositive(weight), at: o.members["weight"], path: o.path("weight")) }
        if let scale, !scaleKeys.contains(scale) {
            context.report(.unknownScale(scale, known: scaleKeys), at: o.members["scale"], path: o.path("scale"))
        }
        if let element, !elements.contains(element) {
            context.report(.unknownElement(element, known: elements), at: o.members["element"], path: o.path("element"))
        }
        let answeredBy = readApplicability(o)
        let rule = o.word("cityLevel", oneOf: CityLevelRule.allCases.map(\.rawValue)).flatMap(CityLevelRule.init(rawValue:))
        if rule == .owner, let answeredBy, case .role = answeredBy {} else if rule == .owner {
            context.report(.ownerRuleNeedsRole(indicator: id ?? "?"), at: o.members["cityLevel"], path: o.path("cityLevel"))
        }
        let criteria = readCriteria(o, indicator: id ?? "?")
        let survey = o.word("survey", oneOf: SurveyMeasure.allCases.map(\.rawValue), required: false).flatMap(SurveyMeasure.init(rawValue:))
        guard let id, let name, let weight, let scale, let answeredBy, let rule, let criteria else { return nil }
        var indicator = Indicator(id: id, number: number, name: name, description: description, weight: weight, scale: scale,
                                  answeredBy: answeredBy, cityLevel: rule, criteria: criteria, element: element,
                                  groupPath: groupPath, line: node.line)
        indicator.survey = survey
        readValueParts(o, into: &indicator, position: indicators.count)
        return indicator
    }

    func readApplicability(_ o: JSONObjectView) -> Applicability? {
        guard let a = o.object("answeredBy", known: ["role", "all", "tags"]) else { return nil }
        let present = ["role", "all", "tags"].filter(a.has)
        guard present.count == 1 else {
            context.report(.answeredByShape, at: a.node, path: a.path)
            return nil
        }
        switch present[0] {
        case "role":
            guard let role = a.string("role") else { return nil }
            if !roleKeys.contains(role) { context.report(.unknownRole(role, known: roleKeys), at: a.members["role"], path: a.path("role")) }
            return .role(role)
        case "all":
            guard a.bool("all") == true else {
                context.report(.answeredByShape, at: a.node, path: a.path)
                return nil
            }
            return .all
        default:
            var tags: [String] = []
            for (n, p) in a.array("tags") ?? [] {
                guard let t = n.stringValue else {
                    context.report(.wrongType(found: ExpectedValue.kind(of: n), expected: .string), at: n, path: p)
                    continue
                }
                if !tagKeys.contains(t) { context.report(.unknownTag(t, known: tagKeys), at: n, path: p) }
                tags.append(t)
            }
            if tags.isEmpty { context.report(.answeredByShape, at: a.node, path: a.path); return nil }
            return .tags(tags)
        }
    }

    func readCriteria(_ o: JSONObjectView, indicator: String) -> [LocalizedText]? {
        let keys = levels.map(String.init)
        guard let c = o.object("criteria", known: keys) else { return nil }
        var texts: [LocalizedText] = []
        var missing: [Int] = []
        for level in levels {
            guard let n = c.members[String(level)] else { missing.append(level); continue }
            if let t = JSONObjectView.text(n, path: c.path(String(level)), context: context) { texts.append(t) }
        }
        if !missing.isEmpty {
            context.report(.levelsIncomplete(indicator, missing: missing), at: c.node, path: c.path)
            return nil
        }
        return texts.count == levels.count ? texts : nil
    }

    /// Each group's weight must equal the sum of its children's, and the top level must sum
    /// to 100: then every level of the tree sums to 100.
    func checkWeights(_ groups: [IndicatorGroup]) {
        func check(_ g: IndicatorGroup, path: String) {
            let sum: Fraction = g.children.isEmpty
                ? g.indicatorPositions.reduce(.zero) { $0 + indicators[$1].weight }
                : g.children.reduce(.zero) { $0 + $1.weight }
            if !(g.children.isEmpty && g.indicatorPositions.isEmpty), exceeds(g.weight - sum) {
                context.report(.groupWeightMismatch(group: g.id, declared: g.weight, sum: sum), line: g.line, column: g.column, path: path)
            }
            for (i, child) in g.children.enumerated() { check(child, path: "\(path).groups[\(i)]") }
        }
        for (i, g) in groups.enumerated() { check(g, path: "groups[\(i)]") }
        let total = groups.reduce(Fraction.zero) { $0 + $1.weight }
        if !groups.isEmpty, exceeds(total - Fraction(100)) {
            context.report(.totalWeightMismatch(sum: total), at: top.members["groups"], path: "groups")
        }
    }

    func exceeds(_ difference: Fraction) -> Bool {
        CatalogLoader.weightTolerance < difference || difference < Fraction.zero - CatalogLoader.weightTolerance
    }
}
