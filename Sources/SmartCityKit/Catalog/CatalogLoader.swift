/// Reads and validates one catalog file of `indicators/`.
///
/// Validation is what makes the catalogs safe to edit without a programmer: unique ids,
/// weights that add up at every level of the tree (within 0.01 percentage points, for
/// catalogs that write thirds as 33.33), all five levels present for every scale and
/// indicator, every text in both languages, predicate bands that cover the whole range.
public enum CatalogLoader {
    /// The catalog format this version reads.
    public static let format = 1
    /// How far a group's declared weight may be from the sum of its children.
    public static let weightTolerance = Fraction(1, 100)

    /// A loaded catalog of either kind.
    public enum Loaded: Sendable {
        case indicators(IndicatorCatalog)
        case stages(ServiceStageCatalog)

        public var id: String {
            switch self {
            case .indicators(let c): return c.id
            case .stages(let c): return c.id
            }
        }
    }

    static let kinds = IndicatorCatalog.Kind.allCases.map(\.rawValue) + ["service-stages"]
    static let commonKeys = ["format", "id", "kind", "version", "title", "source", "notes"]

    /// Parses and validates a catalog; nil when it has any error (all are reported).
    public static func load(bytes: [UInt8], file: String) -> (catalog: Loaded?, diagnostics: [Diagnostic]) {
        JSONContext.load(bytes: bytes, file: file) { read($0, context: $1) }
    }

    static func read(_ root: JSONNode, context: JSONContext) -> Loaded? {
        // Peek at the kind first: it decides which keys are known.
        let kindWord = root["kind"]?.stringValue
        let known: [String]
        switch kindWord {
        case "service-stages"?: known = commonKeys + ["stages"]
        default:
            known = commonKeys + ["shortName", "inForce", "hierarchy", "scales", "range", "predicates", "rounding", "cityMean", "roles", "tags", "groups",
                                  "valueBands", "externalIndices"]
        }
        guard let top = context.object(root, path: "", known: known) else { return nil }
        top.checkFormat(CatalogLoader.format, required: true)
        let id = top.string("id")
        let kind = top.word("kind", oneOf: kinds)
        let version = top.string("version")
        let title = top.text("title")
        let source = readSource(top)
        let notes = top.texts("notes", required: false)
        guard let kind else { return nil }
        if kind == "service-stages" {
            let stages = readStages(top)
            guard let id, let version, let title, let source, let stages else { return nil }
            return .stages(ServiceStageCatalog(id: id, version: version, title: title, source: source,
                                               notes: notes, stages: stages, file: context.file))
        }
        var builder = IndicatorCatalogBuilder(context: context, top: top)
        guard let body = builder.build(), let id, let version, let title, let source,
              let catalogKind = IndicatorCatalog.Kind(rawValue: kind) else { return nil }
        var catalog = IndicatorCatalog(
            id: id, kind: catalogKind, version: version, title: title, source: source, notes: notes,
            hierarchy: body.hierarchy, scales: body.scales, levels: body.levels, predicates: body.predicates,
            decimals: body.decimals, cityMean: body.cityMean, roles: body.roles, tags: body.tags,
            groups: body.groups, indicators: body.indicators, file: context.file)
        catalog.shortName = top.text("shortName", required: false) ?? title
        if let range = top.object("inForce", known: ["from", "until"], required: false) {
            let from = range.date("from"), until = range.date("until", required: false)
            if let from, let until, until < from {
                context.report(.endBeforeStart(start: from.description, end: until.description), at: range.members["until"], path: "inForce.until")
            }
            catalog.inForce = from.map { InForce(from: $0, until: until) }
        }
        catalog.allGroups = IndicatorCatalog.flatten(catalog.groups)
        catalog.valueBands = body.valueBands
        catalog.externalIndices = body.externalIndices
        catalog.evidenceItems = body.evidenceItems
        for (position, indicator) in catalog.indicators.enumerated() {
            catalog.lookup[IndicatorID.normalized(indicator.id)] = position
            catalog.exactLookup[indicator.id] = position
        }
        // Aliases after every id: an alias never hides another indicator's own id.
        for (position, indicator) in catalog.indicators.enumerated() {
            for alias in indicator.aliases where catalog.lookup[IndicatorID.normalized(alias)] == nil {
                catalog.lookup[IndicatorID.normalized(alias)] = position
            }
        }
        return .indicators(catalog)
    }

    static func readSource(_ top: JSONObjectView) -> CatalogSource? {
        guard let source = top.object("source", known: ["citation", "url", "date"]) else { return nil }
        guard let citation = source.string("citation") else { return nil }
        return CatalogSource(citation: citation, url: source.string("url", required: false),
                             date: source.date("date", required: false)?.description)
    }

    static func readStages(_ top: JSONObjectView) -> [ServiceStage]? {
        guard let elements = top.array("stages") else { return nil }
        var stages: [ServiceStage] = []
        for (node, path) in elements {
            guard let o = top.context.object(node, path: path, known: ["stage", "key", "name", "description"]) else { continue }
            let number = o.int("stage"), key = o.string("key"), name = o.text("name")
            let description = o.text("description", required: false)
            guard let number, let key, let name else { continue }
            let expected = (stages.last?.stage ?? number - 1) + 1
            if number != expected {
                top.context.report(.stagesNotContiguous(expected: expected, found: number), at: o.members["stage"], path: o.path("stage"))
            }
            stages.append(ServiceStage(stage: number, key: key, name: name, description: description))
        }
        if stages.isEmpty { top.context.report(.emptyValue, at: top.members["stages"], path: "stages") }
        // Readiness and the gap report count services from the transaction stage up.
        else if !stages.contains(where: { $0.key == ServiceStageCatalog.transactionKey }) {
            top.context.report(.stageKeyMissing(ServiceStageCatalog.transactionKey, known: stages.map(\.key)), at: top.members["stages"], path: "stages")
        }
        return stages
    }
}
