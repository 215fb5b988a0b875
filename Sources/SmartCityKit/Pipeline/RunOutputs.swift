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

    /// Page file names for a language: plain for the first page language, `.en` style
    /// suffix for another.
    static func suffix(_ language: Language, _ options: RunOptions) -> String {
        language == options.pageLanguages.first ? "" : "." + language.rawValue
    }

    /// Scores every period up to the chosen one and writes: the exports of that period
    /// (`scores.json`, `scores.csv`, `opd-summary.csv`, `actions.csv`, `summary.txt`), the
    /// city dashboard (`index.html`) and one gap report per OPD (`opd/<id>.html` and `.md`),
    /// in each page language.
    ///
    /// Nothing is written when the input has errors; each file is written atomically. OPD
    /// pages are rendered and written in parallel chunks, so a national run never holds all
    /// pages in memory.
    public static func run(_ locations: InputLocations, options: RunOptions) -> RunResult {
        let clock = ContinuousClock()
        var mark = clock.now
        var timings: [StageTiming] = []
        func lap(_ stage: StageTiming.Stage) {
            guard options.measure else { return }
            let now = clock.now
            timings.append(StageTiming(stage: stage, duration: now - mark))
            mark = now
        }
        let (progress, inputs, diagnostics) = progress(locations, upTo: options.periodID)
        guard let progress, let inputs else { return RunResult(report: nil, diagnostics: diagnostics, written: [], summary: "") }
        lap(.periods)
        let report = progress.latest
        let l = options.language
        let writer = CSVWriter(separator: options.csvSeparator, bom: true)
        var result = RunResult(report: report, diagnostics: diagnostics, written: [], summary: ScoreSummaryRenderer.render(report, language: l))
        func write(_ text: String, _ name: String) -> Bool {
            let path = FileSystem.join(options.outDirectory, name)
            do throws(FileError) { try FileSystem.writeAtomically(text, to: path) } catch {
                result.writeFailure = error
                result.timings = timings
                return false
            }
            result.written.append(path)
            return true
        }
        for output in Output.allCases {
            let text: String
            switch output {
            case .scoresJSON: text = ScoresJSONRenderer.render(report)
            case .scoresCSV: text = ScoresCSVRenderer.detail(report, language: l, writer: writer, decimalSeparator: options.csvDecimalSeparator)
            case .opdSummaryCSV: text = ScoresCSVRenderer.summary(report, language: l, writer: writer, decimalSeparator: options.csvDecimalSeparator)
            case .actionsCSV: text = ScoresCSVRenderer.actions(report, language: l, writer: writer, decimalSeparator: options.csvDecimalSeparator)
            case .summary: text = result.summary
            }
            guard write(text, output.rawValue) else { return result }
        }
        lap(.exports)
        for language in options.pageLanguages {
            let own = suffix(language, options)
            let other = options.pageLanguages.first { $0 != language }.map { suffix($0, options) }
            let dashboard = DashboardBuilder(progress: progress, language: language, opdURL: { "opd/\($0)\(own).html" },
                                             otherLanguageURL: other.map { "index\($0).html" }).build()
            guard write(HTMLRenderer.render(dashboard), "index\(own).html") else { return result }
        }
        lap(.dashboard)
        do throws(FileError) {
            try FileSystem.createDirectory(FileSystem.join(options.outDirectory, "opd"))
        } catch {
            result.writeFailure = error
            return result
        }
        (result.pagesWritten, result.writeFailure) = writePages(ReportContext(progress: progress, scope: inputs.scope), options: options)
        lap(.pages)
        result.timings = timings
        return result
    }

    /// The OPD gap reports, HTML and Markdown, in every page language.
    static func writePages(_ context: ReportContext, options: RunOptions) -> (written: Int, failure: FileError?) {
        let opds = context.progress.latest.opds
        let chunkSize = 200
        let chunks = stride(from: 0, to: opds.count, by: chunkSize).map { $0..<min($0 + chunkSize, opds.count) }
        let results = chunks.parallelMap { range -> (Int, FileError?) in
            var count = 0
            for opd in range {
                for language in options.pageLanguages {
                    let own = suffix(language, options)
                    let other = options.pageLanguages.first { $0 != language }.map { "\(opds[opd].id)\(suffix($0, options)).html" }
                    let document = OPDReportBuilder(context: context, language: language, dashboardURL: "../index\(own).html",
                                                    otherLanguageURL: other).build(opd: opd)
                    let base = FileSystem.join(FileSystem.join(options.outDirectory, "opd"), opds[opd].id + own)
                    do throws(FileError) {
                        try FileSystem.writeAtomically(HTMLRenderer.bytes(document), to: base + ".html")
                        try FileSystem.writeAtomically(MarkdownRenderer.render(document), to: base + ".md")
                    } catch {
                        return (count, error)
                    }
                    count += 2
                }
            }
            return (count, nil)
        }
        return (results.reduce(0) { $0 + $1.0 }, results.compactMap(\.1).first)
    }
}
