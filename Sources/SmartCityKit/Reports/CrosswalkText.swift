/// The fixed texts of a crosswalk estimate, in both languages.
public enum CrosswalkText: Sendable, Hashable {
    case heading(to: String, from: String, period: String, crosswalk: String)
    case column(Column)
    case noEvidence
    case coveredMean(value: String, coverage: String)
    case range(lower: String, upper: String)
    case predikat(String)
    case noPredikat
    case note

    public enum Column: Sendable, Hashable { case indicator, name, estimate, evidence }

    public func text(_ l: Language) -> String {
        switch self {
        case .heading(let to, let from, let period, let crosswalk):
            return l.pick(id: "PERKIRAAN profil \(to) dari penilaian \(from) periode \(period) (pemetaan \(crosswalk)) — bukan hasil penilaian \(to)",
                          en: "ESTIMATED \(to) profile from the \(from) assessment of period \(period) (crosswalk \(crosswalk)) — not a \(to) assessment")
        case .column(let c):
            switch c {
            case .indicator: return l.pick(id: "Indikator", en: "Indicator")
            case .name: return l.pick(id: "Nama", en: "Name")
            case .estimate: return l.pick(id: "Perkiraan", en: "Estimate")
            case .evidence: return l.pick(id: "Dari (tingkat kota × bobot)", en: "From (city level × weight)")
            }
        case .noEvidence: return l.pick(id: "belum ada data dukung", en: "no evidence yet")
        case .coveredMean(let value, let coverage):
            return l.pick(id: "Rata-rata indikator yang memiliki data dukung: \(value) (cakupan bobot \(coverage) %)",
                          en: "Mean over the indicators with evidence: \(value) (weight covered \(coverage) %)")
        case .range(let lower, let upper):
            return l.pick(id: "Rentang indeks perkiraan (tanpa data dukung = tingkat terendah … tertinggi): \(lower) – \(upper)",
                          en: "Estimated index range (no evidence = lowest … highest level): \(lower) – \(upper)")
        case .predikat(let name): return l.pick(id: "Predikat perkiraan (rentang predikat metode baru): \(name)", en: "Estimated predicate (the new method's bands): \(name)")
        case .noPredikat:
            return l.pick(id: "Predikat belum dapat disebut: rentangnya melewati lebih dari satu predikat.",
                          en: "No predicate yet: the range spans more than one band.")
        case .note:
            return l.pick(id: "Pemetaan ini penilaian kami, bukan pemetaan resmi; indikator tanpa data dukung harus dinilai langsung.",
                          en: "The crosswalk is our judgement, not an official mapping; indicators without evidence must be assessed directly.")
        }
    }
}
