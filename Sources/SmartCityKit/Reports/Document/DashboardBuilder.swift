/// Builds Kominfo's city dashboard: the city index with its domains and aspects, the
/// daring count against the target with the forecast, every OPD in one table linking to its
/// report, and charts of predicates, service stages, dimensions and the trend.
public struct DashboardBuilder {
    public var progress: CityProgress
    public var language: Language
    /// Where OPD reports are, relative to the dashboard (`opd/<id>.html`).
    public var opdURL: @Sendable (String) -> String
    public var otherLanguageURL: String?
    /// The roadmap page, when the run planned one.
    public var roadmapURL: String?
    /// The Bimtek page, when the run planned one.
    public var bimtekURL: String?
    /// The appeal sheet, for a period scored from evidence.
    public var appealURL: String?
    /// The crosswalk estimate at a change of method, marked on the index trend.
    public var crosswalkPoint: (period: Int, estimate: CrosswalkEstimate)?

    public init(progress: CityProgress, language: Language, opdURL: @escaping @Sendable (String) -> String = { "opd/\($0).html" },
                otherLanguageURL: String? = nil) {
        self.progress = progress
        self.language = language
        self.opdURL = opdURL
        self.otherLanguageURL = otherLanguageURL
    }

    var l: Language { language }
    var report: ScoreReport { progress.latest }
    var format: PageFormat { PageFormat(language: language, report: report) }

    public func build() -> ReportDocument {
        var blocks: [ReportBlock] = []
        blocks += summary()
        blocks += domains()
        blocks += calendar()
        blocks += values()
        blocks += itemsByOwner()
        blocks += charts()
        blocks += trend()
        blocks += opdTable()
        var navigation = otherLanguageURL.map { [ReportLink(text: PageText.otherLanguage.text(l), url: $0)] } ?? []
        if let roadmapURL { navigation.append(ReportLink(text: RoadmapText.title(city: progress.latest.cityName.text(l)).text(l), url: roadmapURL)) }
        if let bimtekURL { navigation.append(ReportLink(text: BimtekText.dashboardLink.text(l), url: bimtekURL)) }
        if let appealURL { navigation.append(ReportLink(text: AppealText.dashboardLink.text(l), url: appealURL)) }
        return ReportDocument(title: PageText.dashboardTitle(report.cityName.text(l)).text(l), language: l,
                              subtitle: PageText.subtitle(period: report.period.id, date: DateText.long(report.period.date, l), methods: format.methods).text(l),
                              blocks: blocks, navigation: navigation, footer: PageText.footer(tool: "smartcity", methods: format.methods).text(l))
    }

    func summary() -> [ReportBlock] {
        let city = report.city
        let index = report.catalogs.index
        let value = format.index(city.index.value)
        let predikat = city.index.value.flatMap(index.predikat(for:))?.name.text(l) ?? "—"
        let target = report.policy.target(.opdDaring)
        let of = target.flatMap { report.policy.requiredCount($0, opdCount: city.opdCount) } ?? city.opdCount
        let facts = [
            ReportFact(label: PageText.cityIndex(report.catalogs.index.name(l)).text(l),
                       value: [.strong(value), .text(" — " + predikat + " (" + IndexBasis(report).text(l) + ")")]),
            ReportFact(label: PageText.fact(.daringCount).text(l), value: [.strong("\(city.daringCount) / \(of)")]),
            ReportFact(label: PageText.fact(.smartCity).text(l), value: [.text(format.dimension(city.dimensions.value))]),
            ReportFact(label: PageText.fact(.assessed).text(l), value: [.text("\(city.assessedCount) / \(city.opdCount)")]),
        ]
        var blocks: [ReportBlock] = [.heading(PageText.section(.summary).text(l), level: 2, anchor: "summary"), .facts(facts)]
        blocks.append(.paragraph([.text(PageText.daringSummary(count: city.daringCount, of: of, date: target.map { DateText.long($0.by, l) } ?? "—",
                                                                definition: report.readiness.text(.daring, l)).text(l))]))
        blocks.append(.note([.text(ProgressLines.forecastLine(progress, language: l))]))
        if city.index.roundingCrossesBand(index) {
            blocks.append(.note([.text(PageText.roundingNote(published: value, predikat: predikat).text(l))]))
        }
        let targets = city.targets.map { status in [ReportInline.text(ScoreLines.targetLine(status, report: report, language: l))] }
        if !targets.isEmpty { blocks.append(.list(targets)) }
        return blocks
    }

    func domains() -> [ReportBlock] {
        let index = report.catalogs.index
        let rows = index.allGroups.map { g -> [ReportTable.Cell] in
            let v = report.city.index.groups[g.id]
            let indent = g.depth > 0 ? "– " : ""
            return [ReportTable.Cell(indent + "\(g.id) \(g.name.text(l))", sortKey: g.id), ReportTable.Cell(format.index(v), sortKey: v?.formatted(decimals: 4)),
                    ReportTable.Cell(v.flatMap(index.predikat(for:))?.name.text(l) ?? "—"), format.cell(g.weight, 2)]
        }
        let header: [PageText.Column?] = [nil, .value, .predikat, .weight]
        let title = PageText.groupsSection(index: index.name(l), groups: index.groupWords(l)).text(l)
        return [.heading(title, level: 2, anchor: "domains"),
                .table(ReportTable(caption: title, header: header.map { $0.map { PageText.column($0).text(l) } ?? index.groupHeading(l) },
                                   numeric: [1, 3], rows: rows))]
    }

    func charts() -> [ReportBlock] {
        let index = report.catalogs.index
        let bands = index.predicates
        let counts = bands.map { band in report.scores.filter { $0.index.value.flatMap(index.predikat(for:)) == band }.count }
        let names = bands.map { $0.name.text(l) }
        let predicateChart = ReportChart.bar(BarChart(
            title: PageText.predicatesTitle.text(l),
            description: PageText.predicatesDescription(index: report.catalogs.index.name(l), counts: zip(names, counts).map { "\($0) \($1)" }.joined(separator: "; ")).text(l),
            labels: names, values: counts.map(Double.init), maximum: nil, valueLabels: counts.map(String.init)))
        // Services per stage by kind of OPD, kinds in order of first appearance.
        var kinds: [String] = []
        var perKind: [String: [Double]] = [:]
        let stageCount = report.catalogs.stages.range.count
        for (i, s) in report.scores.enumerated() {
            let kind = report.opds[i].kind
            if perKind[kind] == nil { kinds.append(kind); perKind[kind] = Array(repeating: 0, count: stageCount) }
            for (j, n) in s.readiness.countPerStage.enumerated() where j < stageCount { perKind[kind]![j] += Double(n) }
        }
        let stagesChart = ReportChart.stackedBar(StackedBarChart(
            title: PageText.stagesTitle.text(l), description: PageText.stagesDescription.text(l), rows: kinds,
            segments: report.catalogs.stages.stages.map { "\($0.stage) \($0.name.text(l))" }, values: kinds.map { perKind[$0]! }))
        let dims = report.catalogs.dimensions.groups
        let dimValues = dims.map { report.city.dimensions.groups[$0.id] }
        let dimensionChart = ReportChart.bar(BarChart(
            title: PageText.dimensionsTitle.text(l),
            description: PageText.dimensionsDescription(zip(dims, dimValues).map { "\($0.name.text(l)) \(format.index($1))" }.joined(separator: "; ")).text(l),
            labels: dims.map { $0.name.text(l) }, values: dimValues.map { $0?.approximateDouble ?? 0 }, maximum: 5,
            valueLabels: dimValues.map { format.index($0) }))
        // Scored from evidence, units have no predicate of their own: the chart would count
        // level answers the index does not use.
        let first: [ReportBlock] = report.city.values == nil ? [.chart(predicateChart)] : []
        return [.heading(PageText.section(.charts).text(l), level: 2, anchor: "charts")] + first + [.chart(stagesChart), .chart(dimensionChart)]
    }

    func trend() -> [ReportBlock] {
        guard progress.reports.count > 1 else { return [] }
        let periods = progress.reports.map(\.period.id)
        let indexValues = progress.reports.map { $0.city.index.value?.approximateDouble }
        // One line per index method, never joined across a change of method.
        var indexSeries = progress.byMethod { $0.city.index.value }.map { method, values in
            ChartSeries(name: progress.reports.count > 1 && Set(progress.reports.map(\.catalogs.index.id)).count > 1
                            ? "\(PageText.cityLabel.text(l)) — \(method.name(l))" : PageText.cityLabel.text(l),
                        values: values.map { $0?.approximateDouble })
        }
        if let point = crosswalkPoint, let mean = point.estimate.coveredMean {
            var values = [Double?](repeating: nil, count: progress.reports.count)
            values[point.period] = mean.approximateDouble
            indexSeries.append(ChartSeries(name: PageText.crosswalkPoint(point.estimate.catalog.name(l)).text(l), values: values))
        }
        let daring = progress.reports.map { Double($0.city.daringCount) }
        let target = report.policy.target(.opdDaring).flatMap { report.policy.requiredCount($0, opdCount: report.city.opdCount) }
        var blocks: [ReportBlock] = [
            .heading(PageText.section(.trend).text(l), level: 2, anchor: "trend"),
            .chart(.line(LineChart(title: PageText.trendTitle(index: progress.methodNames(l)).text(l),
                                   description: PageText.trendDescription(zip(periods, indexValues).map { "\($0) \($1.map(format.double) ?? "—")" }.joined(separator: "; ")).text(l),
                                   points: periods, series: indexSeries, minimum: 1, maximum: 5, positions: progress.positions,
                                   breaks: progress.methodBreaks(l)))),
            .chart(.line(LineChart(title: PageText.daringTrendTitle.text(l),
                                   description: PageText.daringTrendDescription(zip(periods, daring).map { "\($0) \(Int($1))" }.joined(separator: "; ")).text(l),
                                   points: periods, series: [ChartSeries(name: PageText.cityLabel.text(l), values: daring)], minimum: 0,
                                   maximum: Double(max(target ?? 0, report.city.opdCount)), target: target.map(Double.init),
                                   targetLabel: report.policy.target(.opdDaring)?.name.text(l), positions: progress.positions,
                                   forecast: progress.daringForecastLine(l)))),
            .heading(PageText.section(.changes).text(l), level: 3, anchor: "changes"),
        ]
        if let previous = progress.previous {
            let lines = ProgressLines.changes(progress, since: previous, language: l).split(separator: "\n").map { [ReportInline.text(String($0))] }
            blocks.append(.list(lines))
        }
        return blocks
    }

    func opdTable() -> [ReportBlock] {
        let index = report.catalogs.index
        let ranks = ReportContext.ranks(report.scores.map(\.index.value))
        let rows = report.scores.map { s -> [ReportTable.Cell] in
            let o = report.opds[s.opd]
            let findings = s.opd < report.findings.count ? report.findings[s.opd] : []
            let rank = ranks[s.opd]
            return [
                ReportTable.Cell([.link(text: o.id, url: opdURL(o.id))], sortKey: o.id), ReportTable.Cell(o.name), ReportTable.Cell(o.kind),
                ReportTable.Cell(format.index(s.index.value), sortKey: s.index.value?.formatted(decimals: 4) ?? "0"),
                ReportTable.Cell(s.index.value.flatMap(index.predikat(for:))?.name.text(l) ?? "—"),
                ReportTable.Cell(rank.map(String.init) ?? "—", sortKey: rank.map(String.init) ?? "999999"),
                ReportTable.Cell(s.dimensions.value.map { format.decimal($0, 2) } ?? "—", sortKey: s.dimensions.value?.formatted(decimals: 4) ?? "0"),
                ReportTable.Cell(String(s.readiness.serviceCount), sortKey: String(s.readiness.serviceCount)),
                ReportTable.Cell(s.readiness.transactionShare.map { format.decimal($0, 1) } ?? "—", sortKey: s.readiness.transactionShare?.formatted(decimals: 4) ?? "0"),
                ReportTable.Cell(l.yesNo(s.readiness.daring)),
                ReportTable.Cell(String(findings.filter { $0.kind == .action }.count), sortKey: String(findings.filter { $0.kind == .action }.count)),
                ReportTable.Cell(String(findings.filter { $0.kind == .flag }.count), sortKey: String(findings.filter { $0.kind == .flag }.count)),
            ]
        }
        let header: [PageText.Column] = [.opd, .name, .kind, .index, .predikat, .rank, .smartCity, .services, .stage3, .daring, .actions, .flags]
        var titles = header.map { PageText.column($0).text(l) }
        var table = rows
        var numeric: Set<Int> = [3, 5, 6, 7, 8, 10, 11]
        // Scored from evidence, the index belongs to the government as a whole: a unit is
        // shown and ranked by what its items hold instead of an index of its own.
        if let values = report.city.values {
            let (evidenceHeader, cells) = evidenceColumns(values)
            titles.replaceSubrange(3...5, with: evidenceHeader)
            table = zip(rows, cells).map { row, cells in Array(row[0..<3]) + cells + Array(row[6...]) }
            numeric = [3, 4, 5, 6, 7, 8, 9, 11, 12]
        }
        return [.heading(PageText.section(.opds).text(l), level: 2, anchor: "opds"),
                .table(ReportTable(caption: PageText.section(.opds).text(l), header: titles,
                                   numeric: numeric, rows: table, sortable: true))]
    }
}
