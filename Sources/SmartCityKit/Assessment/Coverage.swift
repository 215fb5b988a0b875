/// Checks a period's answers against the scope: who has not handed in, which expected
/// answers are missing, which answers fall outside an OPD's scope, and which owners mark
/// their own indicator not applicable.
enum Coverage {
    /// At most this many missing indicators are named in one OPD's message.
    static let namedMissing = 6

    static func check(_ period: Period, workspace: Workspace, catalogs: CatalogSet, scope: Scope) -> [Diagnostic] {
        // A period nobody has handed in yet (a new workspace, a round just opened): one
        // warning for the period rather than one per OPD.
        if !period.assessments.isEmpty, !period.assessments.contains(where: \.assessed) {
            return [Diagnostic(.workspace(.nothingAssessed(period: period.info.id)), at: Diagnostic.Location(file: period.info.directory))]
        }
        var diagnostics: [Diagnostic] = []
        for assessment in period.assessments {
            let opd = workspace.opds[assessment.opd]
            guard assessment.assessed else {
                if !scope.expected[assessment.opd].isEmpty {
                    diagnostics.append(Diagnostic(.workspace(.notAssessed(opd: opd.id, period: period.info.id)),
                                                  at: Diagnostic.Location(file: FileSystem.join(period.info.directory, opd.id + ".csv"))))
                }
                continue
            }
            var answered = Set<IndicatorRef>()
            for answer in assessment.answers {
                let id = catalogs.indicator(answer.indicator).id
                guard scope.expects(assessment.opd, answer.indicator) else {
                    diagnostics.append(Diagnostic(.workspace(.answerOutsideScope(indicator: id, opd: opd.id)),
                                                  at: Diagnostic.Location(file: answer.file, line: answer.line)))
                    continue
                }
                if answer.effectiveLevel != nil || answer.selfAssessment == .notApplicable { answered.insert(answer.indicator) }
                if answer.selfAssessment == .notApplicable, answer.verified == nil, scope.owner(of: answer.indicator) == assessment.opd {
                    diagnostics.append(Diagnostic(.workspace(.notApplicableByOwner(indicator: id, opd: opd.id)),
                                                  at: Diagnostic.Location(file: answer.file, line: answer.line)))
                }
            }
            // Scored from evidence, the index's indicators are the government's: a unit's level
            // answer to them is not asked for.
            let missing = scope.expected[assessment.opd].filter {
                !answered.contains($0) && !assessment.invalid.contains($0) && !(period.values != nil && $0.slot == .index)
            }
            if !missing.isEmpty {
                let file = assessment.answers.first?.file ?? FileSystem.join(period.info.directory, opd.id + ".csv")
                let names = missing.prefix(namedMissing).map { catalogs.indicator($0).id }
                let message: WorkspaceMessage = missing.count == 1
                    ? .missingAnswer(indicator: names[0], opd: opd.id)
                    : .missingAnswers(count: missing.count, opd: opd.id, first: Array(names))
                diagnostics.append(Diagnostic(.workspace(message), at: Diagnostic.Location(file: file)))
            }
            if assessment.services.isEmpty {
                diagnostics.append(Diagnostic(.workspace(.noServices(opd: opd.id)),
                                              at: Diagnostic.Location(file: FileSystem.join(FileSystem.join(period.info.directory, "services"), opd.id + ".csv"))))
            }
        }
        return diagnostics
    }
}
