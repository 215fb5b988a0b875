/// An index another agency publishes that a method takes an indicator's value from
/// (Indeks SDI of Bappenas for Pemdi I5): its range and who to ask for it.
public struct ExternalIndexDefinition: Sendable, Hashable {
    public var key: String
    public var name: LocalizedText
    /// The agency that publishes it, as a person would name it (`Bappenas`).
    public var agency: String
    public var minimum: Fraction
    public var maximum: Fraction
}

/// How an indicator's value follows from an external index: the index's band for each
/// level, mapped piecewise-linearly onto the catalog's value bands (SDI 12.5–37.5 onto
/// 1.50–2.50, so SDI 25 gives 2.00).
public struct ExternalIndexMapping: Sendable, Hashable {
    public var index: String
    /// The index's band per level, lowest level first, `(from, to)`.
    public var bands: [(from: Fraction, to: Fraction)]

    public static func == (a: ExternalIndexMapping, b: ExternalIndexMapping) -> Bool {
        a.index == b.index && a.bands.map(\.from) == b.bands.map(\.from) && a.bands.map(\.to) == b.bands.map(\.to)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(index)
        for band in bands { hasher.combine(band.from); hasher.combine(band.to) }
    }
}

/// An external index the evidence of an indicator must include, fresh enough (IKASANDI of
/// BSSN, no older than 12 months, for Pemdi I10–I12).
public struct RequiredIndex: Sendable, Hashable {
    public var index: String
    public var maximumAgeMonths: Int
}
