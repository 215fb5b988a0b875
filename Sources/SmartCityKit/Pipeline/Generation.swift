/// What `smartcity generate` produced.
public struct GenerationResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var files: Int
    public var writeFailure: FileError?
}

extension Pipeline {
    /// Loads the catalogs of `indicators` (the official index `spbe-2020`, `smart-city` and
    /// `service-stages` when present, else the first catalog of each kind) and writes a
    /// synthetic workspace of `opdCount` OPDs to `out`.
    public static func generate(indicators: String, opdCount: Int, seed: UInt64, out: String) -> GenerationResult {
        let (library, diagnostics) = CatalogLibrary.load(directory: indicators)
        guard !diagnostics.hasErrors else { return GenerationResult(diagnostics: diagnostics, files: 0) }
        func pick(_ preferred: String, _ kind: IndicatorCatalog.Kind) -> IndicatorCatalog? {
            let all = library.catalogs.compactMap { loaded -> IndicatorCatalog? in
                if case .indicators(let c) = loaded, c.kind == kind { return c }
                return nil
            }
            return all.first { $0.id == preferred } ?? all.first
        }
        let stages = library.catalogs.compactMap { loaded -> ServiceStageCatalog? in
            if case .stages(let c) = loaded { return c }
            return nil
        }
        guard let index = pick("spbe-2020", .index), let dimensions = pick("smart-city", .dimensions),
              let stage = stages.first(where: { $0.id == "service-stages" }) ?? stages.first else {
            let missing = Diagnostic(.catalog(.catalogNotFound(id: "spbe-2020, smart-city, service-stages", searched: [indicators])),
                                     at: Diagnostic.Location(file: indicators))
            return GenerationResult(diagnostics: diagnostics + [missing], files: 0)
        }
        var catalogFiles: [(name: String, bytes: [UInt8])] = []
        // The training catalog travels too, so the workspace can be planned (Bimtek).
        for path in [index.id, dimensions.id, stage.id].compactMap({ library.files[$0] }) + library.training.prefix(1).map(\.file) {
            do {
                catalogFiles.append((String(path.split(separator: "/").last ?? ""), try FileSystem.readBytes(path)))
            } catch {
                return GenerationResult(diagnostics: diagnostics + [Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: path))], files: 0)
            }
        }
        // The rules travel with the catalogs, so the workspace is scored as the city would be.
        let rulesDirectory = FileSystem.join(indicators, "rules")
        for name in ((try? FileSystem.list(rulesDirectory)) ?? []) where name.lowercased().hasSuffix(".json") {
            let path = FileSystem.join(rulesDirectory, name)
            do {
                catalogFiles.append(("rules/" + name, try FileSystem.readBytes(path)))
            } catch {
                return GenerationResult(diagnostics: diagnostics + [Diagnostic(.workspace(.unreadable(error)), at: Diagnostic.Location(file: path))], files: 0)
            }
        }
        let files = WorkspaceGenerator.generate(catalogs: CatalogSet(index: index, dimensions: dimensions, stages: stage),
                                                catalogFiles: catalogFiles, opdCount: opdCount, seed: seed) { policy, workspace in
            RuleLoader.load(directories: [rulesDirectory], catalogs: CatalogSet(index: index, dimensions: dimensions, stages: stage),
                            policy: policy, workspace: workspace).0.applies
        }
        // A generated workspace is an output like any other: written whole into a folder of its
        // own, and a re-generation replaces only what the previous one wrote.
        let (_, failure) = OutputFolder.writing(out, replacing: .everything) { folder in
            for file in files {
                do throws(FileError) { try folder.write(file.bytes, at: file.path) } catch { return ([], error) }
            }
            return ([], nil)
        }
        if let failure { return GenerationResult(diagnostics: diagnostics, files: 0, writeFailure: failure) }
        return GenerationResult(diagnostics: diagnostics, files: files.count)
    }
}
