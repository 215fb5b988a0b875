/// How `smartcity run` writes its outputs.
public struct RunOptions: Sendable {
    public var outDirectory: String
    public var periodID: String?
    /// The language of the summary and the exports' headers; the first page language.
    public var language: Language
    /// Languages of the pages: the first gets plain file names (`index.html`,
    /// `opd/dinkes.html`), a second one a suffix (`index.en.html`).
    public var pageLanguages: [Language]
    /// CSV field separator (`,` or `;`, for Excel with an Indonesian locale).
    public var csvSeparator: Character
    /// Decimal separator of numbers inside CSV files.
    public var csvDecimalSeparator: String
    /// Whether to read the clock around each stage (`run --timings`, for benchmarks); the
    /// outputs never depend on it.
    public var measure: Bool

    public init(outDirectory: String, periodID: String? = nil, language: Language = .id, pageLanguages: [Language]? = nil,
                csvSeparator: Character = ",", csvDecimalSeparator: String = ".", measure: Bool = false) {
        self.measure = measure
        self.outDirectory = outDirectory
        self.periodID = periodID
        self.language = language
        self.pageLanguages = pageLanguages ?? [language]
        self.csvSeparator = csvSeparator
        self.csvDecimalSeparator = csvDecimalSeparator
    }
}

/// What a run produced.
public struct RunResult: Sendable {
    public var report: ScoreReport?
    public var diagnostics: [Diagnostic]
    /// Files written: the exports and dashboards by path, the OPD pages counted.
    public var written: [String]
    public var pagesWritten: Int = 0
    /// The summary text (also in `summary.txt`).
    public var summary: String
    /// A failure to write, which is not a data error.
    public var writeFailure: FileError?
    /// Wall time per stage, when `RunOptions.measure`.
    public var timings: [StageTiming] = []
}

extension Pipeline {
    /// Names of the files `run` writes, relative to the output folder, besides the pages.
    public enum Output: String, CaseIterable, Sendable {
        case scoresJSON = "scores.json"
        case scoresCSV = "scores.csv"
        case opdSummaryCSV = "opd-summary.csv"
        case actionsCSV = "actions.csv"
        case summary = "summary.txt"
    }

    /// The exports of a period scored from evidence, written besides `Output`.
    public enum EvidenceOutput {
        public static let values = "values.csv"
        public static let items = "evidence-items.csv"
    }

    /// Scores every period up to the chosen one and writes: the exports of that period
    /// (`scores.json`, `scores.csv`, `opd-summary.csv`, `actions.csv`, `summary.txt`), the
    /// city dashboard (`index.html`) and one gap report per OPD (`opd/<id>.html` and `.md`),
    /// in each page language; and, when the policy has a `roadmap` part, the roadmap
    /// (`roadmap/`) and the Bimtek plan (`bimtek/`), planned before the pages list them.
    ///
    /// Nothing is written when the input has errors. The whole output set is written into a
    /// staging folder and switched in at once (`OutputFolder`): the folder holds the previous
    /// output or the new one, never a mix, and a folder holding anything `smartcity` did not
    /// write is refused before any work is written. The writers (`Writer`) run side by side; OPD pages are rendered and written in parallel
    /// chunks, so a national run never holds all pages in memory.
    public static func run(_ locations: InputLocations, options: RunOptions) -> RunResult {
        let clock = ContinuousClock()
        let start = clock.now
        let (progress, inputs, diagnostics) = progress(locations, upTo: options.periodID)
        guard let progress, let inputs else { return RunResult(report: nil, diagnostics: diagnostics, written: [], summary: "") }
        var result = RunResult(report: progress.latest, diagnostics: diagnostics, written: [],
                               summary: ScoreSummaryRenderer.render(progress.latest, language: options.language))
        // Checked before planning, the slow part: a folder that is not ours is refused at once.
        let folder: OutputFolder
        do throws(FileError) { folder = try OutputFolder(options.outDirectory, replacing: .everything) } catch {
            result.writeFailure = error
            return result
        }
        if options.measure { result.timings.append(StageTiming(stage: .periods, duration: clock.now - start)) }
        // The roadmap and the Bimtek plan come first: every OPD page lists its trainings.
        var plan: CityPlan?
        if progress.latest.policy.roadmap != nil {
            let planStart = clock.now
            let (made, diagnostics) = CityPlanner.plan(progress.latest, workspace: inputs.workspace, scope: inputs.scope, training: inputs.training)
            plan = made
            result.diagnostics += diagnostics
            if options.measure { result.timings.append(StageTiming(stage: .plans, duration: clock.now - planStart)) }
        }
        let summary = result.summary
        let cityPlan = plan
        @Sendable func write(_ writer: Writer) -> WriterOutcome {
            writer.write(progress: progress, scope: inputs.scope, plan: cityPlan, crosswalks: inputs.allCrosswalks, summary: summary,
                         into: folder, options: options)
        }
        // The pages (a parallel map over OPDs) on this thread; the exports and the roadmap
        // (mostly sequential) beside them.
        let (others, pages) = concurrently(background: { [write(.exports), write(.roadmap)] }, foreground: { write(.pages) })
        let outcomes = [others[0], pages, others[1]]
        // Merged in the writers' order, so the list of files and the failure reported do not
        // depend on which writer finished first.
        for outcome in outcomes {
            result.written += outcome.written
            result.pagesWritten += outcome.pages
            result.timings += outcome.timings
            result.diagnostics += outcome.diagnostics
            if result.writeFailure == nil { result.writeFailure = outcome.failure }
        }
        // All of it, or none: the previous output stays whole when anything failed.
        let switchStart = clock.now
        if result.writeFailure == nil {
            do throws(FileError) { try folder.commit() } catch { result.writeFailure = error }
        } else {
            folder.abandon()
        }
        if options.measure { result.timings.append(StageTiming(stage: .switchOutput, duration: clock.now - switchStart)) }
        if result.writeFailure != nil {
            result.written = []
            result.pagesWritten = 0
        }
        return result
    }

    /// The independent parts of a run's output, written side by side: the exports and the
    /// roadmap are mostly sequential (a few large files, one search), the pages parallel
    /// (many small files), so together they keep every core busy.
    enum Writer: CaseIterable, Sendable {
        /// The exports, the summary and the dashboards.
        case exports
        /// The OPD gap reports.
        case pages
        /// The roadmap (`roadmap/`) and the Bimtek plan (`bimtek/`), when the policy has a
        /// `roadmap` part.
        case roadmap

        func write(progress: CityProgress, scope: Scope, plan: CityPlan?, crosswalks: [(crosswalk: Crosswalk, target: IndicatorCatalog)],
                   summary: String, into folder: OutputFolder, options: RunOptions) -> WriterOutcome {
            let clock = ContinuousClock()
            var mark = clock.now
            var outcome = WriterOutcome()
            func lap(_ stage: StageTiming.Stage) {
                guard options.measure else { return }
                let now = clock.now
                outcome.timings.append(StageTiming(stage: stage, duration: now - mark))
                mark = now
            }
            /// Writes one file (text or bytes); false, with the failure kept, when it fails.
            func write(_ name: String, text: String? = nil, bytes: [UInt8]? = nil) -> Bool {
                let path = FileSystem.join(options.outDirectory, name)
                do throws(FileError) {
                    if let bytes { try folder.write(bytes, at: name) } else { try folder.write(text ?? "", at: name) }
                } catch {
                    outcome.failure = error
                    return false
                }
                outcome.written.append(path)
                return true
            }
            let report = progress.latest
            switch self {
            case .exports:
                let l = options.language, decimal = options.csvDecimalSeparator
                let csv = CSVWriter(separator: options.csvSeparator, bom: true)
                for output in Output.allCases {
                    let text: String
                    switch output {
                    case .scoresJSON:
                        guard write(output.rawValue, bytes: ScoresJSONRenderer.bytes(report)) else { return outcome }
                        continue
                    case .scoresCSV: text = ScoresCSVRenderer.detail(report, language: l, writer: csv, decimalSeparator: decimal)
                    case .opdSummaryCSV: text = ScoresCSVRenderer.summary(report, language: l, writer: csv, decimalSeparator: decimal)
                    case .actionsCSV: text = ScoresCSVRenderer.actions(report, language: l, writer: csv, decimalSeparator: decimal)
                    case .summary: text = summary
                    }
                    guard write(output.rawValue, text: text) else { return outcome }
                }
                // A period scored from evidence: its values and items, for Excel.
                if let values = EvidenceCSVRenderer.values(report, language: l, writer: csv, decimalSeparator: decimal),
                   let items = EvidenceCSVRenderer.items(report, language: l, writer: csv, decimalSeparator: decimal) {
                    guard write(EvidenceOutput.values, text: values), write(EvidenceOutput.items, text: items) else { return outcome }
                }
                lap(.exports)
                // The dashboard is a web page only: the exports above are its other forms.
                do throws(FileError) {
                    let written = try PageWriter(languages: options.pageLanguages).write("index", formats: [.html], into: folder) { v in
                        var builder = DashboardBuilder(progress: progress, language: v.language, opdURL: { "opd/\($0)\(v.own).html" },
                                                       otherLanguageURL: v.other.map { "index\($0).html" })
                        if plan?.roadmap != nil { builder.roadmapURL = "roadmap/roadmap\(v.own).html" }
                        if plan?.bimtek != nil { builder.bimtekURL = "bimtek/bimtek\(v.own).html" }
                        if report.city.values != nil { builder.appealURL = "appeal/appeal\(v.own).html" }
                        builder.crosswalkPoint = progress.crosswalkPoint(crosswalks)
                        return builder.build()
                    }
                    outcome.written += written.map { FileSystem.join(options.outDirectory, $0) }
                } catch {
                    outcome.failure = error
                    return outcome
                }
                // A period scored from evidence: the appeal sheet for the interview.
                do throws(FileError) {
                    let written = try PageWriter(languages: options.pageLanguages).write("appeal/appeal", into: folder) { v in
                        AppealDocumentBuilder(report: report, language: v.language, dashboardURL: "../index\(v.own).html").build()
                    }
                    outcome.written += written.map { FileSystem.join(options.outDirectory, $0) }
                } catch {
                    outcome.failure = error
                    return outcome
                }
                lap(.dashboard)
            case .pages:
                let bimtek = plan.flatMap { p in p.bimtek.flatMap { b in p.training.map { (b, $0) } } }
                let crosswalk = crosswalks.first { $0.crosswalk.from == report.catalogs.index.id }
                (outcome.pages, outcome.failure) = writePages(ReportContext(progress: progress, scope: scope, bimtek: bimtek, crosswalk: crosswalk,
                                                                            roadmap: plan?.roadmap),
                                                              into: folder, options: options)
                lap(.pages)
            case .roadmap:
                guard let plan else { break }
                if let roadmap = plan.roadmap {
                    (outcome.written, outcome.failure) = RoadmapOutputs.write(roadmap, into: folder, languages: options.pageLanguages)
                }
                if outcome.failure == nil, plan.bimtek != nil {
                    let (written, failure) = BimtekOutputs.write(plan, report: report, into: folder, languages: options.pageLanguages,
                                                                 csvSeparator: options.csvSeparator)
                    outcome.written += written
                    outcome.failure = failure
                }
                lap(.roadmap)
            }
            return outcome
        }
    }

    /// What one writer wrote, and the failure that stopped it.
    struct WriterOutcome: Sendable {
        var written: [String] = []
        var pages = 0
        var failure: FileError?
        var timings: [StageTiming] = []
        /// Findings of a writer that plans (the roadmap).
        var diagnostics: [Diagnostic] = []
    }

    /// The OPD gap reports, HTML and Markdown, in every page language, into `opd/` of the
    /// new output.
    static func writePages(_ context: ReportContext, into folder: OutputFolder, options: RunOptions) -> (written: Int, failure: FileError?) {
        let opds = context.progress.latest.opds
        let chunkSize = 200
        let chunks = stride(from: 0, to: opds.count, by: chunkSize).map { $0..<min($0 + chunkSize, opds.count) }
        let results = chunks.parallelMap { range -> (Int, FileError?) in
            var count = 0
            let charts = ChartCache()
            let pages = PageWriter(languages: options.pageLanguages)
            for opd in range {
                do throws(FileError) {
                    count += try pages.write("opd/" + opds[opd].id, into: folder, charts: charts) { v in
                        OPDReportBuilder(context: context, language: v.language, dashboardURL: "../index\(v.own).html",
                                         otherLanguageURL: v.other.map { "\(opds[opd].id)\($0).html" }).build(opd: opd)
                    }.count
                } catch {
                    return (count, error)
                }
            }
            return (count, nil)
        }
        if let failure = results.compactMap(\.1).first { return (0, failure) }
        return (results.reduce(0) { $0 + $1.0 }, nil)
    }
}
