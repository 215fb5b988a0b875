extension OPDReportBuilder {
    /// The three steps an OPD head reads first: the unit's actions for the gaps worth the
    /// most per month of work (the gap table's order), each with who does it, the month the
    /// roadmap starts it, and what it adds; the other actions fill in when fewer gaps have one.
    func nextSteps(_ opd: Int) -> [ReportBlock] {
        let actions = report.findings[opd].filter { $0.kind == .action }
        var byIndicator: [IndicatorRef: Finding] = [:]
        for f in actions { if let ref = f.indicator, byIndicator[ref] == nil { byIndicator[ref] = f } }
        var chosen: [(finding: Finding, gap: Gap?)] = []
        for g in gapList(opd) where chosen.count < 3 {
            if let f = byIndicator[g.ref], !chosen.contains(where: { $0.finding.rule == f.rule }) { chosen.append((f, g)) }
        }
        for f in actions where chosen.count < 3 && !chosen.contains(where: { $0.finding.rule == f.rule }) { chosen.append((f, nil)) }
        let heading = ReportBlock.heading(PageText.nextStepsHeading.text(l), level: 3, anchor: "next-steps")
        guard !chosen.isEmpty else { return [heading, .paragraph([.text(PageText.noSteps.text(l))])] }
        let items = chosen.map { step -> [ReportInline] in
            let f = step.finding
            let owner = report.opds[f.action?.owner ?? opd].name
            let month = context.taskStarts[f.action?.owner ?? opd]?[f.rule].map { DateText.monthYear($0, l) }
            var text = PageText.step(action: FindingText.text(f, report: report, language: l), owner: owner, month: month).text(l)
            if let g = step.gap, g.gap.gain > .zero {
                let catalog = report.catalogs.catalog(g.ref.slot)
                text += PageText.stepGain(gain: format.decimal(g.gap.gain, 2), score: PageText.opdIndex(catalog.name(l)).text(l).lowercasedFirstWord(l)).text(l)
            }
            return [.text(text)]
        }
        return [heading, .list(items)]
    }
}

extension String {
    /// "Indeks SPBE OPD" stays (a name); "OPD smart-city score" reads "the OPD smart-city
    /// score" in English: in a sentence only the English label's first word is lowered.
    func lowercasedFirstWord(_ l: Language) -> String {
        guard l == .en, let first = split(separator: " ").first, first != "OPD", first.dropFirst().allSatisfy(\.isLowercase) else { return self }
        return first.lowercased() + dropFirst(first.count)
    }
}
