/// The texts about indicator values formed from evidence items, for `explain` and the pages.
public enum EvidenceText: Sendable, Hashable {
    /// What a value rests on: `Kurang (Merintis): tingkat 1, 1 dari 2 butir diterima`.
    case basis(levelName: String, level: Int, accepted: Int, items: Int)
    /// What a value taken from another agency's index rests on.
    case external(index: String, agency: String, found: String?, date: String?, source: String?)
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
    // Pages.
    case unitSection
    case unitSummary(items: Int, accepted: Int, points: String, next: Int, nextPoints: String)
    case noItems
    case acceptedSection
    case citySection
    case cityIndexFact
    case ownersHeading
    case registerSummary(period: String, listed: Int, accepted: Int, assessorValues: Int, externalIndices: Int)
    case owner(opd: String, accepted: Int, items: Int, points: String, next: Int, nextPoints: String)
    case cityNote
    case column(Column)

    public enum Column: Sendable, Hashable {
        case indicator, name, value, level, items, item, status, points, basis, accepted, held, nextPoints
        case code, bandFrom, bandTo, supported, claimed, assessor, reason, source, revision, document, date, note, owner, order, gain
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .basis(let name, let level, let accepted, let items):
            return l.pick(id: "\(name): tingkat \(level), \(accepted) dari \(items) butir diterima",
                          en: "\(name): level \(level), \(accepted) of \(items) items accepted")
        case .external(let index, let agency, let found, let date, let source):
            guard let found else {
                return l.pick(id: "dari \(index) (\(agency)); belum ada nilainya, dihitung dengan nilai terendah",
                              en: "from \(index) (\(agency)); no value yet, counted at the lowest")
            }
            return l.pick(id: "dari \(index) (\(agency)) \(found) per \(date ?? "—"), sumber: \(source ?? "—")",
                          en: "from \(index) (\(agency)) \(found) as of \(date ?? "—"), source: \(source ?? "—")")
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
        case .unitSection:
            return l.pick(id: "Butir data dukung Indeks Pemdi unit ini", en: "This unit's evidence items for the Indeks Pemdi")
        case .unitSummary(let items, let accepted, let points, let next, let nextPoints):
            return l.pick(id: "Unit ini menghasilkan \(items) butir data dukung; \(accepted) diterima asesor dan memegang \(points) poin Indeks Pemdi kota. \(next) butir berikutnya menambah \(nextPoints) poin.",
                          en: "This unit produces \(items) evidence items; \(accepted) are accepted by the assessor and hold \(points) points of the city's Indeks Pemdi. Its next \(next) items would add \(nextPoints) points.")
        case .noItems:
            return l.pick(id: "Unit ini tidak menghasilkan butir data dukung Indeks Pemdi. Indeks Pemdi dinilai untuk pemerintah daerah sebagai satu kesatuan, dari butir yang diterima asesor.",
                          en: "This unit produces no evidence items for the Indeks Pemdi. The index is assessed for the government as a whole, from the items the assessor accepts.")
        case .acceptedSection:
            return l.pick(id: "Butir yang sudah diterima asesor", en: "Items the assessor has accepted")
        case .registerSummary(let period, let listed, let accepted, let assessor, let external):
            return l.pick(id: "Data dukung \(period): \(listed) butir tercatat (\(accepted) diterima), \(assessor) nilai asesor, \(external) indeks instansi lain",
                          en: "Evidence \(period): \(listed) items listed (\(accepted) accepted), \(assessor) assessor values, \(external) other agencies' indices")
        case .ownersHeading:
            return l.pick(id: "Butir data dukung per unit pemilik (rincian di laporan setiap OPD):", en: "Evidence items by owner unit (details in each OPD's report):")
        case .owner(let opd, let accepted, let items, let points, let next, let nextPoints):
            return l.pick(id: "  \(opd): \(accepted) dari \(items) butir diterima, \(points) poin; \(next) butir berikutnya menambah \(nextPoints) poin",
                          en: "  \(opd): \(accepted) of \(items) items accepted, \(points) points; its next \(next) items add \(nextPoints) points")
        case .cityIndexFact:
            return l.pick(id: "Indeks Pemdi kota", en: "City's Indeks Pemdi")
        case .citySection:
            return l.pick(id: "Nilai indikator Indeks Pemdi", en: "Indeks Pemdi indicator values")
        case .cityNote:
            return l.pick(id: "Nilai setiap indikator dibentuk dari butir data dukung yang diterima asesor di dalam rentang tingkatnya (atau dari indeks instansi lain); indeks dan aspek dihitung dari nilai yang belum dibulatkan.",
                          en: "Each indicator's value is formed from the evidence items the assessor accepted, inside its level's band (or from another agency's index); the index and aspects are computed from the unrounded values.")
        case .column(let c):
            switch c {
            case .indicator: return l.pick(id: "Indikator", en: "Indicator")
            case .name: return l.pick(id: "Nama", en: "Name")
            case .value: return l.pick(id: "Nilai", en: "Value")
            case .level: return l.pick(id: "Tingkat", en: "Level")
            case .items: return l.pick(id: "Butir diterima", en: "Items accepted")
            case .item: return l.pick(id: "Butir", en: "Item")
            case .status: return l.pick(id: "Status", en: "Status")
            case .points: return l.pick(id: "Poin indeks", en: "Index points")
            case .basis: return l.pick(id: "Dasar", en: "Basis")
            case .accepted: return l.pick(id: "Butir diterima / dimiliki", en: "Items accepted / owned")
            case .held: return l.pick(id: "Poin dipegang", en: "Points held")
            case .nextPoints: return l.pick(id: "Poin butir berikutnya", en: "Points of the next items")
            case .code: return l.pick(id: "Kode", en: "Code")
            case .bandFrom: return l.pick(id: "Rentang dari", en: "Band from")
            case .bandTo: return l.pick(id: "Rentang sampai", en: "Band to")
            case .supported: return l.pick(id: "Nilai dari data dukung", en: "Value from the evidence")
            case .claimed: return l.pick(id: "Nilai bila semua unggahan diterima", en: "Value if every upload is accepted")
            case .assessor: return l.pick(id: "Nilai asesor", en: "Assessor's value")
            case .reason: return l.pick(id: "Alasan asesor", en: "Assessor's reason")
            case .source: return l.pick(id: "Sumber nilai", en: "Value source")
            case .revision: return l.pick(id: "Jenis revisi", en: "Revision kind")
            case .document: return l.pick(id: "Dokumen", en: "Document")
            case .date: return l.pick(id: "Tanggal", en: "Date")
            case .note: return l.pick(id: "Catatan asesor", en: "Assessor's note")
            case .owner: return l.pick(id: "Pemilik", en: "Owner")
            case .order: return l.pick(id: "Urutan berikutnya", en: "Next order")
            case .gain: return l.pick(id: "Tambahan poin indeks", en: "Index points it adds")
            }
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

extension EvidenceText {
    /// One line on an indicator's value and what it rests on, led by the value unless
    /// `withValue` is false: `3,00 — Baik (Berkembang): tingkat 3, 2 dari 4 butir diterima`.
    static func describe(_ value: IndicatorValue, catalog: IndicatorCatalog, language l: Language, withValue: Bool = true) -> String {
        let sep = l.decimalSeparator
        let basis: String
        switch value.source {
        case .externalIndex(let key, let found):
            let index = catalog.externalIndex(key)
            let reading = found.map { $0.plainText(separator: sep) }
            basis = EvidenceText.external(index: index?.name.text(l) ?? key, agency: index?.agency ?? "", found: reading,
                                          date: value.reading.map { DateText.long($0.date, l) }, source: value.reading?.source).text(l)
        case .evidence:
            let name = catalog.scale(catalog.indicators[value.position].scale)?.levels.first { $0.level == value.level }?.name.text(l) ?? ""
            let count = value.counts.first { $0.level == value.level }
            basis = EvidenceText.basis(levelName: name, level: value.level, accepted: count?.accepted ?? 0, items: count?.items ?? 0).text(l)
                + (value.assessor != nil ? l.pick(id: " (nilai asesor)", en: " (assessor's value)") : "")
        }
        return withValue ? value.value.formatted(decimals: 2, decimalSeparator: sep) + " — " + basis : basis
    }
}

