/// Reads a crosswalk file with positions, and checks it against the two catalogs it joins.
public enum CrosswalkLoader {
    public static func load(bytes: [UInt8], file: String) -> (crosswalk: Crosswalk?, diagnostics: [Diagnostic]) {
        JSONContext.load(bytes: bytes, file: file) { read($0, context: $1) }
    }

    static func read(_ root: JSONNode, context: JSONContext) -> Crosswalk? {
        let known = ["format", "id", "kind", "version", "title", "source", "notes", "from", "to", "links"]
        guard let top = context.object(root, path: "", known: known) else { return nil }
        top.checkFormat(1, required: true)
        _ = top.texts("notes", required: false)
        _ = top.word("kind", oneOf: ["crosswalk"])
        let id = top.string("id"), version = top.string("version"), title = top.text("title")
        let citation = top.object("source", known: ["citation", "date", "url"]).flatMap { $0.string("citation") }
        let from = top.string("from"), to = top.string("to")
        var links: [Crosswalk.Link] = []
        var seen: [String: Int] = [:]
        for (node, path) in top.array("links") ?? [] {
            guard let o = context.object(node, path: path, known: ["pemdi", "target", "spbe", "sources", "combine", "reason"]) else { continue }
            let target = o.has("pemdi") ? o.string("pemdi") : o.string("target")
            let reason = o.text("reason")
            let combine = o.word("combine", oneOf: ["mean", "none"])
            var sources: [Crosswalk.Source] = []
            let key = o.has("spbe") ? "spbe" : "sources"
            for (sourceNode, sourcePath) in o.array(key) ?? [] {
                guard let s = context.object(sourceNode, path: sourcePath, known: ["indicator", "weight", "reason"]) else { continue }
                let indicator = s.string("indicator"), weight = s.decimal("weight"), why = s.text("reason")
                if let weight, !(Fraction.zero < weight) {
                    context.report(.weightNotPositive(weight), at: s.members["weight"], path: s.path("weight"))
                    continue
                }
                guard let indicator, let weight, let why else { continue }
                if sources.contains(where: { IndicatorID.normalized($0.indicator) == IndicatorID.normalized(indicator) }) {
                    context.report(.duplicateID(indicator, firstLine: sourceNode.line), at: s.members["indicator"], path: s.path("indicator"))
                    continue
                }
                sources.append(Crosswalk.Source(indicator: indicator, weight: weight, reason: why))
            }
            if let combine, (combine == "none") != sources.isEmpty {
                context.report(.notOneOf(found: combine, allowed: [sources.isEmpty ? "none" : "mean"]), at: o.members["combine"], path: o.path("combine"))
            }
            if let target {
                if let first = seen[IndicatorID.normalized(target)] {
                    context.report(.duplicateID(target, firstLine: first), at: o.members["pemdi"] ?? o.members["target"], path: path)
                    continue
                }
                seen[IndicatorID.normalized(target)] = node.line
            }
            guard let target, let reason else { continue }
            links.append(Crosswalk.Link(target: target, sources: sources, reason: reason, line: node.line))
        }
        guard let id, let version, let title, let citation, let from, let to else { return nil }
        return Crosswalk(id: id, version: version, title: title, citation: citation, from: from, to: to, links: links, file: context.file)
    }

    /// Findings about references: `from` and `to` must be index catalogs of the library, every
    /// indicator of `to` must have exactly one link, and every linked indicator must exist.
    static func check(_ crosswalk: Crosswalk, catalogs: [IndicatorCatalog]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ line: Int? = nil) -> Diagnostic.Location { Diagnostic.Location(file: crosswalk.file, line: line) }
        let from = catalogs.first { $0.id == crosswalk.from }, to = catalogs.first { $0.id == crosswalk.to }
        if from == nil { out.append(Diagnostic(.catalog(.catalogNotFound(id: crosswalk.from, searched: [crosswalk.file])), at: at())) }
        if to == nil { out.append(Diagnostic(.catalog(.catalogNotFound(id: crosswalk.to, searched: [crosswalk.file])), at: at())) }
        guard let from, let to else { return out }
        for link in crosswalk.links {
            if to.position(of: link.target) == nil {
                out.append(Diagnostic(.catalog(.unknownElement(link.target, known: to.indicators.map(\.id))), at: at(link.line)))
            }
            for source in link.sources where from.position(of: source.indicator) == nil {
                out.append(Diagnostic(.catalog(.unknownElement(source.indicator, known: from.indicators.map(\.id))), at: at(link.line)))
            }
        }
        let linked = Set(crosswalk.links.compactMap { to.position(of: $0.target) })
        for (i, indicator) in to.indicators.enumerated() where !linked.contains(i) {
            out.append(Diagnostic(.catalog(.missingKey("links: \(indicator.id)")), at: at()))
        }
        return out
    }
}
