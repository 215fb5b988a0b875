/// Findings of the loaders of catalogs (`indicators/`), policies (`roadmaps/`) and workspace
/// settings: all JSON data that says how to score.
public enum CatalogMessage: StageMessage {
    // Shape of the document.
    case missingKey(String)
    case wrongType(found: ExpectedValue, expected: ExpectedValue)
    case unknownKey(String, suggestion: String?)
    case emptyValue
    case missingTranslation(Language)
    case unsupportedNumber(String)
    case notOneOf(found: String, allowed: [String])
    case invalidDate(String)
    case unsupportedFormat(found: Int, supported: Int)
    // Catalog content.
    case duplicateID(String, firstLine: Int)
    case invalidID(String)
    case groupWeightMismatch(group: String, declared: Fraction, sum: Fraction)
    case totalWeightMismatch(sum: Fraction)
    case groupWithoutContent(String)
    case groupWithBothGroupsAndIndicators(String)
    case hierarchyDepthMismatch(group: String, depth: Int, levels: Int)
    case levelsIncomplete(String, missing: [Int])
    case levelOutOfScale(found: String, range: ClosedRange<Int>)
    case unknownScale(String, known: [String])
    case unknownRole(String, known: [String])
    case unknownTag(String, known: [String])
    case unknownElement(String, known: [String])
    case answeredByShape
    case ownerRuleNeedsRole(indicator: String)
    case predicatesNotDescending
    case lowestPredicateAboveMinimum(lowest: Fraction, minimum: Int)
    case predicateOutsideRange(Fraction)
    case stagesNotContiguous(expected: Int, found: Int)
    case weightNotPositive(Fraction)
    case stageKeyMissing(String, known: [String])
    // Value bands, evidence items and external indices.
    case bandLevelOutOfOrder(expected: Int, found: Int)
    case bandNegative(Fraction)
    case bandEmpty(bottom: Fraction, top: Fraction)
    case bandsNotContiguous(previousTop: Fraction, bottom: Fraction)
    case bandsOutsideRange(range: ClosedRange<Int>)
    case valueBandsRequired(indicator: String)
    case unknownExternalIndex(String, known: [String])
    case externalBandOutsideIndex(index: String, minimum: Fraction, maximum: Fraction)
    case evidenceOrIndexRequired(indicator: String)
    case invalidRange(minimum: Int, maximum: Int)
    // Finding catalogs.
    case catalogNotFound(id: String, searched: [String])
    case catalogKindMismatch(id: String, found: String, expected: String)
    case duplicateCatalog(id: String, otherFile: String)
    // Policy.
    case roleNotBound(role: String, catalog: String)
    case roleBoundToUnknownOPD(role: String, opd: String)
    case thresholdOutOfRange(found: Fraction, range: String)
    case stageOutOfRange(found: Int, range: ClosedRange<Int>)
    case duplicateTarget(String, firstLine: Int)
    case indicatorAnsweredByNobody(indicator: String, rule: String)
    case endBeforeStart(start: String, end: String)
    case targetOffScale(found: Fraction, catalog: String, scale: ValueScale)
    case evaluationStageOutOfOrder(stage: String, dates: String, previous: String, previousDates: String)
    case duplicateEvaluation(year: Int, firstLine: Int)
    // Training catalog.
    case unknownPrerequisite(module: String, prerequisite: String, suggestion: String?)
    /// The modules on a prerequisite cycle, in order; the first follows the last.
    case prerequisiteCycle(modules: [String])

    public var code: String {
        switch self {
        case .missingKey: return "CAT001"
        case .wrongType: return "CAT002"
        case .unknownKey: return "CAT003"
        case .emptyValue: return "CAT004"
        case .missingTranslation: return "CAT005"
        case .unsupportedNumber: return "CAT006"
        case .notOneOf: return "CAT007"
        case .invalidDate: return "CAT008"
        case .unsupportedFormat: return "CAT009"
        case .duplicateID: return "CAT010"
        case .invalidID: return "CAT042"
        case .groupWeightMismatch: return "CAT011"
        case .totalWeightMismatch: return "CAT012"
        case .groupWithoutContent: return "CAT013"
        case .groupWithBothGroupsAndIndicators: return "CAT014"
        case .hierarchyDepthMismatch: return "CAT015"
        case .levelsIncomplete: return "CAT016"
        case .levelOutOfScale: return "CAT017"
        case .unknownScale: return "CAT018"
        case .unknownRole: return "CAT019"
        case .unknownTag: return "CAT020"
        case .unknownElement: return "CAT021"
        case .answeredByShape: return "CAT022"
        case .ownerRuleNeedsRole: return "CAT023"
        case .predicatesNotDescending: return "CAT024"
        case .lowestPredicateAboveMinimum: return "CAT025"
        case .predicateOutsideRange: return "CAT026"
        case .stagesNotContiguous: return "CAT027"
        case .weightNotPositive: return "CAT028"
        case .stageKeyMissing: return "CAT029"
        case .bandLevelOutOfOrder: return "CAT050"
        case .bandNegative: return "CAT051"
        case .bandEmpty: return "CAT052"
        case .bandsNotContiguous: return "CAT053"
        case .bandsOutsideRange: return "CAT054"
        case .valueBandsRequired: return "CAT055"
        case .unknownExternalIndex: return "CAT056"
        case .externalBandOutsideIndex: return "CAT057"
        case .evidenceOrIndexRequired: return "CAT058"
        case .invalidRange: return "CAT059"
        case .catalogNotFound: return "CAT030"
        case .catalogKindMismatch: return "CAT031"
        case .duplicateCatalog: return "CAT032"
        case .roleNotBound: return "POL001"
        case .roleBoundToUnknownOPD: return "POL002"
        case .thresholdOutOfRange: return "POL003"
        case .stageOutOfRange: return "POL004"
        case .duplicateTarget: return "POL005"
        case .indicatorAnsweredByNobody: return "POL006"
        case .endBeforeStart: return "POL007"
        case .targetOffScale: return "POL008"
        case .evaluationStageOutOfOrder: return "POL009"
        case .duplicateEvaluation: return "POL010"
        case .unknownPrerequisite: return "CAT040"
        case .prerequisiteCycle: return "CAT041"
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .unknownKey, .indicatorAnsweredByNobody: return .warning
        default: return .error
        }
    }

    public func text(_ l: Language) -> String {
        func list(_ words: [String]) -> String {
            words.isEmpty ? "—" : words.map { "\"\($0)\"" }.joined(separator: ", ")
        }
        func dec(_ f: Fraction) -> String { f.formatted(decimals: 4).trimmingTrailingZeros() }
        switch self {
        case .missingKey(let key):
            return l.pick(id: "kunci \"\(key)\" wajib ada tetapi tidak ditemukan", en: "required key \"\(key)\" is missing")
        case .wrongType(let found, let expected):
            return l.pick(id: "ditemukan \(found.text(l)), seharusnya \(expected.text(l))",
                          en: "found \(found.text(l)), expected \(expected.text(l))")
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? ""
            return l.pick(id: "kunci \"\(key)\" tidak dikenal dan diabaikan\(hint)",
                          en: "unknown key \"\(key)\" is ignored\(hint)")
        case .emptyValue:
            return l.pick(id: "nilai kosong; seharusnya berisi teks", en: "empty value, expected some text")
        case .missingTranslation(let language):
            let name = language == .id ? l.pick(id: "Indonesia (\"id\")", en: "Indonesian (\"id\")")
                                       : l.pick(id: "Inggris (\"en\")", en: "English (\"en\")")
            return l.pick(id: "teks dalam bahasa \(name) tidak ada atau kosong; setiap teks wajib dwibahasa",
                          en: "the \(name) text is missing or empty; every text must be in both languages")
        case .unsupportedNumber(let literal):
            return l.pick(id: "angka \"\(literal)\" tidak didukung; tulis sebagai desimal biasa dengan paling banyak 4 angka di belakang titik, misalnya 2.75",
                          en: "number \"\(literal)\" is not supported; write a plain decimal with at most 4 decimals, such as 2.75")
        case .notOneOf(let found, let allowed):
            return l.pick(id: "\"\(found)\" tidak dikenal, seharusnya salah satu dari \(list(allowed))",
                          en: "\"\(found)\" is not known, expected one of \(list(allowed))")
        case .invalidDate(let text):
            return l.pick(id: "\"\(text)\" bukan tanggal yang sah, seharusnya TTTT-BB-HH",
                          en: "\"\(text)\" is not a valid date, expected YYYY-MM-DD")
        case .unsupportedFormat(let found, let supported):
            return l.pick(id: "format \(found) tidak didukung; versi alat ini membaca format \(supported)",
                          en: "format \(found) is not supported; this version reads format \(supported)")
        case .invalidID(let id):
            let shown = DiagnosticRenderer.cut(id, to: 64)
            return l.pick(id: "id \"\(shown)\" tidak sah; gunakan huruf kecil, angka, tanda hubung dan garis bawah, paling banyak 64 karakter, bukan nama perangkat seperti con atau nul",
                          en: "id \"\(shown)\" is not valid; use lower-case letters, digits, hyphens and underscores, at most 64 characters, not a device name such as con or nul")
        case .duplicateID(let id, let line):
            return l.pick(id: "id \"\(id)\" sudah dipakai di baris \(line)", en: "id \"\(id)\" is already used on line \(line)")
        case .groupWeightMismatch(let group, let declared, let sum):
            return l.pick(id: "bobot kelompok \(group) tertulis \(dec(declared)), padahal jumlah bobot isinya \(dec(sum))",
                          en: "group \(group) declares weight \(dec(declared)) but its children's weights sum to \(dec(sum))")
        case .totalWeightMismatch(let sum):
            return l.pick(id: "jumlah bobot tingkat teratas \(dec(sum)), seharusnya 100",
                          en: "top-level weights sum to \(dec(sum)), expected 100")
        case .groupWithoutContent(let group):
            return l.pick(id: "kelompok \(group) tidak berisi kelompok maupun indikator",
                          en: "group \(group) has neither groups nor indicators")
        case .groupWithBothGroupsAndIndicators(let group):
            return l.pick(id: "kelompok \(group) berisi \"groups\" dan \"indicators\" sekaligus; pilih salah satu",
                          en: "group \(group) has both \"groups\" and \"indicators\"; use one")
        case .hierarchyDepthMismatch(let group, let depth, let levels):
            return l.pick(id: "kelompok \(group) berada di tingkat \(depth), padahal \"hierarchy\" hanya menyebut \(levels) tingkat",
                          en: "group \(group) is at depth \(depth) but \"hierarchy\" names only \(levels) levels")
        case .levelsIncomplete(let what, let missing):
            let m = missing.map(String.init).joined(separator: ", ")
            return l.pick(id: "\(what): tingkat \(m) belum diisi; setiap tingkat 1–5 wajib ada",
                          en: "\(what): level(s) \(m) missing; every level 1–5 is required")
        case .levelOutOfScale(let found, let range):
            return l.pick(id: "tingkat \"\(found)\" di luar rentang \(range.lowerBound)–\(range.upperBound)",
                          en: "level \"\(found)\" is outside \(range.lowerBound)–\(range.upperBound)")
        case .unknownScale(let key, let known):
            return l.pick(id: "skala \"\(key)\" tidak didefinisikan di \"scales\" (ada: \(list(known)))",
                          en: "scale \"\(key)\" is not defined in \"scales\" (defined: \(list(known)))")
        case .unknownRole(let key, let known):
            return l.pick(id: "peran \"\(key)\" tidak didefinisikan (ada: \(list(known)))",
                          en: "role \"\(key)\" is not defined (defined: \(list(known)))")
        case .unknownTag(let key, let known):
            return l.pick(id: "label \"\(key)\" tidak didefinisikan di \"tags\" (ada: \(list(known)))",
                          en: "tag \"\(key)\" is not defined in \"tags\" (defined: \(list(known)))")
        case .unknownElement(let key, let known):
            return l.pick(id: "elemen \"\(key)\" tidak didefinisikan pada dimensinya (ada: \(list(known)))",
                          en: "element \"\(key)\" is not defined in its dimension (defined: \(list(known)))")
        case .answeredByShape:
            return l.pick(id: "\"answeredBy\" harus berisi tepat satu dari {\"role\": …}, {\"all\": true}, {\"tags\": […]}",
                          en: "\"answeredBy\" must be exactly one of {\"role\": …}, {\"all\": true}, {\"tags\": […]}")
        case .ownerRuleNeedsRole(let indicator):
            return l.pick(id: "\(indicator): \"cityLevel\": \"owner\" hanya berlaku untuk indikator dengan satu pemilik (\"role\")",
                          en: "\(indicator): \"cityLevel\": \"owner\" needs an indicator answered by a single owner (\"role\")")
        case .predicatesNotDescending:
            return l.pick(id: "batas bawah predikat harus berurutan menurun tanpa duplikat",
                          en: "predicate lower bounds must be listed in strictly descending order")
        case .lowestPredicateAboveMinimum(let lowest, let minimum):
            return l.pick(id: "predikat terendah mulai dari \(dec(lowest)), seharusnya dari nilai minimum \(minimum) agar setiap nilai mendapat predikat",
                          en: "the lowest predicate starts at \(dec(lowest)); it must start at the minimum \(minimum) so every value gets one")
        case .predicateOutsideRange(let value):
            return l.pick(id: "batas predikat \(dec(value)) di luar rentang nilai", en: "predicate bound \(dec(value)) is outside the value range")
        case .stagesNotContiguous(let expected, let found):
            return l.pick(id: "tahap layanan harus berurutan: seharusnya \(expected), ditemukan \(found)",
                          en: "service stages must be contiguous: expected \(expected), found \(found)")
        case .weightNotPositive(let w):
            return l.pick(id: "bobot \(dec(w)) harus lebih dari 0", en: "weight \(dec(w)) must be greater than 0")
        case .bandLevelOutOfOrder(let expected, let found):
            return l.pick(id: "rentang nilai harus per tingkat berurutan: seharusnya tingkat \(expected), ditemukan \(found)",
                          en: "value bands must follow the levels in order: expected level \(expected), found \(found)")
        case .bandNegative(let v):
            return l.pick(id: "batas rentang \(dec(v)) tidak boleh negatif", en: "band bound \(dec(v)) must not be negative")
        case .bandEmpty(let bottom, let top):
            return l.pick(id: "rentang \(dec(bottom))–\(dec(top)) kosong: batas bawah harus lebih kecil dari batas atas",
                          en: "band \(dec(bottom))–\(dec(top)) is empty: its lower bound must be below its upper bound")
        case .bandsNotContiguous(let previousTop, let bottom):
            return l.pick(id: "rentang harus bersambung tanpa celah atau tumpang tindih: rentang sebelumnya berakhir di \(dec(previousTop)), yang ini mulai di \(dec(bottom))",
                          en: "bands must follow each other without gap or overlap: the previous one ends at \(dec(previousTop)), this one starts at \(dec(bottom))")
        case .bandsOutsideRange(let range):
            return l.pick(id: "rentang nilai harus mulai dari \(range.lowerBound) dan berakhir di \(range.upperBound), rentang tingkat katalog",
                          en: "value bands must start at \(range.lowerBound) and end at \(range.upperBound), the catalog's level range")
        case .valueBandsRequired(let indicator):
            return l.pick(id: "indikator \(indicator) memakai butir data dukung atau indeks eksternal, tetapi katalog tidak menyatakan valueBands",
                          en: "indicator \(indicator) uses evidence items or an external index, but the catalog declares no valueBands")
        case .unknownExternalIndex(let key, let known):
            return l.pick(id: "indeks eksternal \"\(key)\" tidak dikenal; yang ada: \(known.joined(separator: ", "))",
                          en: "unknown external index \"\(key)\"; known: \(known.joined(separator: ", "))")
        case .evidenceOrIndexRequired(let indicator):
            return l.pick(id: "indikator \(indicator) memerlukan tepat satu dari evidence (butir per tingkat) atau fromIndex (indeks instansi lain), karena katalog menyatakan valueBands",
                          en: "indicator \(indicator) needs exactly one of evidence (items per level) or fromIndex (another agency's index), since the catalog declares valueBands")
        case .externalBandOutsideIndex(let index, let minimum, let maximum):
            return l.pick(id: "rentang di luar skala indeks \(index) (\(dec(minimum))–\(dec(maximum)))",
                          en: "band outside the scale of index \(index) (\(dec(minimum))–\(dec(maximum)))")
        case .stageKeyMissing(let key, let known):
            return l.pick(id: "katalog tahap layanan memerlukan satu tahap dengan kunci \"\(key)\" (tahap layanan selesai daring); yang ada: \(list(known))",
                          en: "a service-stage catalog needs one stage with the key \"\(key)\" (the stage where a service is done online); found: \(list(known))")
        case .invalidRange(let minimum, let maximum):
            return l.pick(id: "rentang tingkat \(minimum)–\(maximum) tidak masuk akal: min harus 0 atau lebih dan lebih kecil dari max",
                          en: "level range \(minimum)–\(maximum) makes no sense: min must be 0 or more and below max")
        case .targetOffScale(let found, let catalog, let scale):
            return l.pick(id: "tingkat sasaran \(found.plainText(separator: l.decimalSeparator)) tidak ada pada skala katalog \(catalog); isi \(scale.expected(l))",
                          en: "target level \(found.plainText()) is not on the scale of catalog \(catalog); write \(scale.expected(l))")
        case .catalogNotFound(let id, let searched):
            return l.pick(id: "katalog \"\(id)\" tidak ditemukan (dicari di: \(searched.joined(separator: ", ")))",
                          en: "catalog \"\(id)\" not found (searched: \(searched.joined(separator: ", ")))")
        case .catalogKindMismatch(let id, let found, let expected):
            return l.pick(id: "katalog \"\(id)\" berjenis \"\(found)\", padahal di sini diperlukan \"\(expected)\"",
                          en: "catalog \"\(id)\" is of kind \"\(found)\", but \"\(expected)\" is needed here")
        case .duplicateCatalog(let id, let other):
            return l.pick(id: "katalog \"\(id)\" juga didefinisikan di \(other)", en: "catalog \"\(id)\" is also defined in \(other)")
        case .roleNotBound(let role, let catalog):
            return l.pick(id: "peran \"\(role)\" dari katalog \(catalog) belum dikaitkan dengan OPD mana pun di \"roles\" kebijakan",
                          en: "role \"\(role)\" of catalog \(catalog) is not bound to any OPD in the policy's \"roles\"")
        case .roleBoundToUnknownOPD(let role, let opd):
            return l.pick(id: "peran \"\(role)\" dikaitkan dengan OPD \"\(opd)\" yang tidak ada di opds.csv",
                          en: "role \"\(role)\" is bound to OPD \"\(opd)\", which is not in opds.csv")
        case .thresholdOutOfRange(let found, let range):
            return l.pick(id: "nilai \(dec(found)) di luar rentang \(range)", en: "value \(dec(found)) is outside \(range)")
        case .stageOutOfRange(let found, let range):
            return l.pick(id: "tahap \(found) di luar rentang \(range.lowerBound)–\(range.upperBound)",
                          en: "stage \(found) is outside \(range.lowerBound)–\(range.upperBound)")
        case .duplicateTarget(let id, let line):
            return l.pick(id: "target \"\(id)\" sudah didefinisikan di baris \(line)", en: "target \"\(id)\" is already defined on line \(line)")
        case .evaluationStageOutOfOrder(let stage, let dates, let previous, let previousDates):
            return l.pick(id: "tahap \(stage) (\(dates)) tidak boleh dimulai atau berakhir sebelum tahap sebelumnya, \(previous) (\(previousDates)); urutkan tanggalnya",
                          en: "stage \(stage) (\(dates)) may not start or end before the stage before it, \(previous) (\(previousDates)); put the dates in order")
        case .duplicateEvaluation(let year, let firstLine):
            return l.pick(id: "evaluasi tahun \(year) sudah ditulis di baris \(firstLine); satu kalender per tahun dan metode",
                          en: "the \(year) evaluation is already given on line \(firstLine); one calendar per year and method")
        case .endBeforeStart(let start, let end):
            return l.pick(id: "tanggal akhir \(end) sebelum tanggal mulai \(start)", en: "end date \(end) is before the start date \(start)")
        case .indicatorAnsweredByNobody(let indicator, let rule):
            return l.pick(id: "indikator \(indicator) tidak dijawab OPD mana pun (\(rule)); nilai kotanya akan hilang",
                          en: "no OPD answers indicator \(indicator) (\(rule)); its city value will be missing")
        case .unknownPrerequisite(let module, let prerequisite, let suggestion):
            let hint = suggestion.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? ""
            return l.pick(id: "modul \"\(module)\" mensyaratkan modul \"\(prerequisite)\" yang tidak ada di katalog\(hint)",
                          en: "module \"\(module)\" requires module \"\(prerequisite)\", which is not in the catalog\(hint)")
        case .prerequisiteCycle(let modules):
            let ring = (modules + modules.prefix(1)).joined(separator: " → ")
            return l.pick(id: "prasyarat modul membentuk siklus: \(ring); tidak ada urutan yang memenuhinya",
                          en: "module prerequisites form a cycle: \(ring); no order can satisfy them")
        }
    }
}

extension String {
    /// `2.7500` → `2.75`, `100.0000` → `100`.
    func trimmingTrailingZeros() -> String {
        guard contains(".") else { return self }
        var s = self
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
