/// Every fixed text of the score outputs (terminal table, summary, CSV headers), in both
/// languages. Texts that come from data (indicator names, predicates) are `LocalizedText`.
public enum ReportText: Sendable, Hashable {
    case periodHeading(city: String, period: String, date: String)
    case method(title: String, id: String, version: String)
    case indexLine(value: String, predikat: String, basis: IndexBasis)
    case indexBlocked(count: Int)
    case roundingNote(published: String, predikat: String)
    case groupsHeading(String)
    case dimensionsHeading(title: String, id: String, version: String)
    case daringLine(count: Int, of: Int, definition: String)
    case targetLine(name: String, status: TargetWord, actual: String, required: String, date: String)
    case servicesPerStage
    /// "nilai": the value a level stands at on a scale of bands.
    case valueWord
    /// A readiness threshold: "sedikitnya 60 % layanan pada tahap ≥ 3".
    case readinessThreshold(share: String, stage: Int)
    case assessedLine(assessed: Int, total: Int)
    case differencesLine(indicators: Int, opds: Int, lower: Int)
    case differenceItem(opd: String, indicator: String, selfLevel: String, verified: String, difference: String)
    case notApplicableLine(answers: Int, opds: Int)
    case notApplicableItem(opd: String, indicator: String, reason: String)
    case more(Int)
    case missingLine(answers: Int, opds: Int)
    case actionsLine(count: Int, opds: Int, phases: String, waiting: Int)
    case flagsLine(count: Int, warnings: Int, opds: Int)
    case written(String)
    case column(Column)

    /// How a target stands on the period's date.
    public enum TargetWord: Sendable, Hashable {
        case met
        case open(monthsLeft: Int)
        case missed(monthsAgo: Int)
    }

    /// Column headers of the table and CSV exports.
    public enum Column: String, Sendable, Hashable, CaseIterable {
        case opd, name, kind, index, predikat, coverage, smartCity, services, stage3, daring, integrated
        case indicator, catalog, version, selfLevel, verified, level, source, weight, evidence, note, period, group
        case rule, target, owner, phase, months, resource, modules, waitsOn, action
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .periodHeading(let city, let period, let date):
            return l.pick(id: "\(city) — periode \(period) (keadaan per \(date))", en: "\(city) — period \(period) (as of \(date))")
        case .method(let title, let id, let version):
            return "\(title) [\(id), \(version)]"
        case .indexLine(let value, let predikat, let basis):
            return l.pick(id: "Indeks kota: \(value) — predikat \(predikat) (\(basis.text(l)))", en: "City index: \(value) — predicate \(predikat) (\(basis.text(l)))")
        case .indexBlocked(let count):
            return l.pick(id: "Indeks kota belum dapat dihitung: \(count) indikator tanpa jawaban (kebijakan: block)",
                          en: "City index cannot be computed yet: \(count) indicators unanswered (policy: block)")
        case .roundingNote(let published, let predikat):
            return l.pick(
                id: "  Catatan: nilai yang dipublikasikan (\(published)) dibulatkan ke atas, tetapi predikat diambil dari nilai sebelum pembulatan: \(predikat)",
                en: "  Note: the published \(published) is rounded up, but the predicate comes from the unrounded value: \(predikat)")
        case .groupsHeading(let level):
            return l.pick(id: "Per \(level.lowercased()):", en: "By \(level.lowercased()):")
        case .dimensionsHeading(let title, let id, let version):
            return "\(title) [\(id), \(version)]:"
        case .daringLine(let count, let of, let definition):
            return l.pick(id: "\(count) dari \(of) OPD daring (\(definition))",
                          en: "\(count) of \(of) OPD daring (online-ready: \(definition))")
        case .targetLine(let name, let status, let actual, let required, let date):
            let word: String
            switch status {
            case .met: word = l.pick(id: "tercapai", en: "met")
            case .open(let m): word = l.pick(id: "belum tercapai, \(m) bulan lagi", en: "not yet met, \(m) months left")
            case .missed(let m): word = l.pick(id: "tidak tercapai, tenggat lewat \(m) bulan", en: "missed, deadline passed \(m) months ago")
            }
            return l.pick(id: "Target \"\(name)\": \(required) pada \(date); sekarang \(actual) — \(word)",
                          en: "Target \"\(name)\": \(required) by \(date); now \(actual) — \(word)")
        case .servicesPerStage:
            return l.pick(id: "Layanan per tahap:", en: "Services per stage:")
        case .valueWord:
            return l.pick(id: "nilai", en: "value")
        case .readinessThreshold(let share, let stage):
            return l.pick(id: "sedikitnya \(share) % layanan pada tahap ≥ \(stage)", en: "at least \(share) % of services at stage ≥ \(stage)")
        case .assessedLine(let assessed, let total):
            return l.pick(id: "OPD yang menyerahkan penilaian: \(assessed) dari \(total)", en: "OPDs that handed in an assessment: \(assessed) of \(total)")
        case .differencesLine(let indicators, let opds, let lower):
            return l.pick(
                id: "Tingkat verifikasi berbeda dari tingkat mandiri: \(indicators) indikator di \(opds) OPD (\(lower) di antaranya lebih rendah)",
                en: "Verified level differs from the self level: \(indicators) indicators in \(opds) OPDs (\(lower) of them lower)")
        case .differenceItem(let opd, let indicator, let selfLevel, let verified, let difference):
            return l.pick(id: "  \(opd) \(indicator): mandiri \(selfLevel) → verifikasi \(verified) (\(difference))",
                          en: "  \(opd) \(indicator): self \(selfLevel) → verified \(verified) (\(difference))")
        case .notApplicableItem(let opd, let indicator, let reason):
            return l.pick(id: "  \(opd) \(indicator): \"\(reason)\"", en: "  \(opd) \(indicator): \"\(reason)\"")
        case .more(let n):
            return l.pick(id: "  … dan \(n) lainnya (semua di scores.csv; rinciannya: smartcity explain)",
                          en: "  … and \(n) more (all in scores.csv; details: smartcity explain)")
        case .notApplicableLine(let answers, let opds):
            return l.pick(id: "Ditandai tidak berlaku: \(answers) jawaban di \(opds) OPD (perlu ditinjau asesor)",
                          en: "Marked not applicable: \(answers) answers in \(opds) OPDs (for the assessor to review)")
        case .missingLine(let answers, let opds):
            return l.pick(id: "Jawaban yang belum diisi: \(answers) di \(opds) OPD (dihitung sesuai kebijakan)",
                          en: "Answers not given: \(answers) in \(opds) OPDs (counted as the policy says)")
        case .actionsLine(let count, let opds, let phases, let waiting):
            return l.pick(id: "Tindakan dari aturan: \(count) untuk \(opds) OPD (\(phases)); \(waiting) menunggu prasyarat",
                          en: "Actions from the rules: \(count) for \(opds) OPDs (\(phases)); \(waiting) waiting on prerequisites")
        case .flagsLine(let count, let warnings, let opds):
            return l.pick(id: "Penanda untuk fasilitator: \(count) di \(opds) OPD (\(warnings) peringatan)",
                          en: "Checks for the facilitator: \(count) in \(opds) OPDs (\(warnings) warnings)")
        case .written(let path):
            return l.pick(id: "ditulis: \(path)", en: "written: \(path)")
        case .column(let c):
            return c.text(l)
        }
    }
}

extension ReportText.Column {
    public func text(_ l: Language) -> String {
        switch self {
        case .opd: return "OPD"
        case .name: return l.pick(id: "Nama", en: "Name")
        case .kind: return l.pick(id: "Jenis", en: "Kind")
        case .index: return l.pick(id: "Indeks", en: "Index")
        case .predikat: return l.pick(id: "Predikat", en: "Predicate")
        case .coverage: return l.pick(id: "Cakupan bobot %", en: "Weight covered %")
        case .smartCity: return l.pick(id: "Kota cerdas", en: "Smart city")
        case .services: return l.pick(id: "Layanan", en: "Services")
        case .stage3: return l.pick(id: "Tahap ≥3 %", en: "Stage ≥3 %")
        case .daring: return l.pick(id: "Daring", en: "Online-ready")
        case .integrated: return l.pick(id: "Terintegrasi", en: "Integrated")
        case .indicator: return l.pick(id: "Indikator", en: "Indicator")
        case .catalog: return l.pick(id: "Metode", en: "Method")
        case .version: return l.pick(id: "Versi", en: "Version")
        case .selfLevel: return l.pick(id: "Mandiri", en: "Self")
        case .verified: return l.pick(id: "Verifikasi", en: "Verified")
        case .level: return l.pick(id: "Tingkat dipakai", en: "Level used")
        case .source: return l.pick(id: "Sumber tingkat", en: "Level source")
        case .weight: return l.pick(id: "Bobot", en: "Weight")
        case .evidence: return l.pick(id: "Bukti dukung", en: "Evidence")
        case .note: return l.pick(id: "Catatan", en: "Note")
        case .period: return l.pick(id: "Periode", en: "Period")
        case .group: return l.pick(id: "Kelompok", en: "Group")
        case .rule: return l.pick(id: "Aturan", en: "Rule")
        case .target: return l.pick(id: "Target", en: "Target")
        case .owner: return l.pick(id: "Pelaksana", en: "Owner")
        case .phase: return l.pick(id: "Fase", en: "Phase")
        case .months: return l.pick(id: "Bulan", en: "Months")
        case .resource: return l.pick(id: "Sumber daya", en: "Resource")
        case .modules: return l.pick(id: "Modul Bimtek", en: "Bimtek modules")
        case .waitsOn: return l.pick(id: "Menunggu", en: "Waits on")
        case .action: return l.pick(id: "Tindakan", en: "Action")
        }
    }
}

extension Language {
    /// The decimal separator people expect in this language's prose: `3,82` in Indonesian.
    public var decimalSeparator: String { self == .id ? "," : "." }

    /// A whole number with its thousands grouped as this language writes them:
    /// `150.000.000` in Indonesian, `150,000,000` in English.
    public func grouped(_ n: Int) -> String {
        var out = ""
        for (i, c) in String(n.magnitude).reversed().enumerated() {
            if i > 0, i % 3 == 0 { out.append(self == .id ? "." : ",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }

    public func yesNo(_ value: Bool) -> String { value ? pick(id: "ya", en: "yes") : pick(id: "tidak", en: "no") }
}

/// What a city index rests on, said beside it: the government's evidence, or the OPDs
/// assessed out of all (a headline from 2 of 15 OPDs says so).
public enum IndexBasis: Sendable, Hashable {
    case evidence
    case opds(assessed: Int, of: Int)

    init(_ report: ScoreReport) {
        self = report.city.values != nil ? .evidence : .opds(assessed: report.city.assessedCount, of: report.city.opdCount)
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .evidence: return l.pick(id: "dari butir data dukung kota", en: "from the city's evidence items")
        case .opds(let assessed, let of):
            return assessed == of ? l.pick(id: "dari penilaian semua \(of) OPD", en: "from the assessments of all \(of) OPDs")
                                  : l.pick(id: "dari penilaian \(assessed) dari \(of) OPD", en: "from the assessments of \(assessed) of \(of) OPDs")
        }
    }
}
