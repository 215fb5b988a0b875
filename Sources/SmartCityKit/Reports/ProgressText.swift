/// The fixed texts about progress across periods, in both languages.
public enum ProgressText: Sendable, Hashable {
    case heading(city: String, count: Int, from: String, to: String)
    case column(Column)
    case changesLine(since: String, up: Int, down: Int, opds: Int, servicesUp: Int, servicesDown: Int, newServices: Int)
    case newlyDaring(String)
    case noLongerDaring(String)
    case forecast(Forecast.Outcome, pace: String, required: Int, targetDate: String, name: String)
    case singlePeriod
    case crosswalkPoint(method: String, period: String, mean: String, coverage: String, lower: String, upper: String)
    case levelChange(indicator: String, from: String, to: String)
    case stageChange(service: String, from: String, to: String)

    public enum Column: Sendable, Hashable { case period, index, predikat, daring, smartCity }

    public func text(_ l: Language) -> String {
        switch self {
        case .heading(let city, let count, let from, let to):
            return l.pick(id: "\(city) — kemajuan \(count) periode (\(from) → \(to))", en: "\(city) — progress over \(count) periods (\(from) → \(to))")
        case .column(let c):
            switch c {
            case .period: return l.pick(id: "Periode", en: "Period")
            case .index: return l.pick(id: "Indeks kota", en: "City index")
            case .predikat: return l.pick(id: "Predikat", en: "Predicate")
            case .daring: return l.pick(id: "OPD daring", en: "OPD online-ready")
            case .smartCity: return l.pick(id: "Kota cerdas", en: "Smart city")
            }
        case .changesLine(let since, let up, let down, let opds, let servicesUp, let servicesDown, let newServices):
            return l.pick(
                id: "Perubahan sejak \(since): \(up) tingkat naik dan \(down) turun di \(opds) OPD; \(servicesUp) layanan naik tahap, \(servicesDown) turun, \(newServices) layanan baru",
                en: "Changes since \(since): \(up) levels up and \(down) down in \(opds) OPDs; \(servicesUp) services moved up a stage, \(servicesDown) down, \(newServices) new services")
        case .newlyDaring(let list): return l.pick(id: "Baru daring: \(list)", en: "Newly online-ready: \(list)")
        case .noLongerDaring(let list): return l.pick(id: "Tidak lagi daring: \(list)", en: "No longer online-ready: \(list)")
        case .forecast(let outcome, let pace, let required, let targetDate, let name):
            switch outcome {
            case .met:
                return l.pick(id: "Target \"\(name)\" (\(required) OPD pada \(targetDate)) sudah tercapai.", en: "Target \"\(name)\" (\(required) OPDs by \(targetDate)) is met.")
            case .onTrack(let day, let early):
                let date = DateText.monthYear(day, l)
                return l.pick(id: "Prakiraan: dengan laju \(pace) OPD per bulan, \(required) OPD daring tercapai sekitar \(date) — sesuai jadwal (\(early) bulan sebelum \(targetDate)).",
                              en: "Forecast: at \(pace) OPDs per month, \(required) OPDs online-ready around \(date) — on track (\(early) months before \(targetDate)).")
            case .late(let day, let late):
                let date = DateText.monthYear(day, l)
                return l.pick(id: "Prakiraan: dengan laju \(pace) OPD per bulan, \(required) OPD daring baru tercapai sekitar \(date) — terlambat \(late) bulan dari \(targetDate).",
                              en: "Forecast: at \(pace) OPDs per month, \(required) OPDs online-ready only around \(date) — late by \(late) months against \(targetDate).")
            case .stalled:
                return l.pick(id: "Prakiraan: jumlah OPD daring tidak bertambah; dengan laju ini target \(required) OPD pada \(targetDate) tidak tercapai.",
                              en: "Forecast: the number of online-ready OPDs did not grow; at this pace the target of \(required) OPDs by \(targetDate) is not reached.")
            case .singlePeriod:
                return ProgressText.singlePeriod.text(l)
            }
        case .crosswalkPoint(let method, let period, let mean, let coverage, let lower, let upper):
            return l.pick(id: "PERKIRAAN \(method) dari penilaian \(period) melalui pemetaan (bukan hasil penilaian): \(mean) atas \(coverage) % bobot, rentang \(lower) – \(upper)",
                          en: "ESTIMATED \(method) from the \(period) assessment through the crosswalk (not an assessment): \(mean) over \(coverage) % of the weight, range \(lower) – \(upper)")
        case .singlePeriod:
            return l.pick(id: "Baru satu periode: prakiraan memerlukan sedikitnya dua periode.", en: "Only one period so far: a forecast needs at least two.")
        case .levelChange(let indicator, let from, let to):
            return l.pick(id: "\(indicator): tingkat \(from) → \(to)", en: "\(indicator): level \(from) → \(to)")
        case .stageChange(let service, let from, let to):
            return l.pick(id: "\(service): tahap \(from) → \(to)", en: "\(service): stage \(from) → \(to)")
        }
    }
}
