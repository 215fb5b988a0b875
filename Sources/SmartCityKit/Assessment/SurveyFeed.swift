/// How a user survey feeds the indicators a catalog marks with `"survey"` (our documented
/// assumption until official criteria exist, docs/workspace.md): the survey suggests a level;
/// an OPD that gave no answer gets it as its self-assessment (the note says so), and an
/// answer two or more levels away from it is flagged for the assessor.
enum SurveyFeed {
    static func apply(_ survey: UserSurvey, to period: inout Period, catalogs: CatalogSet, scope: Scope, workspace: Workspace) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let catalog = catalogs.index
        let levels = catalog.levels
        // satisfaction: per OPD, respondent-weighted mean of (benefit + 6 − cost) ÷ 2.
        var weighted: [Int: (sum: Fraction, respondents: Int, line: Int)] = [:]
        for row in survey.rows {
            let value = (row.benefit + Fraction(6) - row.cost) / Fraction(2)
            let old = weighted[row.opd] ?? (.zero, 0, row.line)
            weighted[row.opd] = (old.sum + value * Fraction(row.respondents), old.respondents + row.respondents, min(old.line, row.line))
        }
        // coverage: the city's services with a survey of enough respondents.
        let services = period.assessments.reduce(0) { $0 + $1.services.count }
        var surveyed = Set<String>()
        for row in survey.rows where row.respondents >= UserSurvey.minimumRespondents { surveyed.insert("\(row.opd)/\(row.service.lowercased())") }
        let share = services == 0 ? Fraction.zero : Fraction(Int64(surveyed.count), Int64(services))
        // 1 + ⌊share × 4⌋: 0 % → 1, 25 % → 2, 50 % → 3, 75 % → 4, 100 % → 5.
        let quarters = Int(share.numerator * 4 / share.denominator)
        let coverageLevel = min(levels.upperBound, max(levels.lowerBound, 1 + quarters))
        let totalRespondents = survey.rows.reduce(0) { $0 + $1.respondents }
        for (position, indicator) in catalog.indicators.enumerated() {
            guard let measure = indicator.survey else { continue }
            let ref = IndicatorRef(slot: .index, position: position)
            for opd in period.assessments.indices where scope.expects(opd, ref) {
                let suggested: Fraction, respondents: Int, line: Int
                switch measure {
                case .satisfaction:
                    guard let w = weighted[opd], w.respondents > 0 else { continue }
                    let mean = w.sum / Fraction(w.respondents)
                    suggested = Fraction(min(levels.upperBound, max(levels.lowerBound, Int(mean.rounded(decimals: 0).numerator))))
                    (respondents, line) = (w.respondents, w.line)
                case .coverage:
                    guard !survey.rows.isEmpty else { continue }
                    (suggested, respondents, line) = (Fraction(coverageLevel), totalRespondents, 1)
                }
                var assessment = period.assessments[opd]
                if let k = assessment.answers.firstIndex(where: { $0.indicator == ref }),
                   let answered = assessment.answers[k].effectiveLevel {
                    if !(answered - suggested < Fraction(2)) || !(suggested - answered < Fraction(2)) {
                        let a = assessment.answers[k]
                        diagnostics.append(Diagnostic(.workspace(.surveyDiffers(opd: workspace.opds[opd].id, indicator: indicator.id, answered: answered,
                                                                                suggested: suggested, respondents: respondents)),
                                                      at: Diagnostic.Location(file: a.file, line: a.line)))
                    }
                    continue
                }
                // No level given: the survey's suggestion stands as the self-assessment.
                assessment.answers.removeAll { $0.indicator == ref }
                assessment.answers.append(Answer(indicator: ref, selfAssessment: .level(suggested), verified: nil, evidence: survey.file,
                                                 note: "survey: \(respondents) respondents", file: survey.file, line: line))
                assessment.answers.sort { $0.indicator < $1.indicator }
                assessment.assessed = true
                period.assessments[opd] = assessment
            }
        }
        return diagnostics
    }
}
