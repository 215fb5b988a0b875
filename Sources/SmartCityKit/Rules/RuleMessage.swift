/// Findings of the rule loader: broken expressions and inconsistent rule files.
public enum RuleMessage: StageMessage {
    /// An expression that does not parse or check; `column` counts from 1 inside the expression.
    case expression(rule: String, key: String, problem: RuleProblem, column: Int)
    case duplicateRule(String, otherFile: String, line: Int)
    case invalidRuleID(String)
    case unknownAction(String, in: String, suggestion: String?)
    case requiresCycle([String])
    case readinessMissing(status: String)
    case duplicateReadiness(status: String, first: String)
    case unknownPlaceholder(String, known: [String])
    case unknownOwnerRole(String)
    case unknownOwnerOPD(String)
    case ownerShape(String)
    case requiresNothing(String)
    case effortNotPositive(String)
    case daysPerItemNotPositive(String)
    case daysPerItemRequired(indicator: String)
    /// A rule whose arithmetic left the exact range while it was evaluated for one OPD
    /// (and indicator, for a rule over indicators); the rule is treated as not firing there.
    case evaluationOverflow(rule: String, opd: String, indicator: String?)

    public var code: String {
        switch self {
        case .expression(_, _, let problem, _): return problem.code
        case .duplicateRule: return "RUL101"
        case .invalidRuleID: return "RUL102"
        case .unknownAction: return "RUL103"
        case .requiresCycle: return "RUL104"
        case .readinessMissing: return "RUL105"
        case .duplicateReadiness: return "RUL106"
        case .unknownPlaceholder: return "RUL107"
        case .unknownOwnerRole: return "RUL108"
        case .unknownOwnerOPD: return "RUL109"
        case .ownerShape: return "RUL110"
        case .requiresNothing: return "RUL111"
        case .effortNotPositive: return "RUL112"
        case .daysPerItemNotPositive: return "RUL113"
        case .daysPerItemRequired: return "RUL114"
        case .evaluationOverflow: return "RUL120"
        }
    }

    public var defaultSeverity: Diagnostic.Severity { .error }

    public func text(_ l: Language) -> String {
        func list(_ words: [String]) -> String { words.map { "\"\($0)\"" }.joined(separator: ", ") }
        switch self {
        case .expression(let rule, let key, let problem, let column):
            return l.pick(id: "aturan \"\(rule)\", \(key) kolom \(column): \(problem.text(l))",
                          en: "rule \"\(rule)\", \(key) column \(column): \(problem.text(l))")
        case .duplicateRule(let id, let file, let line):
            return l.pick(id: "id aturan \"\(id)\" sudah dipakai di \(file):\(line)", en: "rule id \"\(id)\" is already used in \(file):\(line)")
        case .invalidRuleID(let id):
            return l.pick(id: "id aturan \"\(id)\" tidak sah; gunakan huruf kecil, angka dan tanda hubung",
                          en: "rule id \"\(id)\" is not valid; use lower-case letters, digits and hyphens")
        case .unknownAction(let id, let rule, let s):
            let hint = s.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? ""
            return l.pick(id: "aturan \"\(rule)\" menyebut tindakan \"\(id)\" yang tidak ada\(hint)",
                          en: "rule \"\(rule)\" names action \"\(id)\", which does not exist\(hint)")
        case .requiresCycle(let ids):
            let chain = ids.map { "\"\($0)\"" }.joined(separator: " → ")
            return l.pick(id: "prasyarat membentuk siklus: \(chain)", en: "prerequisites form a cycle: \(chain)")
        case .readinessMissing(let status):
            return l.pick(id: "tidak ada definisi \"\(status)\": tambahkan aturan readiness atau kunci readiness di kebijakan",
                          en: "\"\(status)\" is not defined: add a readiness rule or the policy's readiness key")
        case .duplicateReadiness(let status, let first):
            return l.pick(id: "\"\(status)\" sudah didefinisikan oleh aturan \"\(first)\"", en: "\"\(status)\" is already defined by rule \"\(first)\"")
        case .unknownPlaceholder(let p, let known):
            return l.pick(id: "variabel {\(p)} tidak dikenal (yang ada: \(list(known)))", en: "unknown placeholder {\(p)} (known: \(list(known)))")
        case .unknownOwnerRole(let role):
            return l.pick(id: "peran pemilik \"\(role)\" tidak diikat ke OPD mana pun di kebijakan", en: "owner role \"\(role)\" is not bound to any OPD in the policy")
        case .unknownOwnerOPD(let opd):
            return l.pick(id: "OPD pemilik \"\(opd)\" tidak ada di opds.csv", en: "owner OPD \"\(opd)\" is not in opds.csv")
        case .ownerShape(let found):
            return l.pick(id: "pemilik \"\(found)\" tidak sah; tulis responsible, role:PERAN atau opd:ID",
                          en: "owner \"\(found)\" is not valid; write responsible, role:ROLE or opd:ID")
        case .requiresNothing(let rule):
            return l.pick(id: "aturan requires \"\(rule)\" tidak memuat after maupun condition", en: "requires rule \"\(rule)\" has neither after nor condition")
        case .effortNotPositive(let found):
            return l.pick(id: "lama kerja \(found) bulan tidak sah; seharusnya lebih dari 0", en: "effort of \(found) months is not valid; expected more than 0")
        case .daysPerItemNotPositive(let found):
            return l.pick(id: "hari kerja per butir \(found) tidak sah; seharusnya lebih dari 0", en: "days of work per item \(found) is not valid; expected more than 0")
        case .daysPerItemRequired(let indicator):
            return l.pick(id: "indikator \(indicator) dinilai dari butir data dukung: tulis effort.daysPerItem, hari kerja untuk menyiapkan satu butir",
                          en: "indicator \(indicator) is scored from evidence items: give effort.daysPerItem, the days of work to prepare one item")
        case .evaluationOverflow(let rule, let opd, let indicator):
            let at = indicator.map { l.pick(id: ", indikator \($0)", en: ", indicator \($0)") } ?? ""
            return l.pick(id: "aturan \"\(rule)\" untuk OPD \"\(opd)\"\(at): hasil hitungannya terlalu besar untuk dihitung tepat (pembilang dan penyebut paling banyak 19 digit); aturan dianggap tidak berlaku di sini — periksa angka masukannya",
                          en: "rule \"\(rule)\" for OPD \"\(opd)\"\(at): its arithmetic gives a number too large to compute exactly (numerator and denominator at most 19 digits); the rule is taken as not firing here — check the input numbers")
        }
    }
}

extension RuleProblem {
    /// Stable codes: RUL001–RUL009 syntax, RUL010–RUL019 names and calls, RUL020–RUL029 types, RUL030+ limits and arithmetic.
    public var code: String {
        switch self {
        case .badNumber: return "RUL001"
        case .unterminatedString: return "RUL002"
        case .singleEquals: return "RUL003"
        case .unexpectedCharacter: return "RUL004"
        case .unexpectedToken: return "RUL005"
        case .unexpectedEnd: return "RUL006"
        case .expected: return "RUL007"
        case .chainedComparison: return "RUL008"
        case .unknownName: return "RUL010"
        case .unknownFunction: return "RUL011"
        case .unknownMember: return "RUL012"
        case .wrongArity: return "RUL013"
        case .unknownIndicator: return "RUL014"
        case .unknownDimension: return "RUL015"
        case .unknownDomain: return "RUL016"
        case .indicatorArgumentNotLiteral: return "RUL017"
        case .notAvailable: return "RUL018"
        case .typeMismatch: return "RUL020"
        case .expectedType: return "RUL021"
        case .emptyList: return "RUL022"
        case .tooDeep: return "RUL030"
        case .tooLong: return "RUL031"
        case .constantOverflow: return "RUL032"
        }
    }
}
