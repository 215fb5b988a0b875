/// Finds the periods of a workspace and reads one period's answers and services.
///
/// Layout: `assessments/<period>/<opd>.csv|json` hold answers (a file with an `opd` column
/// may hold many OPDs); `assessments/<period>/services/<opd>.csv|json` hold service
/// inventories; an optional `period.json` gives the date and a label.
enum PeriodLoader {
    static func discover(root: String) -> (periods: [PeriodInfo], diagnostics: [Diagnostic]) {
        let directory = FileSystem.join(root, "assessments")
        var diagnostics: [Diagnostic] = []
        guard FileSystem.isDirectory(directory) else {
            return ([], [Diagnostic(.workspace(.noPeriods(directory: directory)), at: Diagnostic.Location(file: directory))])
        }
        let names = (try? FileSystem.list(directory)) ?? []
        var periods: [PeriodInfo] = []
        for name in names {
            let path = FileSystem.join(directory, name)
            guard FileSystem.isDirectory(path) else { continue }
            var date = CalendarDate(iso: name) ?? CalendarDate(endOfMonth: name)
            var label: LocalizedText?
            var method: (id: String, location: Diagnostic.Location)?
            let metaPath = FileSystem.join(path, "period.json")
            if FileSystem.exists(metaPath) {
                let (meta, metaDiagnostics) = readMeta(metaPath)
                diagnostics += metaDiagnostics
                if let d = meta.date { date = d }
                label = meta.label
                method = meta.method
            }
            guard let date else {
                diagnostics.append(Diagnostic(.workspace(.invalidPeriodName(name)), at: Diagnostic.Location(file: path)))
                continue
            }
            if let other = periods.first(where: { $0.date == date }) {
                diagnostics.append(Diagnostic(.workspace(.duplicatePeriodDate(date.description, other: other.id)), at: Diagnostic.Location(file: path)))
                continue
            }
            periods.append(PeriodInfo(id: name, date: date, label: label, directory: path, method: method?.id, methodLocation: method?.location))
        }
        if periods.isEmpty, !diagnostics.hasErrors {
            diagnostics.append(Diagnostic(.workspace(.noPeriods(directory: directory)), at: Diagnostic.Location(file: directory)))
        }
        periods.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return (periods, diagnostics)
    }

    typealias Meta = (date: CalendarDate?, label: LocalizedText?, method: (id: String, location: Diagnostic.Location)?)

    static func readMeta(_ path: String) -> (meta: Meta, diagnostics: [Diagnostic]) {
        let bytes: [UInt8]
        do { bytes = try FileSystem.readBytes(path) } catch {
            return ((nil, nil, nil), [Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: path))])
        }
        let (root, parseDiagnostics) = JSONReader.read(bytes: bytes, file: path)
        guard let root else { return ((nil, nil, nil), parseDiagnostics) }
        let context = JSONContext(file: path)
        guard let top = context.object(root, path: "", known: ["format", "date", "label", "method"]) else {
            return ((nil, nil, nil), parseDiagnostics + context.diagnostics)
        }
        let date = top.date("date")
        let label = top.text("label", required: false)
        // The index method of the period; checked against the catalogs when it is scored.
        let method = top.string("method", required: false).map { id in
            (id, Diagnostic.Location(file: path, line: top.members["method"]?.line, column: top.members["method"]?.column, context: .jsonPath("method")))
        }
        return ((date, label, method), parseDiagnostics + context.diagnostics)
    }

    /// The files of a period, answers first, each group sorted by name.
    static func sources(of info: PeriodInfo) -> (sources: [AssessmentFile.Source], diagnostics: [Diagnostic]) {
        var sources: [AssessmentFile.Source] = []
        var diagnostics: [Diagnostic] = []
        func scan(_ directory: String, _ content: AssessmentFile.Content) {
            for name in (try? FileSystem.list(directory)) ?? [] {
                let path = FileSystem.join(directory, name)
                if FileSystem.isDirectory(path) { continue }
                if content == .answers, name == "period.json" || name.lowercased() == "survey.csv" || PeriodEvidence.files.contains(name.lowercased()) { continue }
                let lower = name.lowercased()
                // The note `init` leaves in a period folder for the people filling it.
                if lower == "readme.txt" || lower == "readme.md" { continue }
                let isCSV = lower.hasSuffix(".csv"), isJSON = lower.hasSuffix(".json")
                guard isCSV || isJSON else {
                    diagnostics.append(Diagnostic(.workspace(.ignoredFile(name)), at: Diagnostic.Location(file: path)))
                    continue
                }
                let stem = String(name.dropLast(isCSV ? 4 : 5))
                sources.append(AssessmentFile.Source(path: path, content: content, stem: stem, isJSON: isJSON))
                // A JSON answer file may also carry the OPD's services.
                if content == .answers, isJSON {
                    sources.append(AssessmentFile.Source(path: path, content: .services, stem: stem, isJSON: true))
                }
            }
        }
        scan(info.directory, .answers)
        let servicesDirectory = FileSystem.join(info.directory, "services")
        if FileSystem.isDirectory(servicesDirectory) { scan(servicesDirectory, .services) }
        return (sources, diagnostics)
    }

    static func load(_ info: PeriodInfo, workspace: Workspace, catalogs: CatalogSet) -> (period: Period, diagnostics: [Diagnostic]) {
        var (sources, diagnostics) = sources(of: info)
        let opdIndex = workspace.opdIndex
        let files = sources.parallelMap { AssessmentFile.read($0, opdIndex: opdIndex, catalogs: catalogs) }
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
