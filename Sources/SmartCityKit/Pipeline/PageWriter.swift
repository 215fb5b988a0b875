/// Writes a page in every page language × format: the first language gets the plain name
/// (`roadmap.html`), a further one a suffix (`roadmap.en.html`). The one place that knows how
/// page files are named, for the OPD, dashboard, roadmap and Bimtek pages.
struct PageWriter: Sendable {
    let languages: [Language]

    init(languages: [Language]) { self.languages = languages.isEmpty ? [.id] : languages }

    /// `""` for the first language, `.en` for another.
    func suffix(_ language: Language) -> String { language == languages.first ? "" : "." + language.rawValue }

    /// What a page builder is told for one language: its own file suffix and the other
    /// language's, for the language switch.
    struct Variant {
        let language: Language
        let own: String
        let other: String?
    }

    /// Writes `base` (`opd/dinkes`, `roadmap/roadmap`) in each language whose `build` gives a
    /// document, in each of `formats`; returns the paths written, relative to the output.
    func write(_ base: String, formats: [DocumentFormat] = DocumentFormat.allCases, into folder: OutputFolder, charts: ChartCache? = nil,
               build: (Variant) -> ReportDocument?) throws(FileError) -> [String] {
        var written: [String] = []
        for language in languages {
            let variant = Variant(language: language, own: suffix(language), other: languages.first { $0 != language }.map(suffix))
            guard let document = build(variant) else { continue }
            for format in formats {
                let path = base + variant.own + "." + format.fileExtension
                try folder.write(format.bytes(document, charts: charts), at: path)
                written.append(path)
            }
        }
        return written
    }
}
