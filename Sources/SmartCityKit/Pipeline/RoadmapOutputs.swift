/// Writes `OUT/roadmap/`: `roadmap.html` and `roadmap.md` per page language (a second
/// language with a suffix, as the OPD pages), `roadmap.json` and `roadmap.ics`.
public enum RoadmapOutputs {
    public static func write(_ roadmap: Roadmap, to outDirectory: String, languages: [Language]) -> (written: [String], failure: FileError?) {
        let folder = FileSystem.join(outDirectory, "roadmap")
        var written: [String] = []
        let first = languages.first ?? .id
        var files: [(String, String)] = []
        for language in languages {
            let suffix = language == first ? "" : "." + language.rawValue
            let document = RoadmapDocumentBuilder(roadmap: roadmap, language: language, dashboardURL: "../index\(suffix).html").build()
            files.append(("roadmap\(suffix).html", HTMLRenderer.render(document)))
            files.append(("roadmap\(suffix).md", MarkdownRenderer.render(document)))
        }
        files.append(("roadmap.json", RoadmapJSONRenderer.render(roadmap)))
        files.append(("roadmap.ics", RoadmapCalendarRenderer.render(roadmap, language: first)))
        for (name, text) in files {
            let path = FileSystem.join(folder, name)
            do throws(FileError) { try FileSystem.writeAtomically(text, to: path) } catch { return (written, error) }
            written.append(path)
        }
        return (written, nil)
    }
}
