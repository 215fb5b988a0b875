/// One indicator of a catalog: what is assessed, how much it weighs, on which scale, and who
/// inside the city answers it.
public struct Indicator: Sendable {
    public var id: String
    public var number: Int?
    public var name: LocalizedText
    public var description: LocalizedText?
    /// Percent of the whole catalog (SPBE-01: 1.3).
    public var weight: Fraction
    /// Key of the `LevelScale` it is answered on.
    public var scale: String
    public var answeredBy: Applicability
    public var cityLevel: CityLevelRule
    /// The criterion of each level, index `level - 1`.
    public var criteria: [LocalizedText]
    /// Smart-city element key, when the catalog has elements.
    public var element: String?
    /// Ids of the enclosing groups, outermost first (`["D1", "A1"]`).
    public var groupPath: [String]
    /// Where the indicator is defined, for messages.
    public var line: Int
    /// The user-survey measure that suggests this indicator's level (`"survey"` in the
    /// catalog), when the method assesses user satisfaction.
    public var survey: SurveyMeasure? = nil
    /// Other names a person may type for it: codes seen in official material (`I1`, `1.1`)
    /// and the assessors' names.
    public var aliases: [String] = []
    /// The evidence items of each level, index `level - 1`; empty when the method scores
    /// whole levels.
    public var evidence: [[EvidenceItem]] = []
    /// The external index the value is taken from, when the method does not score it from
    /// the city's own evidence.
    public var external: ExternalIndexMapping? = nil
    /// An external index the evidence must include, fresh enough.
    public var requiredIndex: RequiredIndex? = nil

    /// The number of evidence items over all levels.
    public var itemCount: Int { evidence.reduce(0) { $0 + $1.count } }
}

/// What a period's user survey (`survey.csv`) says about an indicator (docs/workspace.md).
public enum SurveyMeasure: String, Sendable, Hashable, CaseIterable {
    /// The OPD's own users: respondent-weighted mean of benefit and (6 − cost/risk), 1–5.
    case satisfaction
    /// The city as a whole: the share of its services with a survey of at least 30
    /// respondents — 0 % level 1, 25 % level 2, 50 % level 3, 75 % level 4, 100 % level 5.
    case coverage
}

/// Which OPDs of a city answer an indicator.
///
/// The official evaluation scores the government as a whole; inside the city most
/// indicators have one owner (planning belongs to the planning agency), while some are
/// answered by every OPD or by those with a tag. The catalog names roles and tags; the city's
/// policy binds roles to its own OPDs, so catalogs stay national.
public enum Applicability: Sendable, Hashable {
    /// The single OPD bound to this role by the policy.
    case role(String)
    /// Every OPD.
    case all
    /// Every OPD carrying at least one of these tags.
    case tags([String])
}

/// How the city's level of an indicator is formed from the OPDs that answer it.
public enum CityLevelRule: String, Sendable, Hashable, CaseIterable {
    /// The owning OPD's level.
    case owner
    /// The mean over answering OPDs (rounded as the catalog's `cityMean` says).
    case mean
    /// The lowest level among answering OPDs.
    case min
}

/// Lenient comparison of indicator ids, for input typed by people.
public enum IndicatorID {
    /// Upper-cases and drops leading zeros of a trailing number: `spbe-07`, `SPBE-7` and
    /// `Spbe-007` are the same indicator.
    public static func normalized(_ raw: String) -> String {
        let trimmed = raw.trimmingSpaces().uppercased()
        guard let dash = trimmed.lastIndex(of: "-") else { return trimmed }
        let digits = trimmed[trimmed.index(after: dash)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return trimmed }
        let stripped = digits.drop { $0 == "0" }
        return String(trimmed[...dash]) + (stripped.isEmpty ? "0" : String(stripped))
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{00A0}" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{00A0}" { s.removeLast() }
        return String(s)
    }
}
