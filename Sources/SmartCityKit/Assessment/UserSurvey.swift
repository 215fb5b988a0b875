/// A period's user-survey summary (`assessments/<period>/survey.csv`): per service of an OPD,
/// how many users answered and their mean scores for benefit and for cost/risk, both on 1–5.
///
/// Columns (Indonesian or English): `opd`, `layanan|service`, `responden|respondents`,
/// `manfaat|benefit`, `biaya|cost`. Every bad cell is reported at its position.
public struct UserSurvey: Sendable {
    public struct Row: Sendable {
        public var opd: Int
        public var service: String
        public var respondents: Int
        public var benefit: Fraction
        public var cost: Fraction
        public var line: Int
    }

    public var file: String
    public var rows: [Row]

    /// Respondents at least, for a service to count as surveyed (`coverage`).
    public static let minimumRespondents = 30

    /// Respondents one row may claim: more than any city's population, few enough that the
    /// weighted sums over every row of a survey stay far inside 64 bits.
    public static let respondentRange = 1...10_000_000

    public static func read(bytes: [UInt8], file: String, workspace: Workspace) -> (survey: UserSurvey?, diagnostics: [Diagnostic]) {
        let (table, csvDiagnostics) = CSVReader.read(bytes: bytes, file: file)
        guard let table else { return (nil, csvDiagnostics) }
        var diagnostics = csvDiagnostics
        let (found, missing) = table.columns([["opd"], ["layanan", "service"], ["responden", "respondents"], ["manfaat", "benefit"],
                                              ["biaya", "cost", "risiko", "risk"]])
        guard let found else { return (nil, diagnostics + [missing].compactMap { $0 }) }
        let (o, s, r, b, c) = (found[0], found[1], found[2], found[3], found[4])
        var rows: [Row] = []
        for row in table.rows {
            func at(_ index: Int) -> Diagnostic.Location { table.location(row, index) }
            func text(_ index: Int) -> String { table.text(row, index) }
            func fail(_ index: Int, _ expected: String) {
                diagnostics.append(Diagnostic(.workspace(.surveyValue(column: table.header[index].value, found: text(index), expected: expected)), at: at(index)))
            }
            guard let opd = workspace.opdIndex[text(o)] else {
                diagnostics.append(Diagnostic(.workspace(.unknownOPD(text(o), suggestion: Suggestion.closest(to: text(o), in: workspace.opds.map(\.id)))), at: at(o)))
                continue
            }
            let service = text(s)
            guard !service.isEmpty else { fail(s, "a service name"); continue }
            guard let respondents = Int(text(r)), respondents >= 1 else { fail(r, "1, 2, 3, …"); continue }
            guard respondentRange.contains(respondents) else {
                diagnostics.append(Diagnostic(.workspace(.numberOutOfRange(found: text(r), range: respondentRange)), at: at(r)))
                continue
            }
            func score(_ index: Int) -> Fraction? {
                // At most four decimals, as survey tools export means: bounds the denominators
                // of the weighted sums.
                let literal = text(index).replacingCommaDecimal
                guard Fraction.decimals(of: literal) <= 4, let f = Fraction(decimal: literal), Fraction.one <= f, f <= Fraction(5) else { return nil }
                return f
            }
            guard let benefit = score(b) else { fail(b, "1–5"); continue }
            guard let cost = score(c) else { fail(c, "1–5"); continue }
            rows.append(Row(opd: opd, service: service, respondents: respondents, benefit: benefit, cost: cost, line: row.line))
        }
        return (UserSurvey(file: file, rows: rows), diagnostics)
    }
}

extension String {
    /// `3,5` read as `3.5`: survey tools in an Indonesian locale write decimal commas.
    fileprivate var replacingCommaDecimal: String { String(map { $0 == "," ? "." : $0 }) }
}
