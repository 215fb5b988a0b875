/// Reads PSPLIB instances named on the command line: `.sm` files, or folders whose `.sm`
/// files are all read (in byte order of their names), with the optima of an explicitly
/// named file or else of the `optimum.csv` or `best-known.csv` beside the instances.
///
/// The loading stage of `schedule`: files are read through `IO/` and
/// parsed in parallel with a merge in input order, so the result is the same on every run.
public enum PSPLIBLoader {
    /// The files of reference makespans looked for beside the instances, in this order.
    public static let referenceFileNames = ["optimum.csv", "best-known.csv"]

    public static func load(_ paths: [String], optimumFile: String? = nil) -> (instances: [PSPLIBInstance], findings: [Diagnostic]) {
        var findings: [Diagnostic] = []
        var files: [String] = []
        var optimumFiles: [String] = optimumFile.map { [$0] } ?? []
        for path in paths {
            guard FileSystem.isDirectory(path) else {
                files.append(path)
                let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
                for name in referenceFileNames {
                    let beside = FileSystem.join(path.hasPrefix("/") && folder.isEmpty ? "/" : folder, name)
                    if optimumFile == nil, !optimumFiles.contains(beside), FileSystem.exists(beside) { optimumFiles.append(beside) }
                }
                continue
            }
            do throws(FileError) {
                let names = try FileSystem.list(path)
                let instances = names.filter { $0.hasSuffix(".sm") }
                if instances.isEmpty { findings.append(Diagnostic(.noInstances(folder: path), at: Diagnostic.Location(file: path))) }
                files += instances.map { FileSystem.join(path, $0) }
                for name in referenceFileNames where names.contains(name) {
                    let beside = FileSystem.join(path, name)
                    if optimumFile == nil, !optimumFiles.contains(beside) { optimumFiles.append(beside) }
                }
            } catch {
                findings.append(Diagnostic(.unreadable(error), at: Diagnostic.Location(file: path)))
            }
        }
        var optima: [String: PSPLIBReference] = [:]
        for file in optimumFiles {
            let (text, failure) = text(of: file)
            if let failure { findings.append(failure) }
            guard let text else { continue }
            let (read, found) = PSPLIBOptimum.read(bytes: Array(text.utf8), file: file)
            findings += found
            optima.merge(read) { first, _ in first }
        }
        let known = optima
        let parsed = files.parallelMap { file -> (PSPLIBInstance?, [Diagnostic]) in
            let (text, failure) = text(of: file)
            guard let text else { return (nil, failure.map { [$0] } ?? []) }
            let (problem, found) = PSPLIBParser.parse(text, file: file)
            let name = file.split(separator: "/").last.map(String.init) ?? file
            return (problem.map { PSPLIBInstance(name: name, path: file, problem: $0, reference: known[name]) }, found)
        }
        return (parsed.compactMap(\.0), findings + parsed.flatMap(\.1))
    }

    /// A file's text, or the finding why it cannot be read as UTF-8 text.
    static func text(of path: String) -> (text: String?, failure: Diagnostic?) {
        let bytes: [UInt8]
        do throws(FileError) { bytes = try FileSystem.readBytes(path) } catch {
            return (nil, Diagnostic(.unreadable(error), at: Diagnostic.Location(file: path)))
        }
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            return (nil, Diagnostic(.invalidUTF8(byteOffset: bad), at: Diagnostic.Location(file: path)))
        }
        return (String(decoding: bytes, as: UTF8.self), nil)
    }
}
