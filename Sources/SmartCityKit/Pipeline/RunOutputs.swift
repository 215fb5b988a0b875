/// How `smartcity run` writes its outputs.
public struct RunOptions: Sendable {
    public var outDirectory: String
    public var periodID: String?
    public var language: Language
    /// CSV field separator (`,` or `;`, for Excel with an Indonesian locale).
    public var csvSeparator: Character
    /// Decimal separator of numbers inside CSV files.
    public var csvDecimalSeparator: String

    public init(outDirectory: String, periodID: String? = nil, language: Language = .id,
                csvSeparator: Character = ",", csvDecimalSeparator: String = ".") {
        self.outDirectory = outDirectory
        self.periodID = periodID
        self.language = language
        self.csvSeparator = csvSeparator
        self.csvDecimalSeparator = csvDecimalSeparator
    }
}

/// What a run produced.
public struct RunResult: Sendable {
    public var report: ScoreReport?
    public var diagnostics: [Diagnostic]
    /// Paths written, in order.
    public var written: [String]
    /// The summary text (also in `summary.txt`).
    public var summary: String
    /// A failure to write, which is not a data error.
    public var writeFailure: FileError?
}

extension Pipeline {
    /// Names of the files `run` writes, relative to the output folder.
    public enum Output: String, CaseIterable, Sendable {
        case scoresJSON = "scores.json"
        case scoresCSV = "scores.csv"
        case opdSummaryCSV = "opd-summary.csv"
        case actionsCSV = "actions.csv"
        case summary = "summary.txt"
    }

    /// Scores a period and writes everything available: `scores.json`, `scores.csv` (one row
    /// per OPD × indicator), `opd-summary.csv` and `summary.txt`.
    ///
    /// All contents are rendered before the first write, and nothing is written when the
    /// input has errors; each file is written atomically.
    public static func run(_ locations: InputLocations, options: RunOptions) -> RunResult {
        let (report, _, diagnostics) = score(locations, periodID: options.periodID)
        guard let report else { return RunResult(report: nil, diagnostics: diagnostics, written: [], summary: "") }
        let l = options.language
        let writer = CSVWriter(separator: options.csvSeparator, bom: true)
        let summary = ScoreSummaryRenderer.render(report, language: l)
        var contents: [(Output, String)] = []
        for output in Output.allCases {
            switch output {
            case .scoresJSON: contents.append((output, ScoresJSONRenderer.render(report)))
            case .scoresCSV:
                contents.append((output, ScoresCSVRenderer.detail(report, language: l, writer: writer, decimalSeparator: options.csvDecimalSeparator)))
            case .opdSummaryCSV:
                contents.append((output, ScoresCSVRenderer.summary(report, language: l, writer: writer, decimalSeparator: options.csvDecimalSeparator)))
            case .actionsCSV:
                contents.append((output, ScoresCSVRenderer.actions(report, language: l, writer: writer, decimalSeparator: options.csvDecimalSeparator)))
            case .summary: contents.append((output, summary))
            }
        }
        var written: [String] = []
        for (output, text) in contents {
            let path = FileSystem.join(options.outDirectory, output.rawValue)
            do {
                try FileSystem.writeAtomically(text, to: path)
            } catch {
                return RunResult(report: report, diagnostics: diagnostics, written: written, summary: summary, writeFailure: error)
            }
            written.append(path)
        }
        return RunResult(report: report, diagnostics: diagnostics, written: written, summary: summary)
    }
}
