/// The fixed texts of `smartcity explain`, in both languages.
public enum ExplainText: Sendable, Hashable {
    case period(String, String)
    case notAssessed
    case indexFormula(method: String, value: String, predikat: String, covered: String)
    case levelTerm(indicator: String, level: String, source: String, weight: String)
    case weightedMean(numerator: String, denominator: String, value: String)
    case leftOut(indicator: String, reason: String)
    case readiness(daring: String, definition: String, services: Int, perStage: String)
    case findingsHeading(Int)
    case kind(RuleKind)
    case because
    case owner(String)
    case waitsOn(String)
    case blockedBy(String)
    case notAnswered(String)
    case answer(selfLevel: String, verified: String, evidence: String, note: String, file: String)
    case noAnswer(policy: String)
    case counted(level: String, source: String)
    case weightAndTarget(weight: String, group: String, target: String)
    case targetCriterion(String)
    case cityLevel(level: String, basis: String)
    case rulesHeading(Int)
    case condition(String)
    case outcome(Bool)
    case after(String, String)
    case openState(Bool)
    case holdsNowhereElse(holding: Int, others: Int)

    public func text(_ l: Language) -> String {
        switch self {
        case .period(let id, let date): return l.pick(id: "periode \(id) (\(date))", en: "period \(id) (\(date))")
        case .notAssessed: return l.pick(id: "OPD ini belum menyerahkan penilaian untuk periode ini.", en: "This OPD has not handed in an assessment for this period.")
        case .indexFormula(let method, let value, let predikat, let covered):
            return l.pick(id: "Indeks OPD (\(method)) = Σ bobot × tingkat ÷ Σ bobot atas indikator yang dijawab = \(value), predikat \(predikat) (\(covered) % bobot metode):",
                          en: "OPD index (\(method)) = Σ weight × level ÷ Σ weight over the indicators answered = \(value), predicate \(predikat) (\(covered) % of the method's weight):")
        case .levelTerm(let indicator, let level, let source, let weight):
            return l.pick(id: "\(indicator): tingkat \(level) (\(source)) × bobot \(weight)", en: "\(indicator): level \(level) (\(source)) × weight \(weight)")
        case .weightedMean(let n, let d, let v):
            return l.pick(id: "= \(n) ÷ \(d) = \(v)", en: "= \(n) ÷ \(d) = \(v)")
        case .leftOut(let indicator, let reason):
            return l.pick(id: "\(indicator): tidak berlaku, tidak dihitung (alasan: \"\(reason)\")", en: "\(indicator): not applicable, left out (reason: \"\(reason)\")")
        case .readiness(let daring, let definition, let services, let perStage):
            return l.pick(id: "Daring: \(daring) — definisi: \(definition); \(services) layanan, per tahap 0–4: \(perStage)",
                          en: "Online-ready: \(daring) — definition: \(definition); \(services) services, per stage 0–4: \(perStage)")
        case .findingsHeading(let n): return l.pick(id: "Temuan aturan (\(n)):", en: "Rule findings (\(n)):")
        case .kind(let k):
            switch k {
            case .action: return l.pick(id: "tindakan", en: "action")
            case .flag: return l.pick(id: "penanda", en: "check")
            case .requires: return l.pick(id: "prasyarat", en: "prerequisite")
            case .readiness: return l.pick(id: "kesiapan", en: "readiness")
            case .applies: return l.pick(id: "keberlakuan", en: "applicability")
            }
        case .because: return l.pick(id: "karena", en: "because")
        case .owner(let opd): return l.pick(id: "dikerjakan oleh \(opd)", en: "carried out by \(opd)")
        case .waitsOn(let ids): return l.pick(id: "menunggu tindakan: \(ids)", en: "waits on actions: \(ids)")
        case .blockedBy(let ids): return l.pick(id: "syarat kota belum terpenuhi: \(ids)", en: "city-wide condition not yet met: \(ids)")
        case .notAnswered(let by): return l.pick(id: "OPD ini tidak menjawab indikator ini; yang menjawab: \(by).", en: "This OPD does not answer this indicator; it is answered by \(by).")
        case .answer(let s, let v, let e, let n, let file):
            return l.pick(id: "Jawaban: mandiri \(s), verifikasi \(v); bukti dukung: \(e); catatan: \(n) (\(file))",
                          en: "Answer: self \(s), verified \(v); evidence: \(e); note: \(n) (\(file))")
        case .noAnswer(let policy):
            return l.pick(id: "Tidak ada jawaban; kebijakan missingAnswer: \(policy).", en: "No answer; policy missingAnswer: \(policy).")
        case .counted(let level, let source):
            return l.pick(id: "Tingkat yang dihitung: \(level) (\(source))", en: "Level counted: \(level) (\(source))")
        case .weightAndTarget(let w, let group, let target):
            return l.pick(id: "Bobot \(w) % · kelompok \(group) · target periode ini: \(target)", en: "Weight \(w) % · group \(group) · target for this period: \(target)")
        case .targetCriterion(let c): return l.pick(id: "Kriteria tingkat target: \(c)", en: "Criterion of the target level: \(c)")
        case .cityLevel(let level, let basis): return l.pick(id: "Tingkat kota: \(level) (\(basis))", en: "City level: \(level) (\(basis))")
        case .rulesHeading(let n): return l.pick(id: "Aturan tentang indikator ini (\(n)):", en: "Rules about this indicator (\(n)):")
        case .condition(let text): return l.pick(id: "syarat: \(text)", en: "condition: \(text)")
        case .after(let action, let states):
            return l.pick(id: "\(action) dikerjakan setelah: \(states)", en: "\(action) comes after: \(states)")
        case .openState(let open):
            return open ? l.pick(id: "belum selesai", en: "not done yet") : l.pick(id: "tidak menghalangi", en: "not in the way")
        case .holdsNowhereElse(let holding, let others):
            return l.pick(id: "Terpenuhi untuk \(holding) indikator; tidak terpenuhi untuk \(others) indikator lain yang dijawab OPD ini.",
                          en: "Holds for \(holding) indicators; does not hold for the \(others) other indicators this OPD answers.")
        case .outcome(let fired): return fired ? l.pick(id: "terpenuhi", en: "holds") : l.pick(id: "tidak terpenuhi", en: "does not hold")
        }
    }
}
