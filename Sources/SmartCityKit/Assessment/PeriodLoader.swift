/// Reads one period's answers and services from the files `PeriodFolders` found, and the
/// `period.json` that dates and labels it.
enum PeriodLoader {
    typealias Meta = (date: CalendarDate?, label: LocalizedText?, method: (id: String, location: Diagnostic.Location)?)

    /// The date, label and method a `period.json` gives.
    static func meta(_ file: InputFile) -> (meta: Meta, diagnostics: [Diagnostic]) {
        let path = file.path
        var unreadable: [Diagnostic] = []
        guard let bytes = file.bytes(reportingTo: &unreadable) else { return ((nil, nil, nil), unreadable) }
        let (root, parseDiagnostics) = JSONReader.read(bytes: bytes, file: path)
        guard let root else { return ((nil, nil, nil), parseDiagnostics) }
        let context = JSONContext(file: path)
        guard let top = context.object(root, path: "", known: ["format", "date", "label", "method"]) else {
            return ((nil, nil, nil), parseDiagnostics + context.diagnostics)
        }
        top.checkFormat(1)
        let date = top.date("date")
        let label = top.text("label", required: false)
        // The index method of the period; checked against the catalogs when it is scored.
        let method = top.string("method", required: false).map { id in
            (id, Diagnostic.Location(file: path, line: top.members["method"]?.line, column: top.members["method"]?.column, context: .jsonPath("method")))
        }
        return ((date, label, method), parseDiagnostics + context.diagnostics)
    }

    /// The period's answers and services from its files (as `PeriodFolders` found and read
    /// them), checked file by file in parallel and merged in the files' order.
    static func load(_ info: PeriodInfo, files read: [(source: AssessmentFile.Source, file: InputFile)], workspace: Workspace,
                     catalogs: CatalogSet) -> (period: Period, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let opdIndex = workspace.opdIndex
        let files = read.parallelMap { AssessmentFile.read($0.source, file: $0.file, opdIndex: opdIndex, catalogs: catalogs) }
        var assessments = workspace.opds.indices.map(OPDAssessment.init(opd:))
        for file in files {
            diagnostics += file.diagnostics
            for opd in file.opdsNamed {
                switch file.source.content {
                case .answers: assessments[opd].assessed = true
                case .services: assessments[opd].hasServiceFile = true
                }
            }
            for (opd, ref) in file.invalid { assessments[opd].invalid.insert(ref) }
            for (opd, answer) in file.answers { assessments[opd].answers.append(answer) }
            for (opd, service) in file.services { assessments[opd].services.append(service) }
        }
        // Duplicates are found per OPD (in parallel): answers and services arrive in file
        // order, so the first occurrence is the one kept and the later ones are reported.
        let deduplicated = assessments.parallelMap { removeDuplicates($0, catalogs: catalogs) }
        for (i, result) in deduplicated.enumerated() {
            assessments[i] = result.assessment
            diagnostics += result.diagnostics
        }
        return (Period(info: info, assessments: assessments), diagnostics)
    }

    /// Keeps the first answer per indicator and the first service per name (case-insensitive),
    /// reporting the others; answers end sorted by indicator.
    static func removeDuplicates(_ assessment: OPDAssessment, catalogs: CatalogSet) -> (assessment: OPDAssessment, diagnostics: [Diagnostic]) {
        var out = assessment
        var diagnostics: [Diagnostic] = []
        let order = assessment.answers.indices.sorted {
            (assessment.answers[$0].indicator, $0) < (assessment.answers[$1].indicator, $1)
        }
        out.answers = []
        out.answers.reserveCapacity(order.count)
        for i in order {
            let answer = assessment.answers[i]
            if let first = out.answers.last, first.indicator == answer.indicator {
                let occurrence = FirstOccurrence(file: first.file == answer.file ? nil : first.file, line: first.line)
                diagnostics.append(Diagnostic(.workspace(.duplicateAnswer(indicator: catalogs.indicator(answer.indicator).id, first: occurrence)),
                                              at: Diagnostic.Location(file: answer.file, line: answer.line)))
                continue
            }
            out.answers.append(answer)
        }
        var firstService: [String: ServiceRecord] = [:]
        out.services = []
        for service in assessment.services {
            let key = service.name.lowercased()
            if let first = firstService[key] {
                let occurrence = FirstOccurrence(file: first.file == service.file ? nil : first.file, line: first.line)
                diagnostics.append(Diagnostic(.workspace(.duplicateService(service.name, first: occurrence)),
                                              at: Diagnostic.Location(file: service.file, line: service.line)))
                continue
            }
            firstService[key] = service
            out.services.append(service)
        }
        return (out, diagnostics)
    }
}
