/// The scores a roadmap leads to: the assessed answers with the levels and service stages of
/// the tasks done by a date, scored again by the same method.
///
/// A projection, not an assessment: it assumes each task reaches exactly what its action
/// names (the indicator's target level, or the service stage) and nothing else changes.
struct RoadmapProjector {
    let report: ScoreReport
    let workspace: Workspace
    let scope: Scope
    let tasks: [RoadmapTask]
    let finishes: [Int]
    let calendar: RoadmapCalendar

    /// The period re-scored with every task finished by `date`.
    func report(doneBy date: CalendarDate) -> ScoredPeriod {
        let done = tasks.indices.filter { calendar.endDate(finishes[$0]) <= date }
        return report(with: done, date: max(date, report.period.date))
    }

    func report(with done: [Int], date: CalendarDate) -> ScoredPeriod {
        guard !done.isEmpty else { return report.scored }
        var assessments = assessed
        for i in done {
            let t = tasks[i]
            if let ref = t.indicator, let level = t.targetLevel {
                if let k = assessments[t.opd].answers.firstIndex(where: { $0.indicator == ref }) {
                    let current = assessments[t.opd].answers[k].effectiveLevel
                    if current.map({ $0 < level }) ?? true { assessments[t.opd].answers[k].verified = level }
                } else {
                    assessments[t.opd].answers.append(Answer(indicator: ref, selfAssessment: .missing, verified: level, evidence: "", note: "",
                                                             file: "", line: 0))
                    assessments[t.opd].answers.sort { $0.indicator < $1.indicator }
                }
                assessments[t.opd].assessed = true
            }
            if let stage = t.servicesTo {
                for k in assessments[t.opd].services.indices where assessments[t.opd].services[k].stage < stage {
                    assessments[t.opd].services[k].stage = stage
                }
            }
        }
        var info = report.period
        info.date = date
        let projected = Scorer.score(Period(info: info, assessments: assessments), workspace: workspace, catalogs: report.catalogs, scope: scope,
                                     policy: report.policy, readiness: report.readiness)
        guard let values = report.city.values else { return projected }
        // Scored from evidence: the tasks raise the values, never lower them.
        let items = Set(done.flatMap { tasks[$0].items })
        return Scorer.score(Period(info: info, assessments: assessments, values: projectedValues(values, projected: projected, accepting: items)),
                            workspace: workspace, catalogs: report.catalogs, scope: scope, policy: report.policy, readiness: report.readiness)
    }

    /// The values a period scored from evidence reaches when the tasks are done: an indicator
    /// whose city level the tasks raise to L is taken to have every item up to level L
    /// accepted — the top of L's band —, unless its value is higher already; the others keep
    /// their value (docs/roadmap.md).
    ///
    /// The evidence items of the tasks done (`accepting`) count as accepted: each indicator's
    /// value is formed again by the value rule, and taken when it is higher.
    func projectedValues(_ values: EvidenceValues, projected: ScoredPeriod, accepting items: Set<String> = []) -> EvidenceValues {
        let baseline = Scorer.score(Period(info: report.period, assessments: assessed), workspace: workspace, catalogs: report.catalogs,
                                    scope: scope, policy: report.policy, readiness: report.readiness)
        let catalog = report.catalogs.index
        var raised = values
        for position in catalog.indicators.indices {
            let ref = IndicatorRef(slot: .index, position: position)
            let before = baseline.city.level(ref).level ?? .zero, after = projected.city.level(ref).level ?? .zero
            guard before < after, let band = catalog.band(Int(after.rounded(decimals: 0).numerator)),
                  values.value(position).value < band.top else { continue }
            raised.values[position].supported = band.top
            raised.values[position].level = band.level
            raised.values[position].assessor = nil
        }
        guard !items.isEmpty else { return raised }
        let bands = catalog.valueBands
        for (position, value) in raised.values.enumerated() where value.items.contains(where: { items.contains($0.code) }) {
            let accepted = value.counts.map { count in
                count.accepted + value.items.filter { $0.level == count.level && $0.status != .diterima && items.contains($0.code) }.count
            }
            let formed = IndicatorValueRule.value(accepted: accepted, items: value.counts.map(\.items), bands: bands)
            guard value.value < formed.value else { continue }
            raised.values[position].supported = formed.value
            raised.values[position].level = formed.level
            raised.values[position].assessor = nil
        }
        return raised
    }

    /// The period's answers and services as assessed, to raise by the tasks.
    var assessed: [OPDAssessment] {
        report.scores.map { s -> OPDAssessment in
            var a = OPDAssessment(opd: s.opd)
            a.answers = s.answers
            a.services = s.services
            a.assessed = s.assessed
            a.hasServiceFile = !s.services.isEmpty
            return a
        }
    }

    /// Now, the end of each phase that ends after the period, and everything done.
    func projections(_ phases: [RoadmapPolicy.Phase]) -> [Roadmap.Projection] {
        func projection(_ point: Roadmap.Projection.Point, _ r: ScoredPeriod, _ date: CalendarDate) -> Roadmap.Projection {
            Roadmap.Projection(point: point, date: date, city: r.city, opdIndex: r.scores.map(\.index.value))
        }
        var out = [projection(.now, report.scored, report.period.date)]
        for phase in phases where phase.end > report.period.date {
            out.append(projection(.phaseEnd(phase.id), report(doneBy: phase.end), phase.end))
        }
        let end = calendar.endDate(finishes.max() ?? 0)
        out.append(projection(.allDone, report(with: Array(tasks.indices), date: max(end, report.period.date)), max(end, report.period.date)))
        return out
    }
}
