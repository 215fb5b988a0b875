/// The short summary of a scored period that `score` prints and `run` writes to
/// `summary.txt`: the city index with its predicate, group values, smart-city dimensions,
/// the "N of 45 OPD daring" line, the city's targets and data-quality counts.
public enum ScoreSummaryRenderer {
    /// How many differences and not-applicable answers the summary lists by name.
    static let listed = 10

    public static func render(_ report: ScoreReport, language l: Language) -> String {
        let catalogs = report.catalogs
        let city = report.city
        let sep = l.decimalSeparator
        var out = ReportText.periodHeading(city: report.cityName.text(l), period: report.period.id,
                                           date: DateText.long(report.period.date, l)).text(l) + "\n\n"
        let index = catalogs.index
        out += ReportText.method(title: index.title.text(l), id: index.id, version: index.version).text(l) + "\n"
        if let value = city.index.value {
            let published = value.formatted(decimals: index.decimals, decimalSeparator: sep)
            let predikat = index.predikat(for: value)?.name.text(l) ?? "—"
            out += ReportText.indexLine(value: published, predikat: predikat, basis: IndexBasis(report)).text(l) + "\n"
            if city.index.roundingCrossesBand(index) {
                out += ReportText.roundingNote(published: published, predikat: predikat).text(l) + "\n"
            }
        } else {
            out += ReportText.indexBlocked(count: city.index.blockedBy.count).text(l) + "\n"
        }
        if let level = index.hierarchy.first {
            out += ReportText.groupsHeading(level.name.text(l)).text(l) + "\n"
            for group in index.groups {
                let value = city.index.groups[group.id].map { $0.formatted(decimals: index.decimals, decimalSeparator: sep) } ?? "—"
                let predikat = city.index.groups[group.id].flatMap(index.predikat(for:))?.name.text(l) ?? ""
                out += "  \(group.id) \(group.name.text(l)): \(value) \(predikat)\n"
                // Scored from evidence: each indicator's value, level and band basis.
                if let values = city.values {
                    for position in group.allIndicatorPositions {
                        let indicator = index.indicators[position]
                        out += "    \(indicator.id) (\(indicator.aliases.first ?? indicator.id)) "
                            + EvidenceText.describe(values.value(position), catalog: index, language: l) + "\n"
                    }
                }
            }
        }
        if let values = city.values, !values.owners.isEmpty {
            out += EvidenceText.ownersHeading.text(l) + "\n"
            for (opd, carried) in values.owners.sorted(by: { $0.key < $1.key }) {
                out += EvidenceText.owner(opd: report.opds[opd].id, accepted: carried.accepted, items: carried.items,
                                          points: carried.points.formatted(decimals: 4, decimalSeparator: sep), next: carried.next.count,
                                          nextPoints: carried.nextPoints.formatted(decimals: 4, decimalSeparator: sep)).text(l) + "\n"
            }
        }
        if let timeline = report.evaluation {
            out += "\n" + calendarLines(timeline, index: index, language: l)
        }
        let dimensions = catalogs.dimensions
        out += "\n" + ReportText.dimensionsHeading(title: dimensions.title.text(l), id: dimensions.id, version: dimensions.version).text(l) + "\n"
        for group in dimensions.groups {
            out += "  " + group.name.text(l) + ": " + ScoreLines.dimensionValue(city.dimensions.groups[group.id], catalog: dimensions, language: l) + "\n"
        }
        out += "\n" + daringLine(report, language: l) + "\n"
        for status in city.targets {
            out += ScoreLines.targetLine(status, report: report, language: l) + "\n"
        }
        out += ReportText.servicesPerStage.text(l) + " "
        out += catalogs.stages.stages.enumerated().map { i, stage in
            "\(stage.stage) \(stage.name.text(l)) \(i < city.servicesPerStage.count ? city.servicesPerStage[i] : 0)"
        }.joined(separator: " · ") + "\n\n"
        out += ReportText.assessedLine(assessed: city.assessedCount, total: city.opdCount).text(l) + "\n"
        let differences = report.scores.flatMap(\.differences)
        let lower = differences.filter { ($0.difference ?? .zero) < .zero }.count
        out += ReportText.differencesLine(indicators: differences.count, opds: report.scores.reduce(0) { $0 + ($1.differences.isEmpty ? 0 : 1) },
                                          lower: lower).text(l) + "\n"
        // The largest differences first, at most `listed`: the summary stays one screen; the
        // exports and `explain` have them all.
        let all = report.scores.flatMap { s in s.differences.map { (s.opd, $0) } }
        let ordered = all.enumerated().sorted { a, b in
            let (da, db) = ((a.element.1.difference ?? .zero).magnitude, (b.element.1.difference ?? .zero).magnitude)
            return da != db ? da > db : a.offset < b.offset
        }.map(\.element)
        for (opd, d) in ordered.prefix(listed) {
            func text(_ v: Fraction) -> String { catalogs.levelText(v, of: d.indicator, separator: l.decimalSeparator) }
            let change = d.difference.map { $0 > .zero ? "+" + text($0) : "−" + text($0.magnitude) } ?? "—"
            out += ReportText.differenceItem(opd: report.opds[opd].id, indicator: catalogs.indicator(d.indicator).id,
                                             selfLevel: d.selfLevel.map(text) ?? "TB", verified: text(d.verified),
                                             difference: change).text(l) + "\n"
        }
        if all.count > listed { out += ReportText.more(all.count - listed).text(l) + "\n" }
        let notApplicable = report.scores.map(\.notApplicable.count)
        out += ReportText.notApplicableLine(answers: notApplicable.reduce(0, +), opds: notApplicable.filter { $0 > 0 }.count).text(l) + "\n"
        let notApplicableAll = report.scores.flatMap { s in s.notApplicable.map { (s.opd, $0) } }
        for (opd, a) in notApplicableAll.prefix(listed) {
            out += ReportText.notApplicableItem(opd: report.opds[opd].id, indicator: catalogs.indicator(a.indicator).id,
                                                reason: a.note).text(l) + "\n"
        }
        if notApplicableAll.count > listed { out += ReportText.more(notApplicableAll.count - listed).text(l) + "\n" }
        let missing = report.scores.map(\.missing.count)
        out += ReportText.missingLine(answers: missing.reduce(0, +), opds: missing.filter { $0 > 0 }.count).text(l) + "\n"
        if !report.rules.isEmpty { out += "\n" + findingsLines(report, language: l) }
        return out
    }

    /// The evaluation the period prepares for: its heading and one line per stage.
    static func calendarLines(_ timeline: EvaluationTimeline, index: IndicatorCatalog, language l: Language) -> String {
        let calendar = timeline.calendar
        var out = EvaluationText.calendarHeading(method: index.title.text(l), year: calendar.year, estimated: calendar.estimated,
                                                 asOf: timeline.asOf).text(l) + "\n"
        for stage in timeline.stages {
            out += EvaluationText.stageLine(stage: stage.window.stage, start: stage.window.start, end: stage.window.end, state: stage.state).text(l) + "\n"
        }
        return out
    }

    /// "12 dari 45 OPD daring …": against the count of the policy's first daring target, or
    /// the city's number of OPDs when it has none.
    public static func daringLine(_ report: ScoreReport, language l: Language) -> String {
        let policy = report.policy
        let of = policy.target(.opdDaring).flatMap { policy.requiredCount($0, opdCount: report.city.opdCount) } ?? report.city.opdCount
        return ReportText.daringLine(count: report.city.daringCount, of: of, definition: report.readiness.text(.daring, l)).text(l)
    }

    /// Counts of the rules' actions (by phase) and flags.
    static func findingsLines(_ report: ScoreReport, language l: Language) -> String {
        // One pass that reads the findings in place: at national scale there are millions.
        var actions = 0, flags = 0, waiting = 0, warnings = 0
        var actionOPDs = Set<Int>(), flagOPDs = Set<Int>()
        for list in report.findings {
            for i in list.indices {
                switch list[i].kind {
                case .action:
                    actions += 1
                    actionOPDs.insert(list[i].opd)
                    if let action = list[i].action, !action.waitsOn.isEmpty || !action.blockedBy.isEmpty { waiting += 1 }
                case .flag:
                    flags += 1
                    flagOPDs.insert(list[i].opd)
                    if report.rules.flag(list[i].rule)?.severity == .warning { warnings += 1 }
                default:
                    continue
                }
            }
        }
        let phases = FindingText.phaseCounts(report).map { "\($0.phase) \($0.count)" }.joined(separator: " · ")
        return ReportText.actionsLine(count: actions, opds: actionOPDs.count, phases: phases.isEmpty ? "—" : phases,
                                      waiting: waiting).text(l) + "\n"
            + ReportText.flagsLine(count: flags, warnings: warnings, opds: flagOPDs.count).text(l) + "\n"
    }
}
