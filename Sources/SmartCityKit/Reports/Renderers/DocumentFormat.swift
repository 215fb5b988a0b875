/// The formats a page (`ReportDocument`) is written in: each is one renderer and one case.
/// Adding a format (PDF, XLSX, …) means a renderer and a case here; every page writer loops
/// over `allCases`.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// The page people read in a browser (and print).
    case html
    /// The same page as Markdown, to paste into a report or a wiki.
    case markdown = "md"

    /// The file name ending, without the dot.
    public var fileExtension: String { rawValue }

    /// The page in this format. `charts` lets the pages of one run share rendered charts.
    func bytes(_ document: ReportDocument, charts: ChartCache? = nil) -> [UInt8] {
        switch self {
        case .html: return HTMLRenderer.bytes(document, charts: charts)
        case .markdown: return Array(MarkdownRenderer.render(document).utf8)
        }
    }
}
