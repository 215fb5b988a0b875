/// Writes `OUT/bimtek/`: `bimtek.html` and `bimtek.md` per page language, one registration
/// list per class in `classes/`, and `budget.csv`.
public enum BimtekOutputs {
    public static func write(_ plan: CityPlan, report: ScoreReport, to outDirectory: String, languages: [Language],
                             csvSeparator: Character = ",") -> (written: [String], failure: FileError?) {
        guard let bimtek = plan.bimtek, let training = plan.training else { return ([], nil) }
        let folder = FileSystem.join(outDirectory, "bimtek")
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
            let path = FileSystem.join(folder, name)
            do throws(FileError) { try FileSystem.writeAtomically(text, to: path) } catch { return (written, error) }
            written.append(path)
        }
        // The registration lists as one folder, replaced whole (a class may disappear).
        let classes: StagedDirectory
        do throws(FileError) { classes = try StagedDirectory(FileSystem.join(folder, "classes")) } catch { return (written, error) }
        do throws(FileError) {
            for (i, c) in bimtek.classes.enumerated() {
                try classes.write(BimtekCSVRenderer.registration(c, report: report, training: training, language: first, writer: writer),
                                  name: BimtekFormat.registrationFile(i, c))
            }
            try classes.commit()
            written.append(FileSystem.join(folder, "classes/"))
        } catch {
            classes.abandon()
            return (written, error)
        }
        return (written, nil)
    }
}
