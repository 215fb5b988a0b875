/// `scores.json`: the scored period for other tools, schema `smartcity.scores` version 1
/// (documented in `docs/schema.md`).
///
/// Each value is given three ways: `value` (4 decimals, for plotting), `published` (the
/// method's rounding, as the ministry publishes it) and `exact` (`n/d`, for audits). Texts
/// from catalogs are given in both languages whatever `--lang` says.
public enum ScoresJSONRenderer {
    public static let schema = "smartcity.scores"
    public static let schemaVersion = 1
    static let chunkSize = 500

    public static func render(_ report: ScoreReport) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The document as UTF-8 bytes, as written to its file (a national export is over
    /// 100 MB: no second copy as a string).
    public static func bytes(_ report: ScoreReport) -> [UInt8] {
        let catalogs = report.catalogs
        let city = report.city
        var top: [(String, JSONOutput)] = [
            ("schema", .string(schema)),
            ("schemaVersion", .int(schemaVersion)),
            ("city", .object([("id", .string(report.policy.city.id)), ("name", text(report.cityName))])),
            ("period", .object([("id", .string(report.period.id)), ("date", .string(report.period.date.description))])),
            ("methods", .object([
                ("index", method(catalogs.index)), ("dimensions", method(catalogs.dimensions)),
                ("stages", .object([("id", .string(catalogs.stages.id)), ("version", .string(catalogs.stages.version))])),
            ])),
        ]
        top.append(("rules", .object([("files", .array(report.rules.files.map(JSONOutput.string))), ("rules", rules(report))])))
        let of = report.policy.target(.opdDaring).flatMap { report.policy.requiredCount($0, opdCount: city.opdCount) } ?? city.opdCount
        var cityScore: [(String, JSONOutput)] = [
            ("index", score(city.index, catalogs.index)),
            ("dimensions", score(city.dimensions, catalogs.dimensions)),
            ("opdCount", .int(city.opdCount)),
            ("assessedCount", .int(city.assessedCount)),
            ("daringCount", .int(city.daringCount)),
            ("daringTarget", .int(of)),
            ("integratedCount", .int(city.integratedCount)),
            ("servicesPerStage", .array(city.servicesPerStage.map(JSONOutput.int))),
            ("targets", .array(city.targets.map(target))),
            ("levels", .array(CatalogSet.Slot.allCases.flatMap { slot in
                catalogs.catalog(slot).indicators.indices.map { position -> JSONOutput in
                    let ref = IndicatorRef(slot: slot, position: position)
                    let level = city.level(ref)
                    return .object([("indicator", .string(catalogs.indicator(ref).id)), ("level", number(level.level)),
                                    ("basis", .string(basis(level.basis, report: report)))])
                }
            })),
        ]
        if let formed = city.values { cityScore.append(("values", values(formed, report: report))) }
        top.append(("cityScore", .object(cityScore)))
        // OPDs are rendered in parallel, in chunks, and joined in order.
        let chunks = stride(from: 0, to: report.scores.count, by: chunkSize).map { $0..<min($0 + chunkSize, report.scores.count) }
        let rendered = chunks.parallelMap { range in
            JSONOutput.elements(range.map { opdScore(report.scores[$0], report: report) }, indent: 2, last: range.upperBound == report.scores.count)
        }
        return JSONOutput.streamedObject(top, arrayKey: "opds", renderedElements: rendered, empty: report.scores.isEmpty)
    }

    static func text(_ t: LocalizedText) -> JSONOutput { .object([("id", .string(t.id)), ("en", .string(t.en))]) }

    static func method(_ c: IndicatorCatalog) -> JSONOutput {
        .object([("id", .string(c.id)), ("version", .string(c.version)), ("title", text(c.title))])
    }

    static func number(_ f: Fraction?, decimals: Int = 4) -> JSONOutput {
        f.map { .number($0.formatted(decimals: decimals)) } ?? .null
    }

    static func value(_ f: Fraction?, _ catalog: IndicatorCatalog) -> [(String, JSONOutput)] {
        [("value", number(f)), ("published", f.map { .string($0.formatted(decimals: catalog.decimals)) } ?? .null),
         ("exact", f.map { .string($0.description) } ?? .null)]
    }

    static func score(_ s: CatalogScore, _ catalog: IndicatorCatalog) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("method", .string(s.catalogID)), ("version", .string(s.catalogVersion))]
        members += value(s.value, catalog)
        if !catalog.predicates.isEmpty {
            members.append(("predikat", s.value.flatMap(catalog.predikat(for:)).map { .string($0.key) } ?? .null))
        }
        members.append(("coveredWeight", number(s.coveredWeight)))
        members.append(("groups", .array(catalog.allGroups.map { g in
            var m: [(String, JSONOutput)] = [("id", .string(g.id))]
            m += value(s.groups[g.id], catalog)
            return .object(m)
        })))
        return .object(members)
    }

    static func target(_ t: TargetStatus) -> JSONOutput {
        .object([("id", .string(t.target.id)), ("metric", .string(t.target.metric.rawValue)), ("by", .string(t.target.by.description)),
                 ("required", number(t.required)), ("actual", number(t.actual)), ("met", .bool(t.met)), ("monthsLeft", .int(t.monthsLeft))])
    }

    static func basis(_ b: CityLevel.Basis, report: ScoreReport) -> String {
        switch b {
        case .owner(let opd): return "owner:" + report.opds[opd].id
        case .mean(let exact, let count): return "mean:\(exact.formatted(decimals: 4)) of \(count)"
        case .minimum(let count): return "min of \(count)"
        case .floor: return "floor"
        case .missing: return "missing"
        case .evidence: return "evidence"
        }
    }

    static func opdScore(_ s: OPDScore, report: ScoreReport) -> JSONOutput {
        let opd = report.opds[s.opd]
        let catalogs = report.catalogs
        var members: [(String, JSONOutput)] = [("id", .string(opd.id)), ("name", .string(opd.name)), ("kind", .string(opd.kind)),
                                               ("assessed", .bool(s.assessed))]
        guard s.assessed else { return .object(members) }
        members.append(("index", score(s.index, catalogs.index)))
        members.append(("dimensions", score(s.dimensions, catalogs.dimensions)))
        members.append(("readiness", .object([
            ("services", .int(s.readiness.serviceCount)),
            ("perStage", .array(s.readiness.countPerStage.map(JSONOutput.int))),
            ("transactionSharePercent", number(s.readiness.transactionShare)),
            ("daring", .bool(s.readiness.daring)),
            ("integrated", .bool(s.readiness.integrated)),
        ])))
        members.append(("levels", .array(s.levels.map { c in
            .object([("indicator", .string(catalogs.indicator(c.indicator).id)), ("level", .value(c.level)), ("source", .string(c.source.rawValue))])
        })))
        members.append(("differences", .array(s.differences.map { d in
            .object([("indicator", .string(catalogs.indicator(d.indicator).id)), ("self", d.selfLevel.map(JSONOutput.value) ?? .null),
                     ("verified", .value(d.verified))])
        })))
        members.append(("notApplicable", .array(s.notApplicable.map { a in
            .object([("indicator", .string(catalogs.indicator(a.indicator).id)), ("reason", .string(a.note))])
        })))
        members.append(("missing", .array(s.missing.map { .string(catalogs.indicator($0).id) })))
        let findings = s.opd < report.findings.count ? report.findings[s.opd] : []
        members.append(("actions", .array(findings.filter { $0.kind == .action }.map { action($0, report: report) })))
        members.append(("flags", .array(findings.filter { $0.kind == .flag }.map { f in
            .object([("rule", .string(f.rule)), ("indicator", .optional(f.indicator.map { catalogs.indicator($0).id }))])
        })))
        return .object(members)
    }

    /// One action of an OPD: which rule, what to reach, who acts, what it waits for. Its
    /// words are the rule's text (in `rules`) with the placeholders filled from these values
    /// and the catalogs; `actions.csv` and the reports carry them filled in.
    static func action(_ f: Finding, report: ScoreReport) -> JSONOutput {
        .object([
            ("rule", .string(f.rule)),
            ("indicator", .optional(f.indicator.map { report.catalogs.indicator($0).id })),
            ("targetLevel", f.action?.targetLevel.map(JSONOutput.value) ?? .null),
            ("owner", .optional(f.action?.owner.map { report.opds[$0].id })),
            ("waitsOn", .array((f.action?.waitsOn ?? []).map(JSONOutput.string))),
            ("blockedBy", .array((f.action?.blockedBy ?? []).map(JSONOutput.string))),
        ])
    }

    /// The rules in force, once: texts (with placeholders), phase, effort, modules, severity.
    static func rules(_ report: ScoreReport) -> JSONOutput {
        let rules = report.rules
        func text(_ t: LocalizedText) -> JSONOutput { .object([("id", .string(t.id)), ("en", .string(t.en))]) }
        var out: [JSONOutput] = []
        for a in rules.actions {
            out.append(.object([
                ("id", .string(a.header.id)), ("kind", .string("action")),
                ("indicator", .optional(a.indicator.map { report.catalogs.indicator($0).id })),
                ("phase", .string(a.phase)),
                ("effort", .object([("months", number(a.effortMonths, decimals: 1)), ("resource", .string(a.resource))])),
                ("modules", .array(a.modules.map(JSONOutput.string))), ("text", text(a.text)),
            ]))
        }
        for r in rules.requires {
            out.append(.object([("id", .string(r.header.id)), ("kind", .string("requires")), ("action", .string(r.action)),
                                ("after", .array(r.after.map(JSONOutput.string))), ("condition", .optional(r.condition?.text)), ("text", text(r.text))]))
        }
        for f in rules.flags {
            out.append(.object([("id", .string(f.header.id)), ("kind", .string("flag")), ("severity", .string(f.severity.rawValue)),
                                ("text", text(f.text))]))
        }
        return .array(out)
    }
}
