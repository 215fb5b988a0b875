/// Writes `bimtek/` of an output: `bimtek.html` and `bimtek.md` per page language, one
/// registration list per class in `classes/`, and `budget.csv`.
public enum BimtekOutputs {
    /// The folder these files go in, inside the output folder.
    public static let folder = "bimtek"

    /// Writes the files into the new output `output`; returns their paths as the user
    /// named them (the class lists as their folder), and the failure that stopped the writing.
    public static func write(_ plan: CityPlan, report: ScoreReport, into output: OutputFolder, languages: [Language],
                             csvSeparator: Character = ",") -> (written: [String], failure: FileError?) {
        guard let bimtek = plan.bimtek, let training = plan.training else { return ([], nil) }
        let first = languages.first ?? .id
        let writer = CSVWriter(separator: csvSeparator, bom: true)
        var files: [(String, String)] = []
        for language in languages {
            let suffix = language == first ? "" : "." + language.rawValue
            guard let document = BimtekDocumentBuilder(plan: plan, report: report, language: language, dashboardURL: "../index\(suffix).html").build() else { continue }
            files.append(("bimtek\(suffix).html", HTMLRenderer.render(document)))
            files.append(("bimtek\(suffix).md", MarkdownRenderer.render(document)))
        }
        files.append(("budget.csv", BimtekCSVRenderer.budget(bimtek, training: training, language: first, writer: writer)))
        var written: [String] = []
        for (name, text) in files {
            let relative = folder + "/" + name
            do throws(FileError) { try output.write(text, at: relative) } catch { return (written, error) }
            written.append(FileSystem.join(output.path, relative))
        }
        do throws(FileError) {
            for (i, c) in bimtek.classes.enumerated() {
                try output.write(BimtekCSVRenderer.registration(c, report: report, training: training, language: first, writer: writer),
                                 at: folder + "/classes/" + BimtekFormat.registrationFile(i, c))
            }
        } catch {
            return (written, error)
        }
        if !bimtek.classes.isEmpty { written.append(FileSystem.join(output.path, folder + "/classes/")) }
        return (written, nil)
    }

    /// Writes `OUT/bimtek/` alone (`bimtek --out`): the rest of an earlier output in `out` is
    /// kept, and the folder switches to the new plan at once (`OutputFolder`).
    public static func write(_ plan: CityPlan, report: ScoreReport, to out: String, languages: [Language],
                             csvSeparator: Character = ",") -> (written: [String], failure: FileError?) {
        OutputFolder.writing(out, replacing: .folder(folder)) {
            write(plan, report: report, into: $0, languages: languages, csvSeparator: csvSeparator)
        }
    }
}
