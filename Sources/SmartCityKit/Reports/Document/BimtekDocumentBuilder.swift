/// Builds the Bimtek page: the plan by month, what is left unmet and what that endangers,
/// and the budget per module and per OPD against the year's budget.
public struct BimtekDocumentBuilder {
    public var plan: CityPlan
    public var report: ScoreReport
    public var language: Language
    public var dashboardURL: String

    public init(plan: CityPlan, report: ScoreReport, language: Language, dashboardURL: String = "../index.html") {
        self.plan = plan
        self.report = report
        self.language = language
        self.dashboardURL = dashboardURL
    }

    var l: Language { language }

    public func build() -> ReportDocument? {
        guard let bimtek = plan.bimtek, let training = plan.training else { return nil }
        let title = BimtekText.title(city: report.cityName.text(l), year: bimtek.start.year).text(l)
        let participants = bimtek.classes.reduce(0) { $0 + $1.participants }
        let overview = BimtekText.span(from: DateText.long(bimtek.start, l), to: DateText.long(bimtek.end, l)).text(l)
        // The answer first: what the budget buys, what it leaves, and what everything would cost.
        let unmet = bimtek.unmet.filter { $0.need < plan.needs.count }.count
        let everyNeed = bimtek.costOfEveryNeed
        let over = everyNeed > bimtek.budget ? BimtekFormat.rupiah(everyNeed - bimtek.budget, l) : nil
        var blocks: [ReportBlock] = [
            .facts([
                ReportFact(label: BimtekText.summaryBudget.text(l),
                           value: [.strong(BimtekText.budgetUsed(cost: BimtekFormat.rupiah(bimtek.totalCost, l), budget: BimtekFormat.rupiah(bimtek.budget, l),
                                                                 share: BimtekFormat.share(bimtek.totalCost, of: bimtek.budget, l)).text(l))]),
                ReportFact(label: BimtekText.summaryNeeds.text(l),
                           value: [.text(BimtekText.needsTrained(trained: plan.needs.count - unmet, of: plan.needs.count, participants: participants).text(l))]),
                ReportFact(label: BimtekText.summaryEveryNeed.text(l),
                           value: [.text(BimtekText.everyNeed(cost: BimtekFormat.rupiah(everyNeed, l), over: over).text(l))]),
                ReportFact(label: BimtekText.summaryClasses.text(l),
                           value: [.text(BimtekText.classesAndBound(classes: bimtek.classes.count, bound: bimtek.modules.reduce(0) { $0 + $1.lowerBound },
                                                                    trainers: bimtek.trainers).text(l))]),
            ]),
            .heading(BimtekText.classesHeading.text(l), level: 2, anchor: "classes"),
        ]
        let order = bimtek.classes.indices.sorted { (bimtek.classes[$0].start, bimtek.classes[$0].module, bimtek.classes[$0].trainer) < (bimtek.classes[$1].start, bimtek.classes[$1].module, bimtek.classes[$1].trainer) }
        var months: [String] = []
        for i in order where !months.contains(BimtekFormat.month(bimtek.classes[i].start)) { months.append(BimtekFormat.month(bimtek.classes[i].start)) }
        for month in months {
            let first = bimtek.classes[order.first { BimtekFormat.month(bimtek.classes[$0].start) == month }!].start
            let name = DateText.monthYear(first, l)
            let rows = order.filter { BimtekFormat.month(bimtek.classes[$0].start) == month }.map { i -> [ReportTable.Cell] in
                let c = bimtek.classes[i]
                return [ReportTable.Cell(training.module(c.module)?.title.text(l) ?? c.module), DateText.cell(c.start, l),
                        DateText.cell(c.end, l), ReportTable.Cell(String(c.trainer + 1)), ReportTable.Cell(String(c.participants)),
                        ReportTable.Cell([.link(text: BimtekFormat.opds(c).joined(separator: ", "), url: "classes/" + BimtekFormat.registrationFile(i, c))]),
                        ReportTable.Cell(BimtekFormat.rupiah(c.cost, l), sortKey: String(c.cost))]
            }
            let columns: [BimtekText.Column] = [.module, .start, .end, .trainer, .participants, .opds, .cost]
            let inMonth = order.filter { BimtekFormat.month(bimtek.classes[$0].start) == month }
            let cost = inMonth.reduce(0) { Saturating.add($0, bimtek.classes[$1].cost) }
            // Each month folded under one line: the page opens with the whole plan, not 272 rows.
            blocks.append(.fold(summary: BimtekText.monthSummary(month: name, classes: inMonth.count, cost: BimtekFormat.rupiah(cost, l)).text(l),
                                blocks: [.table(ReportTable(caption: BimtekText.classesOf(name).text(l), header: columns.map { BimtekText.column($0).text(l) },
                                                            numeric: [3, 4, 6], rows: rows))]))
        }
        blocks.append(.heading(BimtekText.unmetHeading(bimtek.unmet.count).text(l), level: 2, anchor: "unmet"))
        let unmetRows = bimtek.unmet.filter { $0.need < plan.needs.count }.map { u -> [ReportTable.Cell] in
            let need = plan.needs[u.need]
            return [ReportTable.Cell(need.opdID), ReportTable.Cell(training.module(need.module)?.title.text(l) ?? need.module),
                    ReportTable.Cell(need.role.text(l)), ReportTable.Cell(String(need.participants)),
                    ReportTable.Cell(need.priority.formatted(decimals: 3, decimalSeparator: l.decimalSeparator), sortKey: need.priority.formatted(decimals: 4)),
                    ReportTable.Cell(u.reason.text(l)), ReportTable.Cell(plan.endangered[u.need]?.joined(separator: ", ") ?? "—")]
        }
        let unmetColumns: [BimtekText.Column] = [.opd, .module, .role, .participants, .priority, .reason, .endangers]
        // The reasons first, each with how many needs it leaves; the rows folded under them.
        var reasons: [(String, Int)] = []
        for u in bimtek.unmet where u.need < plan.needs.count {
            let reason = u.reason.text(l)
            if let i = reasons.firstIndex(where: { $0.0 == reason }) { reasons[i].1 += 1 } else { reasons.append((reason, 1)) }
        }
        if !reasons.isEmpty { blocks.append(.list(reasons.map { [.text(BimtekText.reasonCount(reason: $0.0, needs: $0.1).text(l))] })) }
        blocks.append(.fold(summary: BimtekText.unmetRows(bimtek.unmet.count).text(l),
                            blocks: [.table(ReportTable(caption: BimtekText.unmetHeading(bimtek.unmet.count).text(l), header: unmetColumns.map { BimtekText.column($0).text(l) },
                                                        numeric: [3, 4], rows: unmetRows, sortable: true))]))
        blocks.append(.heading(BimtekText.budgetHeading.text(l), level: 2, anchor: "budget"))
        blocks.append(.table(moduleBudget(bimtek, training)))
        blocks.append(.fold(summary: BimtekText.budgetByOPD.text(l), blocks: [.table(opdBudget(bimtek))]))
        return ReportDocument(title: title, language: l, subtitle: overview, blocks: blocks,
                              navigation: [ReportLink(text: PageText.backToDashboard.text(l), url: dashboardURL)],
                              footer: training.source.citation)
    }

    func moduleBudget(_ bimtek: BimtekPlan, _ training: TrainingCatalog) -> ReportTable {
        var rows = bimtek.modules.filter { $0.classes > 0 || $0.requestedParticipants > 0 }.map { m -> [ReportTable.Cell] in
            [ReportTable.Cell(training.module(m.module)?.title.text(l) ?? m.module), ReportTable.Cell(String(m.classes)),
             ReportTable.Cell(String(m.lowerBound)), ReportTable.Cell(String(m.plannedParticipants)),
             ReportTable.Cell(BimtekFormat.rupiah(m.cost, l), sortKey: String(m.cost))]
        }
        rows.append([ReportTable.Cell(BimtekText.total.text(l)), ReportTable.Cell(String(bimtek.classes.count)),
                     ReportTable.Cell(String(bimtek.modules.reduce(0) { $0 + $1.lowerBound })),
                     ReportTable.Cell(String(bimtek.classes.reduce(0) { $0 + $1.participants })),
                     ReportTable.Cell(BimtekFormat.rupiah(bimtek.totalCost, l) + " / " + BimtekFormat.rupiah(bimtek.budget, l))])
        let columns: [BimtekText.Column] = [.module, .classes, .lowerBound, .participants, .cost]
        return ReportTable(caption: BimtekText.budgetHeading.text(l) + " " + BimtekText.byModule.text(l),
                           header: columns.map { BimtekText.column($0).text(l) }, numeric: [1, 2, 3, 4], rows: rows)
    }

    /// Each class's cost shared among its OPDs by seats (whole rupiah, the remainder to the
    /// first OPD of the class, so the column adds up to the total).
    func opdBudget(_ bimtek: BimtekPlan) -> ReportTable {
        let rows = BimtekBudget.perOPD(bimtek).map { entry -> [ReportTable.Cell] in
            [ReportTable.Cell(entry.opdID), ReportTable.Cell(String(entry.seats)), ReportTable.Cell(BimtekFormat.rupiah(entry.cost, l), sortKey: String(entry.cost))]
        }
        let columns: [BimtekText.Column] = [.opd, .seats, .cost]
        return ReportTable(caption: BimtekText.budgetHeading.text(l) + " " + BimtekText.byOPD.text(l),
                           header: columns.map { BimtekText.column($0).text(l) }, numeric: [1, 2], rows: rows, sortable: true)
    }
}

/// The budget of a Bimtek plan shared among OPDs.
public enum BimtekBudget {
    /// Seats and cost per OPD, in OPD order; the costs add up to the plan's total.
    ///
    /// Each class's cost is shared by seats in whole thousands of rupiah (whole rupiah when
    /// the cost is not a multiple of a thousand) by the largest-remainder rule: a share reads
    /// Rp 1.033.000, not Rp 1.033.333 or Rp 3.099.999, and the shares still add up exactly.
    public static func perOPD(_ bimtek: BimtekPlan) -> [(opd: Int, opdID: String, seats: Int, cost: Int)] {
        var seats: [Int: Int] = [:], cost: [Int: Int] = [:], ids: [Int: String] = [:]
        for c in bimtek.classes {
            let parts = shares(of: c.cost, by: c.seats.map(\.count))
            for (s, part) in zip(c.seats, parts) {
                cost[s.opd, default: 0] = Saturating.add(cost[s.opd, default: 0], part)
                seats[s.opd, default: 0] += s.count
                ids[s.opd] = s.opdID
            }
        }
        return seats.keys.sorted().map { ($0, ids[$0] ?? "", seats[$0] ?? 0, cost[$0] ?? 0) }
    }

    /// `amount` split in proportion to `weights`, in whole thousands where the amount allows,
    /// by the largest remainder (ties to the earlier weight); the parts add up to `amount`.
    static func shares(of amount: Int, by weights: [Int]) -> [Int] {
        let total = weights.reduce(0, +)
        guard total > 0, amount > 0 else { return weights.map { _ in 0 } }
        let unit = amount % 1000 == 0 ? 1000 : 1
        let units = amount / unit
        // Shares of a huge amount fall back to plain division rather than overflow.
        guard units <= Int.max / max(total, 1) else { return weights.map { amount / total * $0 } }
        var parts = weights.map { units * $0 / total }
        let remainders = weights.map { units * $0 % total }
        let left = units - parts.reduce(0, +)
        for i in weights.indices.sorted(by: { (remainders[$1], $0) < (remainders[$0], $1) }).prefix(left) { parts[i] += 1 }
        return parts.map { $0 * unit }
    }
}
