/// Writes `roadmap/` of an output: `roadmap.html` and `roadmap.md` per page language (a
/// second language with a suffix, as the OPD pages), `roadmap.json` and `roadmap.ics`.
public enum RoadmapOutputs {
    /// The folder these files go in, inside the output folder.
    public static let folder = "roadmap"

    /// Writes the files into the new output `output`; returns their paths as the user
    /// named them, and the failure that stopped the writing.
    public static func write(_ roadmap: Roadmap, into output: OutputFolder, languages: [Language]) -> (written: [String], failure: FileError?) {
        var written: [String] = []
        let pages = PageWriter(languages: languages)
        do throws(FileError) {
            written = try pages.write(folder + "/roadmap", into: output) { v in
                RoadmapDocumentBuilder(roadmap: roadmap, language: v.language, dashboardURL: "../index\(v.own).html").build()
            }.map { FileSystem.join(output.path, $0) }
        } catch {
            return (written, error)
        }
        let first = pages.languages[0]
        var files: [(String, String)] = []
        files.append(("roadmap.json", RoadmapJSONRenderer.render(roadmap)))
        files.append(("roadmap.ics", RoadmapCalendarRenderer.render(roadmap, language: first)))
        for (name, text) in files {
            let relative = folder + "/" + name
            do throws(FileError) { try output.write(text, at: relative) } catch { return (written, error) }
            written.append(FileSystem.join(output.path, relative))
        }
        return (written, nil)
    }

    /// Writes `OUT/roadmap/` alone (`roadmap --out`): the rest of an earlier output in `out`
    /// is kept, and the folder switches to the new roadmap at once (`OutputFolder`).
    public static func write(_ roadmap: Roadmap, to out: String, languages: [Language]) -> (written: [String], failure: FileError?) {
        OutputFolder.writing(out, replacing: .folder(folder)) { write(roadmap, into: $0, languages: languages) }
    }
}
