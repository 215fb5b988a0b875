/// Finds the periods of a workspace and the files of one period, and reads them for
/// `PeriodLoader`, which parses them.
///
/// Layout: `assessments/<period>/<opd>.csv|json` hold answers (a file with an `opd` column
/// may hold many OPDs); `assessments/<period>/services/<opd>.csv|json` hold service
/// inventories; an optional `period.json` gives the date and a label.
enum PeriodFolders {
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
            if let metaFile = InputFile.readIfPresent(FileSystem.join(path, "period.json")) {
                let (meta, metaDiagnostics) = PeriodLoader.meta(metaFile)
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

    /// The files of a period, answers first, each group sorted by name.
    static func sources(of info: PeriodInfo) -> (sources: [AssessmentFile.Source], diagnostics: [Diagnostic]) {
        var sources: [AssessmentFile.Source] = []
        var diagnostics: [Diagnostic] = []
        func scan(_ directory: String, _ content: AssessmentFile.Content) {
            for name in (try? FileSystem.list(directory)) ?? [] {
                let path = FileSystem.join(directory, name)
                let lower = name.lowercased()
                if FileSystem.isDirectory(path) {
                    // `services/` is read below; a folder named like a data file would make an
                    // OPD's answers vanish without a word.
                    if lower.hasSuffix(".csv") || lower.hasSuffix(".json") {
                        diagnostics.append(Diagnostic(.workspace(.unreadable(.notAFile(path))), at: Diagnostic.Location(file: path)))
                    } else if !(content == .answers && name == "services") {
                        diagnostics.append(Diagnostic(.workspace(.ignoredFile(name + "/")), at: Diagnostic.Location(file: path)))
                    }
                    continue
                }
                if content == .answers, name == "services" {
                    diagnostics.append(Diagnostic(.workspace(.unreadable(.notADirectory(path))), at: Diagnostic.Location(file: path)))
                    continue
                }
                if content == .answers, name == "period.json" || lower == "survey.csv" || PeriodEvidence.files.contains(lower) { continue }
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

    /// The period's answers and services, read and parsed.
    static func load(_ info: PeriodInfo, workspace: Workspace, catalogs: CatalogSet) -> (period: Period, diagnostics: [Diagnostic]) {
        let (sources, diagnostics) = sources(of: info)
        let files = sources.parallelMap { (source: $0, file: InputFile.read($0.path)) }
        let (period, found) = PeriodLoader.load(info, files: files, workspace: workspace, catalogs: catalogs)
        return (period, diagnostics + found)
    }
}
