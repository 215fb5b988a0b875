/// The texts about indicator values formed from evidence items, for `explain` and the pages.
public enum EvidenceText: Sendable, Hashable {
    /// `1,25 — Kurang (Merintis): tingkat 1, 1 dari 2 butir diterima`.
    case value(value: String, levelName: String, level: Int, accepted: Int, items: Int)
    /// An indicator taken from another agency's index.
    case external(value: String, index: String, agency: String, found: String?, date: String?, source: String?)
    case indexFormula(value: String, exact: String, predikat: String)
    case aspect(id: String, name: String, weight: String, value: String)
    case term(indicator: String, code: String, weight: String, value: String, detail: String)
    case level(level: Int, bottom: String, top: String, accepted: Int, items: Int, complete: Bool)
    case ruleValue(value: String, formula: String)
    case claimed(String)
    case assessor(value: String, reason: String)
    case ignored([String])
    case nextHeading
    case next(code: String, level: Int, gain: String, points: String)
    case nothingNext
    case item(mark: String, code: String, status: String, owner: String, document: String, note: String)
    case status(EvidenceRegister.Status, EvidenceRegister.Revision?)

    public func text(_ l: Language) -> String {
        switch self {
        case .value(let value, let name, let level, let accepted, let items):
            return l.pick(id: "\(value) — \(name): tingkat \(level), \(accepted) dari \(items) butir diterima",
                          en: "\(value) — \(name): level \(level), \(accepted) of \(items) items accepted")
        case .external(let value, let index, let agency, let found, let date, let source):
            guard let found else {
                return l.pick(id: "\(value) — dari \(index) (\(agency)); belum ada nilainya, dihitung terendah",
                              en: "\(value) — from \(index) (\(agency)); no value yet, counted at the lowest")
            }
            return l.pick(id: "\(value) — dari \(index) (\(agency)) \(found) per \(date ?? "—"), sumber: \(source ?? "—")",
                          en: "\(value) — from \(index) (\(agency)) \(found) as of \(date ?? "—"), source: \(source ?? "—")")
        case .indexFormula(let value, let exact, let predikat):
            return l.pick(id: "Indeks kota = Σ bobot × nilai indikator ÷ 100 = \(exact) → \(value), predikat \(predikat) (dari nilai yang belum dibulatkan)",
                          en: "City index = Σ weight × indicator value ÷ 100 = \(exact) → \(value), predicate \(predikat) (from the unrounded values)")
        case .aspect(let id, let name, let weight, let value):
            return l.pick(id: "\(id) \(name) (bobot \(weight)): \(value)", en: "\(id) \(name) (weight \(weight)): \(value)")
        case .term(let indicator, let code, let weight, let value, let detail):
            return l.pick(id: "  \(indicator) (\(code)) bobot \(weight) × \(value) — \(detail)", en: "  \(indicator) (\(code)) weight \(weight) × \(value) — \(detail)")
        case .level(let level, let bottom, let top, let accepted, let items, let complete):
            let state = complete ? l.pick(id: "lengkap", en: "complete") : l.pick(id: "belum lengkap", en: "not complete")
            return l.pick(id: "Tingkat \(level) (\(bottom)–\(top)): \(accepted) dari \(items) butir diterima — \(state)",
                          en: "Level \(level) (\(bottom)–\(top)): \(accepted) of \(items) items accepted — \(state)")
        case .ruleValue(let value, let formula):
            return l.pick(id: "Nilai dari data dukung: \(formula) = \(value)", en: "Value from the evidence: \(formula) = \(value)")
        case .claimed(let value):
            return l.pick(id: "Bila semua butir yang diunggah diterima: \(value)", en: "If every uploaded item were accepted: \(value)")
        case .assessor(let value, let reason):
            return l.pick(id: "Nilai asesor (menggantikan nilai di atas): \(value) — alasan: \(reason)",
                          en: "Assessor's value (replaces the one above): \(value) — reason: \(reason)")
        case .ignored(let codes):
            return l.pick(id: "Tidak dihitung (di atas tingkat yang belum lengkap, otomatis ditolak portal): \(codes.joined(separator: ", "))",
                          en: "Not counted (above the incomplete level, rejected automatically by the portal): \(codes.joined(separator: ", "))")
        case .nextHeading:
            return l.pick(id: "Butir berikutnya yang perlu dihasilkan:", en: "Items to produce next:")
        case .next(let code, let level, let gain, let points):
            return l.pick(id: "  \(code) (tingkat \(level)): nilai +\(gain), indeks +\(points) poin",
                          en: "  \(code) (level \(level)): value +\(gain), index +\(points) points")
        case .nothingNext:
            return l.pick(id: "  tidak ada: semua butir diterima", en: "  none: every item is accepted")
        case .item(let mark, let code, let status, let owner, let document, let note):
            var line = "  \(mark) \(code) \(status) — \(owner)"
            if !document.isEmpty { line += " — " + document }
            if !note.isEmpty { line += l.pick(id: " — catatan asesor: ", en: " — assessor's note: ") + note }
            return line
        case .status(let status, let revision):
            switch status {
            case .belum: return l.pick(id: "belum", en: "not started")
            case .draf: return l.pick(id: "draf", en: "draft")
            case .diunggah: return l.pick(id: "diunggah", en: "uploaded")
            case .diterima: return l.pick(id: "diterima", en: "accepted")
            case .revisi:
                switch revision {
                case .tidakTepat?: return l.pick(id: "revisi: tidak tepat", en: "revision: wrong evidence")
                case .belumDiunggah?: return l.pick(id: "revisi: belum diunggah", en: "revision: not uploaded")
                case .otomatisDitolak?: return l.pick(id: "revisi: otomatis ditolak", en: "revision: rejected automatically")
                case nil: return l.pick(id: "revisi", en: "revision")
                }
            }
        }
    }
}
