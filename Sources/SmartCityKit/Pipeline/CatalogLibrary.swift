/// All catalogs of an `indicators/` folder, loaded and validated together, so a broken
/// catalog is reported even when the policy does not use it.
struct CatalogLibrary {
    var catalogs: [CatalogLoader.Loaded] = []
    var files: [String: String] = [:]
    /// Training catalogs (`"kind": "training"`), for the Bimtek planner; the first by file
    /// name is the one in use.
    var training: [TrainingCatalog] = []
    /// Crosswalks between methods (`"kind": "crosswalk"`), checked against the catalogs.
    var crosswalks: [Crosswalk] = []

    /// The crosswalks from method `id` (every one when nil), each with its target catalog.
    func crosswalks(from id: String?) -> [(crosswalk: Crosswalk, target: IndicatorCatalog)] {
        crosswalks.filter { id == nil || $0.from == id }.compactMap { c in indicatorCatalogs.first { $0.id == c.to }.map { (c, $0) } }
    }

    static func load(directory: String) -> (CatalogLibrary, [Diagnostic]) {
        var library = CatalogLibrary()
        guard FileSystem.isDirectory(directory) else {
            return (library, [Diagnostic(.workspace(.missingFile(directory + "/")), at: Diagnostic.Location(file: directory))])
        }
        let files = FolderFile.read([directory], ending: ".json")
        let paths = files.map(\.path)
        let loaded = files.parallelMap { file -> (CatalogLoader.Loaded?, [Diagnostic], training: TrainingCatalog?, crosswalk: Crosswalk?) in
            let path = file.path
            switch file.contents {
            case .success(let bytes):
                switch kind(bytes) {
                case "training"?:
                    let (training, diagnostics) = TrainingCatalogLoader.load(bytes: bytes, file: path)
                    return (nil, diagnostics, training, nil)
                case "crosswalk"?:
                    let (crosswalk, diagnostics) = CrosswalkLoader.load(bytes: bytes, file: path)
                    return (nil, diagnostics, nil, crosswalk)
                default:
                    let (catalog, diagnostics) = CatalogLoader.load(bytes: bytes, file: path)
                    return (catalog, diagnostics, nil, nil)
                }
            case .failure(let error):
                return (nil, [Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: path))], nil, nil)
            }
        }
        var diagnostics: [Diagnostic] = []
        for (path, (catalog, found, training, crosswalk)) in zip(paths, loaded) {
            if let training { library.training.append(training) }
            if let crosswalk { library.crosswalks.append(crosswalk) }
            diagnostics += found
            guard let catalog else { continue }
            if let other = library.files[catalog.id] {
                diagnostics.append(Diagnostic(.catalog(.duplicateCatalog(id: catalog.id, otherFile: other)), at: Diagnostic.Location(file: path)))
                continue
            }
            library.files[catalog.id] = path
            library.catalogs.append(catalog)
        }
        let indicatorCatalogs = library.catalogs.compactMap { loaded -> IndicatorCatalog? in
            if case .indicators(let c) = loaded { return c }
            return nil
        }
        for crosswalk in library.crosswalks { diagnostics += CrosswalkLoader.check(crosswalk, catalogs: indicatorCatalogs) }
        library.indicatorCatalogs = indicatorCatalogs
        return (library, diagnostics)
    }

    /// Every indicator catalog of the folder (all methods, not only the policy's).
    var indicatorCatalogs: [IndicatorCatalog] = []

    /// The file's top-level `kind`, which decides its loader. A file that does not parse is
    /// left to the catalog loader, which reports where it breaks.
    static func kind(_ bytes: [UInt8]) -> String? {
        JSONReader.read(bytes: bytes, file: "").root?["kind"]?.stringValue
    }

    /// The catalogs the policy names, or diagnostics saying which is missing or of the wrong kind.
    func resolve(_ methods: Policy.Methods, policyFile: String, searched: String) -> (CatalogSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let at = Diagnostic.Location(file: policyFile, context: .jsonPath("methods"))
        func indicatorCatalog(_ id: String, kind: IndicatorCatalog.Kind) -> IndicatorCatalog? {
            switch catalogs.first(where: { $0.id == id }) {
            case .indicators(let c)? where c.kind == kind: return c
            case .indicators(let c)?:
                diagnostics.append(Diagnostic(.catalog(.catalogKindMismatch(id: id, found: c.kind.rawValue, expected: kind.rawValue)), at: at))
            case .stages?:
                diagnostics.append(Diagnostic(.catalog(.catalogKindMismatch(id: id, found: "service-stages", expected: kind.rawValue)), at: at))
            case nil:
                diagnostics.append(Diagnostic(.catalog(.catalogNotFound(id: id, searched: [searched])), at: at))
            }
            return nil
        }
        let index = indicatorCatalog(methods.index, kind: .index)
        let dimensions = indicatorCatalog(methods.dimensions, kind: .dimensions)
        var stages: ServiceStageCatalog?
        switch catalogs.first(where: { $0.id == methods.stages }) {
        case .stages(let c)?: stages = c
        case .indicators(let c)?:
            diagnostics.append(Diagnostic(.catalog(.catalogKindMismatch(id: c.id, found: c.kind.rawValue, expected: "service-stages")), at: at))
        case nil:
            diagnostics.append(Diagnostic(.catalog(.catalogNotFound(id: methods.stages, searched: [searched])), at: at))
        }
        guard let index, let dimensions, let stages else { return (nil, diagnostics) }
        return (CatalogSet(index: index, dimensions: dimensions, stages: stages), diagnostics)
    }
}
