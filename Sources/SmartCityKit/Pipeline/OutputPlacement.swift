import Foundation

/// Where an output may go: never among the inputs, never a folder a person lives in.
///
/// An output folder is replaced whole (`OutputFolder`), so it must be a folder of its own:
/// not the workspace, a folder inside it, the catalog folder or the policy's folder (the
/// next `validate` would read the outputs as answers), not a folder holding any of them,
/// and not `/`, the home folder or the current folder. Paths are compared after symbolic
/// links and `..` are resolved, so `ws/../ws/assessments` and a link to it are caught too.
public enum OutputPlacement {
    /// An input an output must stay clear of.
    public enum InputKind: Sendable, Hashable {
        case workspace, catalogs, policy

        func text(_ l: Language) -> String {
            switch self {
            case .workspace: return l.pick(id: "ruang kerja", en: "the workspace")
            case .catalogs: return l.pick(id: "folder katalog indikator", en: "the indicator catalog folder")
            case .policy: return l.pick(id: "folder kebijakan", en: "the policy's folder")
            }
        }
    }

    /// Why an output path is refused.
    public enum Problem: Error, Sendable, Hashable {
        case empty
        case root
        case home(String)
        /// The current folder, or a folder holding it.
        case currentFolder(String)
        /// The input itself, or a folder inside it.
        case insideInput(String, input: String, kind: InputKind)
        /// A folder holding the input.
        case holdsInput(String, input: String, kind: InputKind)

        public func text(_ l: Language) -> String {
            switch self {
            case .empty:
                return l.pick(id: "--out kosong; sebutkan folder untuk keluaran, mis. --out out",
                              en: "--out is empty; name a folder for the outputs, e.g. --out out")
            case .root:
                return l.pick(id: "--out menunjuk folder akar \"/\"; sebutkan folder tersendiri untuk keluaran, mis. --out out",
                              en: "--out points at the root folder \"/\"; name a folder of its own for the outputs, e.g. --out out")
            case .home(let p):
                return l.pick(id: "--out \"\(p)\" adalah folder rumah; sebutkan folder tersendiri di dalamnya, mis. --out \(FileSystem.join(p, "hasil-smartcity"))",
                              en: "--out \"\(p)\" is the home folder; name a folder of its own inside it, e.g. --out \(FileSystem.join(p, "smartcity-out"))")
            case .currentFolder(let p):
                return l.pick(id: "--out \"\(p)\" adalah folder kerja saat ini atau memuatnya; folder keluaran diganti utuh, jadi sebutkan folder tersendiri, mis. --out out",
                              en: "--out \"\(p)\" is the current folder or holds it; an output folder is replaced whole, so name a folder of its own, e.g. --out out")
            case .insideInput(let p, let input, let kind):
                return l.pick(id: "--out \"\(p)\" berada di \(kind.text(l)) \"\(input)\"; keluaran tidak boleh bercampur dengan masukan. Sebutkan folder di luar itu, mis. --out out",
                              en: "--out \"\(p)\" lies in \(kind.text(l)) \"\(input)\"; outputs must not mix with the inputs. Name a folder outside it, e.g. --out out")
            case .holdsInput(let p, let input, let kind):
                return l.pick(id: "--out \"\(p)\" memuat \(kind.text(l)) \"\(input)\"; folder keluaran diganti utuh, jadi tidak boleh memuat masukan. Sebutkan folder lain, mis. --out out",
                              en: "--out \"\(p)\" holds \(kind.text(l)) \"\(input)\"; an output folder is replaced whole, so it must not hold the inputs. Name another folder, e.g. --out out")
            }
        }
    }

    /// The inputs of a command reading `locations`: the workspace, its catalog folder and
    /// the policy's folder, as the run would find them.
    public static func inputs(of locations: InputLocations) -> [(path: String, kind: InputKind)] {
        var inputs: [(String, InputKind)] = [(locations.workspace, .workspace)]
        if let resolved = locations.resolve().0 {
            inputs.append((resolved.indicators, .catalogs))
            inputs.append((FileSystem.split(resolved.policy).parent, .policy))
        }
        return inputs
    }

    /// Checks an output folder `out` (replaced whole) against `inputs`.
    public static func checkFolder(_ out: String, inputs: [(path: String, kind: InputKind)]) -> Problem? {
        if let problem = checkCommon(out) { return problem }
        let resolved = FileSystem.resolved(out)
        let current = FileSystem.resolved(".")
        if FileSystem.isWithin(current, resolved) { return .currentFolder(out) }
        for (input, kind) in inputs {
            let real = FileSystem.resolved(input)
            if FileSystem.isWithin(resolved, real) { return .insideInput(out, input: input, kind: kind) }
            if FileSystem.isWithin(real, resolved) { return .holdsInput(out, input: input, kind: kind) }
        }
        return nil
    }

    /// Checks an output file `out` (replaced alone) against `inputs`: its folder must not be
    /// among them.
    public static func checkFile(_ out: String, inputs: [(path: String, kind: InputKind)]) -> Problem? {
        if let problem = checkCommon(out) { return problem }
        let resolved = FileSystem.resolved(out)
        for (input, kind) in inputs where FileSystem.isWithin(resolved, FileSystem.resolved(input)) {
            return .insideInput(out, input: input, kind: kind)
        }
        return nil
    }

    private static func checkCommon(_ out: String) -> Problem? {
        if out.allSatisfy({ $0 == " " || $0 == "\t" }) { return .empty }
        let resolved = FileSystem.resolved(out)
        if resolved == "/" { return .root }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, home != "/", FileSystem.resolved(home) == resolved {
            return .home(out)
        }
        return nil
    }
}
