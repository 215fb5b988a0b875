/// A page people read (an OPD's gap report, the city dashboard) as a value: blocks of
/// text, tables and charts, already in one language, with no knowledge of the format.
///
/// Builders compute what the page says; renderers (Markdown, HTML, SVG) only decide how it
/// looks, so every format says the same thing and no renderer computes a score.
public struct ReportDocument: Sendable, Hashable {
    /// The page title (also the HTML `<title>`).
    public var title: String
    public var language: Language
    /// One line under the title: city, period, method.
    public var subtitle: String
    public var blocks: [ReportBlock]
    /// Links shown at the top of the page (back to the dashboard, the other language).
    public var navigation: [ReportLink]
    /// The footer: how the page was made (tool, methods and versions, the period's date).
    public var footer: String

    public init(title: String, language: Language, subtitle: String, blocks: [ReportBlock],
                navigation: [ReportLink] = [], footer: String = "") {
        self.title = title
        self.language = language
        self.subtitle = subtitle
        self.blocks = blocks
        self.navigation = navigation
        self.footer = footer
    }
}

/// One block of a page.
public enum ReportBlock: Sendable, Hashable {
    /// A section heading, level 2 or 3 (the title is level 1).
    case heading(String, level: Int, anchor: String)
    case paragraph([ReportInline])
    /// Label–value pairs shown as a compact summary (the "where you stand" box).
    case facts([ReportFact])
    case table(ReportTable)
    case chart(ReportChart)
    /// A bulleted list.
    case list([[ReportInline]])
    /// A highlighted remark (e.g. why 3.50 is still Baik).
    case note([ReportInline])
    /// Detail a reader opens when wanted: a summary line, the blocks folded under it
    /// (`<details>` on a page, a bold line in Markdown).
    indirect case fold(summary: String, blocks: [ReportBlock])
    /// One content in two forms: `wide` for screens and paper, `narrow` for a phone (a chart
    /// too wide to read there becomes a list). Pages show one of the two by the window's
    /// width; Markdown, read in an editor, keeps the wide form.
    indirect case adaptive(wide: [ReportBlock], narrow: [ReportBlock])
}

/// A piece of running text. Texts are plain: renderers escape them.
public enum ReportInline: Sendable, Hashable {
    case text(String)
    case strong(String)
    /// A link; renderers show it as a link only when `url` is http, https or a relative
    /// path of the report set, else as plain text.
    case link(text: String, url: String)
    case code(String)
}

public struct ReportLink: Sendable, Hashable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

public struct ReportFact: Sendable, Hashable {
    public var label: String
    public var value: [ReportInline]

    public init(label: String, value: [ReportInline]) {
        self.label = label
        self.value = value
    }
}

/// A table; `sortable` tables get click-to-sort and a filter box in HTML (inline script,
/// fully readable without it).
public struct ReportTable: Sendable, Hashable {
    public struct Cell: Sendable, Hashable {
        public var content: [ReportInline]
        /// What sorting compares (a number as a plain decimal, or text); nil: the text.
        public var sortKey: String?

        public init(_ content: [ReportInline], sortKey: String? = nil) {
            self.content = content
            self.sortKey = sortKey
        }

        public init(_ text: String, sortKey: String? = nil) {
            self.init([.text(text)], sortKey: sortKey)
        }
    }

    public var caption: String
    public var header: [String]
    /// Columns holding numbers: right-aligned, sorted numerically.
    public var numeric: Set<Int>
    public var rows: [[Cell]]
    public var sortable: Bool
    /// Shown instead of an empty table.
    public var emptyText: String

    public init(caption: String, header: [String], numeric: Set<Int> = [], rows: [[Cell]], sortable: Bool = false, emptyText: String = "—") {
        self.caption = caption
        self.header = header
        self.numeric = numeric
        self.rows = rows
        self.sortable = sortable
        self.emptyText = emptyText
    }
}
