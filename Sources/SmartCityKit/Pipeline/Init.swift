/// What `smartcity init` is asked to make.
public struct InitOptions: Sendable {
    /// The new workspace folder: it must not exist yet, or be empty.
    public var directory: String
    /// The city's name as people write it (`Kota Batu`).
    public var cityName: String
    /// The city's id in the policy (default: the name in lower case with hyphens).
    public var cityID: String?
    /// The first period, `YYYY-MM` (or `YYYY-MM-DD`); given, never read from the clock.
    public var period: String
    /// The catalog folder, as a path from the current folder.
    public var indicators: String

    public init(directory: String, cityName: String, cityID: String? = nil, period: String, indicators: String = "indicators") {
        self.directory = directory
        self.cityName = cityName
        self.cityID = cityID
        self.period = period
        self.indicators = indicators
    }
}

/// What `init` wrote, or why it wrote nothing.
public struct InitResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var cityID: String
    /// Files written, relative to the new folder.
    public var written: [String] = []
    /// The catalog folder as `workspace.json` records it.
    public var indicatorsRecorded: String = ""
    /// Set when the folder is not new or empty, or a file could not be written; nothing of
    /// the workspace is left behind then.
    public var writeFailure: FileError?
}

extension Pipeline {
    /// Makes a new workspace: `workspace.json` naming the catalogs, `policy.json` with the
    /// national methods and roles bound to example OPDs, `opds.csv` with those OPDs, and the
    /// first period folder with a README. All files are written together or not at all.
    ///
    /// The catalogs are loaded first, so a wrong `--indicators` is reported before anything
    /// is written, and the roles the policy binds are exactly those the catalogs use.
    public static func createWorkspace(_ options: InitOptions) -> InitResult {
        let cityID = options.cityID ?? slug(options.cityName)
        var result = InitResult(diagnostics: [], cityID: cityID)
        let directory = options.directory
        if FileSystem.exists(directory) {
            guard FileSystem.isDirectory(directory) else { result.writeFailure = .notADirectory(directory); return result }
            guard FileSystem.isEmptyDirectory(directory) else { result.writeFailure = .notEmpty(directory); return result }
        }
        guard let firstPeriod = CalendarDate(endOfMonth: options.period) ?? CalendarDate(iso: options.period) else {
            result.diagnostics.append(Diagnostic(.workspace(.invalidPeriodName(options.period)), at: nil))
            return result
        }
        let (library, catalogDiagnostics) = CatalogLibrary.load(directory: options.indicators)
        result.diagnostics = catalogDiagnostics.filter(\.isError)
        let policyPath = FileSystem.join(directory, "policy.json")
        guard !result.diagnostics.hasErrors else { return result }
        guard let methods = WorkspaceTemplate.methods(at: firstPeriod, library: library) else {
            result.diagnostics.append(Diagnostic(.catalog(.catalogNotFound(id: "index", searched: [options.indicators])), at: Diagnostic.Location(file: options.indicators)))
            return result
        }
        let (catalogs, resolveDiagnostics) = library.resolve(methods, policyFile: policyPath, searched: options.indicators)
        result.diagnostics += resolveDiagnostics
        guard let catalogs, !result.diagnostics.hasErrors else { return result }
        var used: [String] = []
        for slot in [CatalogSet.Slot.index, .dimensions] {
            for indicator in catalogs.catalog(slot).indicators {
                if case .role(let role) = indicator.answeredBy, !used.contains(role) { used.append(role) }
            }
        }
        result.indicatorsRecorded = FileSystem.path(of: options.indicators, from: directory)
        let period = FileSystem.join(FileSystem.join("assessments", options.period), "README.txt")
        let files: [(String, String)] = [
            ("workspace.json", WorkspaceTemplate.settings(indicators: result.indicatorsRecorded).rendered()),
            ("policy.json", WorkspaceTemplate.policy(cityID: cityID, cityName: options.cityName, methods: methods, firstPeriod: firstPeriod).rendered()),
            ("opds.csv", WorkspaceTemplate.opdList(usedRoles: used)),
            (period, WorkspaceTemplate.periodReadme(period: options.period, index: catalogs.index)),
        ]
        do {
            try FileTransaction.commit(files.map { FileTransaction.Write(path: FileSystem.join(directory, $0.0), bytes: Array($0.1.utf8)) })
        } catch {
            result.writeFailure = error
            return result
        }
        result.written = files.map(\.0)
        return result
    }

    /// `Kota Batu` → `kota-batu`: lower-case ASCII letters and digits, other runs as one hyphen.
    public static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "kota" : out
    }
}
