/// A method's names as its readers know them, from the catalog: never written in code.
extension IndicatorCatalog {
    /// The result's name ("Indeks Pemdi", "SPBE index").
    func name(_ l: Language) -> String { shortName.text(l) }

    /// The words for its groups, outermost first, in running text: "domain dan aspek",
    /// "aspek" (Indonesian), "domain and aspect".
    func groupWords(_ l: Language) -> String {
        let words = hierarchy.map { $0.name.text(l).lowercased() }
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + l.pick(id: " dan ", en: " and ") + last
    }

    /// The words for its groups as a column heading: "Domain / aspek".
    func groupHeading(_ l: Language) -> String {
        let words = hierarchy.enumerated().map { i, h in i == 0 ? h.name.text(l) : h.name.text(l).lowercased() }
        return words.joined(separator: " / ")
    }

    /// The word for its outermost groups, lowercased ("domain", "aspek", "dimension").
    func groupWord(_ l: Language) -> String { hierarchy.first?.name.text(l).lowercased() ?? "" }

    /// The prefix its indicator ids share ("PEMDI-", "SC-"), when they share one.
    var idPrefix: String? {
        guard let first = indicators.first?.id, let dash = first.firstIndex(of: "-") else { return nil }
        let prefix = String(first[...dash])
        return indicators.allSatisfy { $0.id.hasPrefix(prefix) } ? prefix : nil
    }
}

extension String {
    /// The text with its first letter capital, for a name that starts a sentence.
    var capitalizedFirst: String { first.map { $0.uppercased() + dropFirst() } ?? self }
}

extension CityProgress {
    /// The names of the index methods the periods were assessed with, in order: "Indeks SPBE
    /// dan Indeks Pemdi".
    func methodNames(_ l: Language) -> String {
        var names: [String] = []
        for r in reports where !names.contains(r.catalogs.index.name(l)) { names.append(r.catalogs.index.name(l)) }
        return names.count < 2 ? names.first ?? "" : names.dropLast().joined(separator: ", ") + l.pick(id: " dan ", en: " and ") + names.last!
    }
}
