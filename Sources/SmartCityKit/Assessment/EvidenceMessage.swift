/// Findings about a period's evidence register (`evidence.csv`), assessor values
/// (`assessor-values.csv`) and external indices (`external-indices.csv`), and about the
/// values formed from them.
public enum EvidenceMessage: StageMessage {
    case unknownItem(String, suggestion: String?)
    /// `I1-L6-01`: the indicator has no such level.
    case levelNotInIndicator(code: String, indicator: String, levels: ClosedRange<Int>)
    /// An item of an indicator the method takes from another agency's index.
    case itemOfExternalIndicator(code: String, indicator: String, index: String, agency: String)
    case unknownStatus(String, allowed: [String])
    case revisionKindRequired
    case revisionKindWithoutRevision(status: String)
    case responseWithoutRevision(status: String)
    case unknownRevisionKind(String, allowed: [String])
    case duplicateItem(String, firstLine: Int)
    case invalidDate(String)
    case dateAfterPeriod(date: String, period: String)
    case unknownOwner(String, suggestion: String?)
    /// An item or indicator code of another method than the period's.
    case itemOfAnotherMethod(code: String, method: String, period: String)
    case unknownIndicator(String, suggestion: String?)
    case assessorValueForExternalIndicator(indicator: String)
    case invalidValue(String, expected: String)
    case reasonRequired(indicator: String)
    case duplicateIndicator(String, firstLine: Int)
    /// An assessor value outside the band of the level the evidence reaches.
    case assessorValueOutsideBand(indicator: String, value: Fraction, level: Int, bottom: Fraction, top: Fraction)
    case unknownExternalIndex(String, known: [String])
    case externalIndexOutOfRange(index: String, found: String, minimum: Fraction, maximum: Fraction)
    case sourceRequired(index: String)
    case duplicateExternalIndex(String, firstLine: Int)
    /// No value of an index an indicator is taken from: the indicator counts 1.00.
    case externalIndexMissing(indicator: String, index: String, agency: String)
    /// An index the evidence must include is missing or older than allowed.
    case requiredIndexStale(indicator: String, index: String, date: String?, months: Int)

    public var code: String {
        switch self {
        case .unknownItem: return "EV001"
        case .levelNotInIndicator: return "EV002"
        case .itemOfExternalIndicator: return "EV003"
        case .unknownStatus: return "EV004"
        case .revisionKindRequired: return "EV005"
        case .revisionKindWithoutRevision: return "EV006"
        case .unknownRevisionKind: return "EV007"
        case .duplicateItem: return "EV008"
        case .invalidDate: return "EV009"
        case .dateAfterPeriod: return "EV010"
        case .unknownOwner: return "EV011"
        case .itemOfAnotherMethod: return "EV012"
        case .unknownIndicator: return "EV020"
        case .assessorValueForExternalIndicator: return "EV021"
        case .invalidValue: return "EV022"
        case .reasonRequired: return "EV023"
        case .duplicateIndicator: return "EV024"
        case .assessorValueOutsideBand: return "EV025"
        case .unknownExternalIndex: return "EV030"
        case .externalIndexOutOfRange: return "EV031"
        case .sourceRequired: return "EV032"
        case .duplicateExternalIndex: return "EV033"
        case .externalIndexMissing: return "EV034"
        case .responseWithoutRevision: return "EV036"
        case .requiredIndexStale: return "EV035"
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .externalIndexMissing, .requiredIndexStale: return .warning
        default: return .error
        }
    }

    public func text(_ l: Language) -> String {
        func dec(_ f: Fraction) -> String { f.formatted(decimals: 2, decimalSeparator: l == .id ? "," : ".") }
        func hint(_ s: String?) -> String { s.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? "" }
        switch self {
        case .unknownItem(let code, let s):
            return l.pick(id: "butir data dukung \"\(code)\" tidak ada dalam metode periode ini\(hint(s))",
                          en: "evidence item \"\(code)\" is not in this period's method\(hint(s))")
        case .levelNotInIndicator(let code, let indicator, let levels):
            return l.pick(id: "butir \"\(code)\": indikator \(indicator) hanya punya tingkat \(levels.lowerBound)–\(levels.upperBound)",
                          en: "item \"\(code)\": indicator \(indicator) has levels \(levels.lowerBound)–\(levels.upperBound) only")
        case .itemOfExternalIndicator(let code, let indicator, let index, let agency):
            return l.pick(id: "butir \"\(code)\": nilai \(indicator) diambil dari \(index) (\(agency)), bukan dari data dukung kota; isi nilainya di external-indices.csv",
                          en: "item \"\(code)\": the value of \(indicator) is taken from \(index) (\(agency)), not from the city's evidence; put its value in external-indices.csv")
        case .unknownStatus(let found, let allowed):
            return l.pick(id: "status \"\(found)\" tidak dikenal; seharusnya salah satu dari \(allowed.joined(separator: ", "))",
                          en: "unknown status \"\(found)\"; expected one of \(allowed.joined(separator: ", "))")
        case .revisionKindRequired:
            return l.pick(id: "status revisi memerlukan jenis revisi: tidak-tepat, belum-diunggah atau otomatis-ditolak",
                          en: "a revision needs its kind: tidak-tepat (wrong evidence), belum-diunggah (not uploaded) or otomatis-ditolak (rejected automatically)")
        case .revisionKindWithoutRevision(let status):
            return l.pick(id: "jenis revisi hanya diisi bila status revisi, bukan \"\(status)\"",
                          en: "a revision kind is given only with status revisi, not \"\(status)\"")
        case .responseWithoutRevision(let status):
            return l.pick(id: "tanggapan (dokumen yang menjawab catatan asesor, untuk sanggah) hanya diisi bila status revisi, bukan \"\(status)\"",
                          en: "a response (the document that answers the assessor's note, for the appeal) is given only with status revisi, not \"\(status)\"")
        case .unknownRevisionKind(let found, let allowed):
            return l.pick(id: "jenis revisi \"\(found)\" tidak dikenal; seharusnya salah satu dari \(allowed.joined(separator: ", "))",
                          en: "unknown revision kind \"\(found)\"; expected one of \(allowed.joined(separator: ", "))")
        case .duplicateItem(let code, let first):
            return l.pick(id: "butir \"\(code)\" sudah tercatat di baris \(first)", en: "item \"\(code)\" is already listed on line \(first)")
        case .invalidDate(let found):
            return l.pick(id: "tanggal \"\(found)\" tidak sah; seharusnya YYYY-MM-DD", en: "date \"\(found)\" is not valid; expected YYYY-MM-DD")
        case .dateAfterPeriod(let date, let period):
            return l.pick(id: "tanggal \(date) sesudah tanggal periode \(period)", en: "date \(date) is after the period's date \(period)")
        case .unknownOwner(let found, let s):
            return l.pick(id: "pemilik \"\(found)\" bukan id OPD di opds.csv\(hint(s))", en: "owner \"\(found)\" is not an OPD id of opds.csv\(hint(s))")
        case .itemOfAnotherMethod(let code, let method, let period):
            return l.pick(id: "\"\(code)\" milik metode \(method), bukan metode periode ini (\(period))",
                          en: "\"\(code)\" belongs to method \(method), not to this period's method (\(period))")
        case .unknownIndicator(let found, let s):
            return l.pick(id: "indikator \"\(found)\" tidak ada dalam metode periode ini\(hint(s))", en: "indicator \"\(found)\" is not in this period's method\(hint(s))")
        case .assessorValueForExternalIndicator(let indicator):
            return l.pick(id: "nilai \(indicator) diambil dari indeks instansi lain; asesor tidak menetapkannya di sini",
                          en: "the value of \(indicator) is taken from another agency's index; an assessor does not set it here")
        case .invalidValue(let found, let expected):
            return l.pick(id: "nilai \"\(found)\" tidak sah; seharusnya \(expected)", en: "value \"\(found)\" is not valid; expected \(expected)")
        case .reasonRequired(let indicator):
            return l.pick(id: "nilai asesor untuk \(indicator) memerlukan alasan", en: "the assessor's value for \(indicator) needs a reason")
        case .duplicateIndicator(let indicator, let first):
            return l.pick(id: "indikator \(indicator) sudah punya nilai asesor di baris \(first)", en: "indicator \(indicator) already has an assessor value on line \(first)")
        case .assessorValueOutsideBand(let indicator, let value, let level, let bottom, let top):
            return l.pick(id: "nilai asesor \(dec(value)) untuk \(indicator) di luar rentang tingkat \(level) yang dicapai data dukung (\(dec(bottom))–\(dec(top)))",
                          en: "the assessor's value \(dec(value)) for \(indicator) is outside the band of level \(level), which the evidence reaches (\(dec(bottom))–\(dec(top)))")
        case .unknownExternalIndex(let found, let known):
            return l.pick(id: "indeks \"\(found)\" tidak dikenal; seharusnya salah satu dari \(known.joined(separator: ", "))",
                          en: "unknown index \"\(found)\"; expected one of \(known.joined(separator: ", "))")
        case .externalIndexOutOfRange(let index, let found, let minimum, let maximum):
            return l.pick(id: "nilai \(index) \"\(found)\" di luar skalanya \(dec(minimum))–\(dec(maximum))",
                          en: "\(index) value \"\(found)\" is outside its scale \(dec(minimum))–\(dec(maximum))")
        case .sourceRequired(let index):
            return l.pick(id: "nilai \(index) memerlukan sumbernya (dokumen atau tautan resmi)", en: "the \(index) value needs its source (an official document or link)")
        case .duplicateExternalIndex(let index, let first):
            return l.pick(id: "indeks \(index) sudah tercatat di baris \(first)", en: "index \(index) is already listed on line \(first)")
        case .externalIndexMissing(let indicator, let index, let agency):
            return l.pick(id: "\(indicator) dihitung 1,00: belum ada nilai \(index); mintalah hasil resminya kepada \(agency)",
                          en: "\(indicator) counts 1.00: there is no \(index) value yet; ask \(agency) for the official result")
        case .requiredIndexStale(let indicator, let index, let date, let months):
            if let date {
                return l.pick(id: "\(indicator): nilai \(index) bertanggal \(date), lebih dari \(months) bulan sebelum tanggal periode; asesor dapat menolaknya sebagai data dukung",
                              en: "\(indicator): the \(index) value is dated \(date), more than \(months) months before the period's date; the assessor may reject it as evidence")
            }
            return l.pick(id: "\(indicator): belum ada nilai \(index) (paling lama \(months) bulan) yang diminta data dukung tingkatnya",
                          en: "\(indicator): there is no \(index) value (at most \(months) months old), which its levels' evidence asks for")
        }
    }
}
