/// Builds an OPD head's gap report: where the OPD stands, what is missing against the
/// period's targets, what to do next, what to double-check, and how it moved.
public struct OPDReportBuilder {
    public var context: ReportContext
    public var language: Language
    /// Relative link to the dashboard and to this page in the other language.
    public var dashboardURL: String
    public var otherLanguageURL: String?

    public init(context: ReportContext, language: Language, dashboardURL: String = "../index.html", otherLanguageURL: String? = nil) {
        self.context = context
        self.language = language
        self.dashboardURL = dashboardURL
        self.otherLanguageURL = otherLanguageURL
        report = context.progress.latest
        format = PageFormat(language: language, report: report)
    }

    public init(progress: CityProgress, scope: Scope, language: Language, dashboardURL: String = "../index.html", otherLanguageURL: String? = nil) {
        self.init(context: ReportContext(progress: progress, scope: scope), language: language, dashboardURL: dashboardURL,
                  otherLanguageURL: otherLanguageURL)
    }

    var progress: CityProgress { context.progress }
    var scope: Scope { context.scope }
    var l: Language { language }
    /// Kept, not computed: a computed `progress.latest` copies the report on every use.
    let report: ScoreReport
    let format: PageFormat

    public func build(opd: Int) -> ReportDocument {
        let o = report.opds[opd]
        let score = report.scores[opd]
        var blocks: [ReportBlock] = [.heading(PageText.section(.summary).text(l), level: 2, anchor: "summary")]
        guard score.assessed else {
            blocks.append(.paragraph([.text(PageText.notAssessed.text(l))]))
            return document(o, blocks)
        }
        blocks += summary(opd)
        blocks += evidence(opd)
        blocks += gaps(opd)
        blocks += actions(opd)
        blocks += checks(opd)
        blocks += services(opd)
        blocks += trainings(opd)
        blocks += newMethod()
        blocks += trend(opd)
        return document(o, blocks)
    }

    func document(_ o: OPD, _ blocks: [ReportBlock]) -> ReportDocument {
        var navigation = [ReportLink(text: PageText.backToDashboard.text(l), url: dashboardURL)]
        if let other = otherLanguageURL { navigation.append(ReportLink(text: PageText.otherLanguage.text(l), url: other)) }
        return ReportDocument(title: PageText.opdTitle(o.name).text(l), language: l,
                              subtitle: PageText.subtitle(period: report.period.id, date: DateText.long(report.period.date, l), methods: format.methods).text(l),
                              blocks: blocks, navigation: navigation, footer: PageText.footer(tool: "smartcity", methods: format.methods).text(l))
    }

    // MARK: Summary

    func summary(_ opd: Int) -> [ReportBlock] {
        let score = report.scores[opd]
        let index = report.catalogs.index
        var facts: [ReportFact] = []
        let value = format.index(score.index.value)
        let predikat = score.index.value.flatMap(index.predikat(for:))?.name.text(l) ?? "—"
        if let values = report.city.values {
            // Scored from evidence, the index is the government's: the unit's part is its items.
            facts += evidenceFacts(opd, values)
        } else {
            facts.append(ReportFact(label: PageText.opdIndex(index.name(l)).text(l), value: [.strong(value), .text(" — " + predikat)]))
            let peer = context.peerRanks[opd].map { PageText.peerRank($0.rank, of: $0.of, lower: $0.band.lower, upper: $0.band.upper, index: index.name(l)).text(l) }
            facts.append(ReportFact(label: PageText.fact(.rank).text(l), value: [.text(peer ?? PageText.notRanked.text(l))]))
        }
        facts.append(ReportFact(label: PageText.fact(.smartCity).text(l), value: [.text(format.dimension(score.dimensions.value))]))
        let share = score.readiness.transactionShare.map { format.decimal($0, 1) } ?? "—"
        facts.append(ReportFact(label: PageText.fact(.daring).text(l), value: [.text(PageText.daringValue(score.readiness.daring, share: share).text(l))]))
        facts.append(ReportFact(label: PageText.fact(.stages).text(l), value: [.text(score.readiness.countPerStage.map(String.init).joined(separator: " / "))]))
        if report.city.values == nil {
            let own = scope.expected[opd].filter { $0.slot == .index }
            let answered = Set(score.answers.filter { $0.indicator.slot == .index && $0.effectiveLevel != nil }.map(\.indicator))
            let weight = own.reduce(Fraction.zero) { $0 + report.catalogs.indicator($1).weight }
            facts.append(ReportFact(label: PageText.fact(.coverage).text(l),
                                    value: [.text(PageText.share(indicators: own.count, weight: format.decimal(weight, 1),
                                                                 unanswered: own.filter { !answered.contains($0) }.count).text(l))]))
        }
        var blocks: [ReportBlock] = [.facts(facts)]
        if report.city.values == nil, score.index.roundingCrossesBand(index) {
            blocks.append(.note([.text(PageText.roundingNote(published: value, predikat: predikat).text(l))]))
        }
        blocks += nextSteps(opd)
        blocks.append(.chart(radar(opd)))
        return blocks
    }

    func radar(_ opd: Int) -> ReportChart {
        let score = report.scores[opd]
        let targets = report.targets
        var axes: [String] = [], own: [Double?] = [], target: [Double?] = []
        // Axes where the OPD answers something; the target is the mean target level of the
        // indicators it answers there.
        func add(_ group: IndicatorGroup, _ slot: CatalogSet.Slot, _ value: Fraction?) {
            let answered = group.allIndicatorPositions.filter { scope.expects(opd, IndicatorRef(slot: slot, position: $0)) }
            guard !answered.isEmpty else { return }
            axes.append(slot == .index ? "\(group.id) \(group.name.text(l))" : group.name.text(l))
            own.append(value?.approximateDouble ?? 0)
            let levels = answered.compactMap { targets[slot.rawValue][$0] }
            target.append(levels.isEmpty ? nil : levels.reduce(.zero, +).approximateDouble / Double(levels.count))
        }
        for g in report.catalogs.dimensions.groups { add(g, .dimensions, score.dimensions.groups[g.id]) }
        // Scored from evidence, the index's aspects are the government's, not the unit's.
        if report.city.values == nil {
            for g in report.catalogs.index.groups { add(g, .index, score.index.groups[g.id]) }
        }
        let values = zip(axes, own).map { "\($0) \(format.double($1 ?? 0))" }.joined(separator: "; ")
        let dimensions = report.catalogs.dimensions
        let title = report.city.values == nil
            ? PageText.radarTitle(dimensions: dimensions.name(l), dimensionWord: dimensions.groupWord(l), index: report.catalogs.index.name(l),
                                  groupWord: report.catalogs.index.groupWord(l)).text(l)
            : (dimensions.name(l) + " per " + dimensions.groupWord(l)).capitalizedFirst
        return .radar(RadarChart(title: title, description: PageText.radarDescription(values).text(l), axes: axes,
                                 maximum: 5, series: [ChartSeries(name: PageText.ownSeries.text(l), values: own),
                                                      ChartSeries(name: PageText.targetSeries.text(l), values: target.map { $0 ?? 0 })]))
    }

    // MARK: Gaps

    /// What the indicator codes of the gap table stand for ("PEMDI-: Indeks Pemdi OPD; SC-: …").
    var codeLegend: String {
        [report.catalogs.index, report.catalogs.dimensions].compactMap { c in c.idPrefix.map { "\($0): " + PageText.opdIndex(c.name(l)).text(l) } }
            .joined(separator: "; ")
    }

    /// One gap as the page lists it: the scored gap (`IndicatorGap`) with the answer as
    /// given and the priority of closing it.
    struct Gap {
        var gap: IndicatorGap
        var current: String
        var months: Fraction
        var priority: Fraction
        var ref: IndicatorRef { gap.indicator }
    }

    func gapList(_ opd: Int) -> [Gap] {
        let score = report.scores[opd]
        var answers: [IndicatorRef: Answer] = [:]
        for a in score.answers { answers[a.indicator] = a }
        // Scored from evidence, the index's gaps are the items still to produce (listed in the
        // evidence section), not a unit's own level.
        let shown = score.gaps.filter { !(report.city.values != nil && $0.indicator.slot == .index) }
        let out = shown.map { g -> Gap in
            let answer = answers[g.indicator]
            let months = context.actionsByIndicator[g.indicator]?.effortMonths ?? .one
            let current = format.level(answer?.selfLevel, g.indicator) + " / " + format.level(answer?.verified, g.indicator)
            return Gap(gap: g, current: current, months: months, priority: g.gain / months)
        }
        // Highest gain per month of effort first; ties by catalog order.
        return out.sorted { ($1.priority, $0.ref) < ($0.priority, $1.ref) }
    }

    func gaps(_ opd: Int) -> [ReportBlock] {
        let rows = gapList(opd).map { g -> [ReportTable.Cell] in
            let indicator = report.catalogs.indicator(g.ref)
            return [
                ReportTable.Cell(indicator.id), ReportTable.Cell(indicator.name.text(l)), ReportTable.Cell(g.current),
                format.levelCell(g.gap.target, g.ref), format.levelCell(g.gap.target - g.gap.level, g.ref),
                format.cell(indicator.weight, 2), format.cell(g.gap.gain, 3),
                g.gap.cityGain.map { format.cell($0, 3) } ?? ReportTable.Cell("—", sortKey: "0"), format.cell(g.priority, 3),
            ]
        }
        let header: [PageText.Column] = [.indicator, .name, .current, .target, .gap, .weight, .gain, .cityGain, .priority]
        return [.heading(PageText.section(.gaps).text(l), level: 2, anchor: "gaps"),
                .table(ReportTable(caption: PageText.gapsCaption(legend: codeLegend).text(l), header: header.map { PageText.column($0).text(l) },
                                   numeric: [3, 4, 5, 6, 7, 8], rows: rows, sortable: true, emptyText: PageText.noGaps.text(l)))]
    }

    // MARK: Actions and checks

    /// An action a step waits on, as the reader knows it: the indicator it raises (or the
    /// rule's description), not the rule's id.
    func actionName(_ id: String) -> String {
        guard let position = report.rules.actionPosition(id) else { return id }
        let action = report.rules.actions[position]
        if let ref = action.indicator {
            let indicator = report.catalogs.indicator(ref)
            return "\(indicator.id) \(indicator.name.text(l))"
        }
        return action.header.description?.text(l) ?? id
    }

    func actions(_ opd: Int) -> [ReportBlock] {
        let order = FindingText.phaseOrder
        let rules = report.rules
        // Each action's rule position and phase rank once, then sorted (the rank is read
        // through the position: copying a rule would copy its compiled program).
        let keyed = report.findings[opd].filter { $0.kind == .action }.map { f -> (f: Finding, rule: Int?, rank: Int) in
            let position = rules.actionPosition(f.rule)
            let rank = position.flatMap { order.firstIndex(of: rules.actions[$0].phase) } ?? order.count
            return (f, position, rank)
        }.sorted { ($0.rank, $0.f.rule) < ($1.rank, $1.f.rule) }
        let rows = keyed.map { item -> [ReportTable.Cell] in
            let f = item.f
            var text: [ReportInline] = [.text(FindingText.text(f, report: report, language: l))]
            let waits = (f.action?.waitsOn ?? []) + (f.action?.blockedBy ?? [])
            if !waits.isEmpty { text.append(.text(" (" + PageText.waitsOn(waits.map(actionName).joined(separator: "; ")).text(l) + ")")) }
            return [ReportTable.Cell(item.rule.map { rules.actions[$0].phase } ?? "—"), ReportTable.Cell(text),
                    ReportTable.Cell(f.action?.owner.map { report.opds[$0].id } ?? "—"),
                    item.rule.map { format.cell(rules.actions[$0].effortMonths, 1) } ?? ReportTable.Cell("—")]
        }
        let header: [PageText.Column] = [.phase, .action, .owner, .months]
        return [.heading(PageText.section(.actions).text(l), level: 2, anchor: "actions"),
                .table(ReportTable(caption: PageText.actionsCaption.text(l), header: header.map { PageText.column($0).text(l) },
                                   numeric: [3], rows: rows, emptyText: PageText.noActions.text(l)))]
    }

    func checks(_ opd: Int) -> [ReportBlock] {
        let score = report.scores[opd]
        let items: [[ReportInline]] = report.findings[opd].filter { $0.kind == .flag }.map { f in
            let severity = report.rules.flag(f.rule)?.severity == .warning ? "⚠ " : "ℹ "
            return [.text(severity + FindingText.text(f, report: report, language: l))]
        }
        var blocks: [ReportBlock] = [.heading(PageText.section(.flags).text(l), level: 2, anchor: "checks")]
        blocks.append(items.isEmpty ? .paragraph([.text(PageText.noFlags.text(l))]) : .list(items))
        // Every answer with its evidence: what an assessor checks. Links only where the
        // evidence is a web address (the renderers refuse other schemes).
        let rows = score.answers.map { a -> [ReportTable.Cell] in
            let indicator = report.catalogs.indicator(a.indicator)
            let selfText: String
            switch a.selfAssessment {
            case .level(let n): selfText = format.level(n, a.indicator)
            case .notApplicable: selfText = "TB"
            case .missing: selfText = "—"
            }
            let evidence: [ReportInline] = a.evidence.isEmpty ? [.text("—")] : [.link(text: a.evidence, url: a.evidence)]
            return [ReportTable.Cell(indicator.id), ReportTable.Cell(selfText + " / " + format.level(a.verified, a.indicator)),
                    ReportTable.Cell(evidence), ReportTable.Cell(a.note.isEmpty ? "—" : a.note)]
        }
        let header: [PageText.Column] = [.indicator, .current, .evidence, .note]
        blocks.append(.table(ReportTable(caption: PageText.answersCaption.text(l), header: header.map { PageText.column($0).text(l) },
                                         rows: rows, emptyText: "—")))
        return blocks
    }

    func services(_ opd: Int) -> [ReportBlock] {
        let stages = report.catalogs.stages
        let transaction = stages.transaction
        let rows = report.scores[opd].services.filter { $0.stage < transaction }.sorted { ($0.stage, $0.name) < ($1.stage, $1.name) }.map { s in
            [ReportTable.Cell(s.name), ReportTable.Cell("\(s.stage) " + (stages.stage(s.stage)?.name.text(l) ?? ""), sortKey: String(s.stage)),
             ReportTable.Cell(s.usersPerYear.map(format.count) ?? "—", sortKey: s.usersPerYear.map(String.init) ?? "0")]
        }
        let header: [PageText.Column] = [.service, .stage, .users]
        return [.heading(PageText.section(.services).text(l), level: 2, anchor: "services"),
                .table(ReportTable(caption: PageText.section(.services).text(l), header: header.map { PageText.column($0).text(l) },
                                   numeric: [2], rows: rows, emptyText: PageText.noServicesBelow.text(l)))]
    }

    // MARK: Bimtek

    /// The OPD's classes in the run's Bimtek plan (nothing when the run made no plan).
    func trainings(_ opd: Int) -> [ReportBlock] {
        guard let (plan, training) = context.bimtek else { return [] }
        let own = context.trainings[opd] ?? []
        let items: [[ReportInline]] = own.map { entry in
            let c = plan.classes[entry.index]
            return [.text(BimtekText.opdTraining(module: training.module(c.module)?.title.text(l) ?? c.module, from: DateText.long(c.start, l),
                                                 to: DateText.long(c.end, l), role: entry.role.counted(l), seats: entry.seats).text(l))]
        }
        return [.heading(BimtekText.opdSection.text(l), level: 2, anchor: "bimtek"),
                items.isEmpty ? .paragraph([.text(BimtekText.noTrainings.text(l))]) : .list(items)]
    }

    /// The newer method's indicators with no counterpart in the current one ("no evidence
    /// yet"): what the OPD must prepare before its first assessment under that method.
    func newMethod() -> [ReportBlock] {
        guard let (crosswalk, target) = context.crosswalk, crosswalk.from == report.catalogs.index.id else { return [] }
        let items: [[ReportInline]] = crosswalk.links.filter(\.sources.isEmpty).compactMap { link in
            target.position(of: link.target).map { p in [.text("\(target.indicators[p].id) \(target.indicators[p].name.text(l)) — \(link.reason.text(l))")] }
        }
        guard !items.isEmpty else { return [] }
        return [.heading(PageText.newMethodHeading(target.name(l)).text(l), level: 2, anchor: "new-method"),
                .paragraph([.text(PageText.newMethodIntro(method: target.name(l), from: report.catalogs.index.name(l)).text(l))]),
                .list(items)]
    }

    // MARK: Trend

    func trend(_ opd: Int) -> [ReportBlock] {
        guard progress.reports.count > 1 else { return [] }
        let series = progress.indexSeries(opd: opd).map { $0?.approximateDouble }
        let values = zip(progress.reports, series).map { "\($0.period.id) \($1.map(format.double) ?? "—")" }.joined(separator: "; ")
        var blocks: [ReportBlock] = [
            .heading(PageText.section(.trend).text(l), level: 2, anchor: "trend"),
            .chart(.line(LineChart(title: PageText.trendTitle(index: progress.methodNames(l)).text(l), description: PageText.trendDescription(values).text(l),
                                   points: progress.reports.map(\.period.id),
                                   series: progress.byMethod { $0.scores[opd].index.value }.map { method, values in
                                       ChartSeries(name: Set(progress.reports.map(\.catalogs.index.id)).count > 1 ? "\(PageText.ownSeries.text(l)) — \(method.name(l))"
                                                                                                                    : PageText.ownSeries.text(l),
                                                   values: values.map { $0?.approximateDouble })
                                   },
                                   minimum: 1, maximum: 5, positions: progress.positions, breaks: progress.methodBreaks(l)))),
            .heading(PageText.section(.changes).text(l), level: 3, anchor: "changes"),
        ]
        let c = progress.changes[opd]
        var items: [[ReportInline]] = c.levels.map { change in
            [.text(ProgressText.levelChange(indicator: report.catalogs.indicator(change.indicator).id,
                                            from: change.from.map(String.init) ?? "—", to: change.to.map(String.init) ?? "—").text(l))]
        }
        items += c.services.map { s in
            [.text(ProgressText.stageChange(service: s.service, from: s.from.map(String.init) ?? "—", to: s.to.map(String.init) ?? "—").text(l))]
        }
        blocks.append(items.isEmpty ? .paragraph([.text(PageText.noChanges.text(l))]) : .list(items))
        return blocks
    }
}

/// Number formatting shared by the page builders, in the page's language.
struct PageFormat {
    var language: Language
    var report: ScoreReport

    var sep: String { language.decimalSeparator }

    /// The methods by their titles, each with its version where the title does not give it.
    var methods: String {
        let c = report.catalogs
        func named(_ title: LocalizedText, _ version: String) -> String {
            let t = title.text(language)
            if t.contains(version) { return t }
            // "Dimensi Kota Cerdas (Gerakan Menuju 100 Smart City, 2017)", not two brackets.
            return t.hasSuffix(")") ? String(t.dropLast()) + ", \(version))" : "\(t) (\(version))"
        }
        return [named(c.index.title, c.index.version), named(c.dimensions.title, c.dimensions.version), named(c.stages.title, c.stages.version)]
            .joined(separator: "; ")
    }

    func index(_ f: Fraction?) -> String { f.map { $0.formatted(decimals: report.catalogs.index.decimals, decimalSeparator: sep) } ?? "—" }

    func decimal(_ f: Fraction, _ decimals: Int) -> String { f.formatted(decimals: decimals, decimalSeparator: sep) }

    /// A level or value on its indicator's scale (`3`, `1,25`), or `—`.
    func level(_ f: Fraction?, _ ref: IndicatorRef) -> String {
        f.map { report.catalogs.levelText($0, of: ref, separator: sep) } ?? "—"
    }

    /// A level or value cell, sorted by its plain decimal.
    func levelCell(_ f: Fraction, _ ref: IndicatorRef) -> ReportTable.Cell {
        ReportTable.Cell(level(f, ref), sortKey: report.catalogs.levelText(f, of: ref))
    }

    func dimension(_ f: Fraction?) -> String {
        ScoreLines.dimensionValue(f, catalog: report.catalogs.dimensions, language: language)
    }

    /// A number for a chart's description, with the page's decimal separator.
    func double(_ d: Double) -> String {
        let scaled = (d * 100).rounded()
        let whole = Int(scaled) / 100, frac = abs(Int(scaled) % 100)
        return "\(whole)\(sep)\(frac < 10 ? "0" : "")\(frac)"
    }

    func count(_ n: Int) -> String { language.grouped(n) }

    /// A numeric cell: shown with the page's separator, sorted by the plain decimal.
    func cell(_ f: Fraction, _ decimals: Int) -> ReportTable.Cell {
        ReportTable.Cell(decimal(f, decimals), sortKey: f.formatted(decimals: 4))
    }
}
