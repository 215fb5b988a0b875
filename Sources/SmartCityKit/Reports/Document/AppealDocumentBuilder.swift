/// Builds the appeal sheet of a period scored from evidence: per indicator the city's claim
/// beside the assessor's result and the points at stake, then each indicator's items in
/// revision with the assessor's note and the document that answers it. Ordered by points,
/// short enough to print on A4 for the interview.
public struct AppealDocumentBuilder {
    public var report: ScoreReport
    public var language: Language
    public var dashboardURL: String

    public init(report: ScoreReport, language: Language, dashboardURL: String = "../index.html") {
        self.report = report
        self.language = language
        self.dashboardURL = dashboardURL
    }

    var l: Language { language }
    var format: PageFormat { PageFormat(language: l, report: report) }

    /// Nil when the period is not scored from evidence.
    public func build() -> ReportDocument? {
        guard let values = report.city.values else { return nil }
        let catalog = report.catalogs.index
        var blocks: [ReportBlock] = []
        if let interview = report.evaluation?.calendar.window(.interview) {
            blocks.append(.paragraph([.strong(AppealText.interview(start: interview.start, end: interview.end).text(l))]))
        }
        let cases = values.appeals
        if cases.isEmpty {
            blocks.append(.paragraph([.text(AppealText.nothing.text(l))]))
        } else {
            let total = cases.reduce(Fraction.zero) { $0 + $1.pointsAtStake }
            blocks.append(.paragraph([.text(AppealText.intro(cases: cases.count, points: points(total)).text(l))]))
            blocks.append(.heading(AppealText.summaryHeading.text(l), level: 2, anchor: "summary"))
            let rows = cases.map { c -> [ReportTable.Cell] in
                let indicator = catalog.indicators[c.position]
                return [ReportTable.Cell([.link(text: indicator.id + " (" + (indicator.aliases.first ?? "") + ")", url: "#" + anchor(c))]),
                        ReportTable.Cell(value(c.claimed)), ReportTable.Cell(value(c.result)),
                        ReportTable.Cell(points(c.pointsAtStake)), ReportTable.Cell(String(c.revisions.count))]
            }
            let header: [AppealText.Column] = [.indicator, .claimed, .result, .points, .revisions]
            blocks.append(.table(ReportTable(caption: AppealText.summaryHeading.text(l), header: header.map { AppealText.column($0).text(l) },
                                             numeric: [1, 2, 3, 4], rows: rows)))
            for c in cases { blocks += section(c) }
        }
        let title = AppealText.title(city: report.cityName.text(l), method: catalog.title.text(l)).text(l)
        return ReportDocument(title: title, language: l, subtitle: AppealText.subtitle(period: report.period.id, date: report.period.date).text(l),
                              blocks: blocks, navigation: [ReportLink(text: PageText.backToDashboard.text(l), url: dashboardURL)],
                              footer: PageText.footer(tool: "smartcity", methods: format.methods).text(l))
    }

    func section(_ c: AppealCase) -> [ReportBlock] {
        let catalog = report.catalogs.index
        let indicator = catalog.indicators[c.position]
        var blocks: [ReportBlock] = [
            .heading(AppealText.indicatorHeading(id: indicator.id, code: indicator.aliases.first ?? "", name: indicator.name.text(l)).text(l),
                     level: 3, anchor: anchor(c)),
            .paragraph([.text(AppealText.indicatorLine(claimed: value(c.claimed), result: value(c.result), points: points(c.pointsAtStake)).text(l))]),
        ]
        guard !c.revisions.isEmpty else { return blocks + [.paragraph([.text(AppealText.noRevisions.text(l))])] }
        let rows = c.revisions.map { item -> [ReportTable.Cell] in
            let text = catalog.evidenceItem(item.code).map { indicator.evidence[$0.level - catalog.levels.lowerBound][$0.index].text.text(l) } ?? ""
            let note = EvidenceText.status(item.status, item.revision).text(l) + (item.note.isEmpty ? "" : ": " + item.note)
            let response: [ReportInline] = item.response.isEmpty ? [.text(AppealText.noResponse.text(l))] : [.link(text: item.response, url: item.response)]
            return [ReportTable.Cell([.strong(item.code), .text(": " + text)]), ReportTable.Cell(note), ReportTable.Cell(response),
                    ReportTable.Cell(item.owner.map { report.opds[$0].name } ?? EvaluationText.noOwner.text(l))]
        }
        let header: [AppealText.Column] = [.item, .note, .response, .owner]
        blocks.append(.table(ReportTable(caption: AppealText.column(.revisions).text(l) + " " + indicator.id,
                                         header: header.map { AppealText.column($0).text(l) }, rows: rows)))
        return blocks
    }

    func anchor(_ c: AppealCase) -> String { report.catalogs.index.indicators[c.position].id.lowercased() }
    func value(_ f: Fraction) -> String { f.formatted(decimals: 2, decimalSeparator: format.sep) }
    func points(_ f: Fraction) -> String { f.formatted(decimals: 4, decimalSeparator: format.sep) }
}
