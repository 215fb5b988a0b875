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
        let pages = PageWriter(languages: languages)
        let first = pages.languages[0]
        let writer = CSVWriter(separator: csvSeparator, bom: true)
        var written: [String] = []
        do throws(FileError) {
            written = try pages.write(folder + "/bimtek", into: output) { v in
                BimtekDocumentBuilder(plan: plan, report: report, language: v.language, dashboardURL: "../index\(v.own).html").build()
            }.map { FileSystem.join(output.path, $0) }
        } catch {
            return (written, error)
        }
        var files: [(String, String)] = []
        files.append(("budget.csv", BimtekCSVRenderer.budget(bimtek, training: training, language: first, writer: writer)))
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
