/// The fixed texts of the Bimtek plan (terminal, pages, CSV headers), in both languages.
public enum BimtekText: Sendable, Hashable {
    case title(city: String, year: Int)
    case overview(classes: Int, participants: Int, cost: String, budget: String, trainers: Int, from: String, to: String)
    case lowerBound(classes: Int, bound: Int)
    case span(from: String, to: String)
    case summaryBudget
    case budgetUsed(cost: String, budget: String, share: String?)
    case summaryNeeds
    case needsTrained(trained: Int, of: Int, participants: Int)
    case summaryEveryNeed
    case everyNeed(cost: String, over: String?)
    case everyNeedLine(needs: Int, cost: String, over: String?)
    case summaryClasses
    case classesAndBound(classes: Int, bound: Int, trainers: Int)
    case unmetHeading(Int)
    case unmetLine(opd: String, module: String, role: String, participants: Int, reason: String)
    case endangers(String)
    case lateHeading(Int)
    case classesOf(String)
    case monthSummary(month: String, classes: Int, cost: String)
    case classesHeading
    case reasonCount(reason: String, needs: Int)
    case unmetRows(Int)
    case budgetByOPD
    case classLine(module: String, from: String, to: String, participants: Int, opds: Int, cost: String)
    case budgetHeading
    case byModule
    case byOPD
    case total
    case column(Column)
    case opdSection
    case noTrainings
    case opdTraining(module: String, from: String, to: String, role: String, seats: Int)
    case dashboardLink
    case noNeeds

    public enum Column: Sendable, Hashable {
        case module, start, end, trainer, participants, opds, cost, opd, role, seats, classes, lowerBound, reason, endangers, priority
    }

    public func text(_ l: Language) -> String {
        switch self {
        case .title(let city, let year): return l.pick(id: "Rencana Bimtek \(city) \(year)", en: "Bimtek plan of \(city), \(year)")
        case .overview(let classes, let participants, let cost, let budget, let trainers, let from, let to):
            return l.pick(id: "\(classes) kelas, \(participants) peserta, biaya Rp \(cost) dari anggaran Rp \(budget); \(trainers) pelatih; \(from) – \(to).",
                          en: "\(classes) classes, \(participants) participants, cost Rp \(cost) of a budget of Rp \(budget); \(trainers) trainers; \(from) – \(to).")
        case .lowerBound(let classes, let bound):
            return l.pick(id: "Jumlah kelas \(classes); batas bawah (peserta ÷ kapasitas per modul) \(bound).",
                          en: "Classes: \(classes); lower bound (participants ÷ capacity per module): \(bound).")
        case .span(let from, let to): return l.pick(id: "Rencana \(from) – \(to).", en: "The plan runs \(from) – \(to).")
        case .summaryBudget: return l.pick(id: "Anggaran terpakai", en: "Budget used")
        case .budgetUsed(let cost, let budget, let share):
            let part = share.map { " (\($0))" } ?? ""
            return l.pick(id: "Rp \(cost) dari Rp \(budget)\(part)", en: "Rp \(cost) of Rp \(budget)\(part)")
        case .summaryNeeds: return l.pick(id: "Kebutuhan pelatihan yang terpenuhi", en: "Needs trained")
        case .needsTrained(let trained, let of, let participants):
            return l.pick(id: "\(trained) dari \(of) kebutuhan, \(participants) peserta",
                          en: "\(trained) of \(of) need\(of == 1 ? "" : "s"), \(participants) participant\(participants == 1 ? "" : "s")")
        case .summaryEveryNeed: return l.pick(id: "Biaya memenuhi semua kebutuhan", en: "Cost of meeting every need")
        case .everyNeed(let cost, let over):
            guard let over else { return l.pick(id: "paling sedikit Rp \(cost), masih dalam anggaran", en: "at least Rp \(cost), within the budget") }
            return l.pick(id: "paling sedikit Rp \(cost), Rp \(over) di atas anggaran", en: "at least Rp \(cost), Rp \(over) over the budget")
        case .everyNeedLine(let needs, let cost, let over):
            guard let over else {
                return l.pick(id: "Memenuhi semua \(needs) kebutuhan: paling sedikit Rp \(cost), masih dalam anggaran.",
                              en: "Meeting all \(needs) needs: at least Rp \(cost), within the budget.")
            }
            return l.pick(id: "Memenuhi semua \(needs) kebutuhan: paling sedikit Rp \(cost), Rp \(over) di atas anggaran.",
                          en: "Meeting all \(needs) needs: at least Rp \(cost), Rp \(over) over the budget.")
        case .summaryClasses: return l.pick(id: "Kelas", en: "Classes")
        case .classesAndBound(let classes, let bound, let trainers):
            return l.pick(id: "\(classes) kelas oleh \(trainers) pelatih; paling sedikit \(bound) kelas untuk peserta ini",
                          en: "\(classes) class\(classes == 1 ? "" : "es") by \(trainers) trainer\(trainers == 1 ? "" : "s"); at least \(bound) for these participants")
        case .unmetHeading(let n): return l.pick(id: "Kebutuhan yang belum terpenuhi (\(n)), menurut prioritas", en: "Needs left unmet (\(n)), by priority")
        case .unmetLine(let opd, let module, let role, let participants, let reason):
            return l.pick(id: "\(opd): \(module) untuk \(participants) \(role) — \(reason)", en: "\(opd): \(module) for \(participants) \(role) — \(reason)")
        case .monthSummary(let month, let classes, let cost):
            return l.pick(id: "\(month): \(classes) kelas, Rp \(cost)", en: "\(month): \(classes) class\(classes == 1 ? "" : "es"), Rp \(cost)")
        case .classesHeading: return l.pick(id: "Kelas per bulan", en: "Classes by month")
        case .reasonCount(let reason, let needs): return l.pick(id: "\(reason.capitalizedFirst): \(needs) kebutuhan", en: "\(reason.capitalizedFirst): \(needs) need\(needs == 1 ? "" : "s")")
        case .unmetRows(let n): return l.pick(id: "Rincian \(n) kebutuhan yang belum terpenuhi", en: "The \(n) unmet needs in detail")
        case .budgetByOPD: return l.pick(id: "Biaya per OPD", en: "Cost per OPD")
        case .endangers(let list): return l.pick(id: "mengancam tonggak: \(list)", en: "endangers milestones: \(list)")
        case .lateHeading(let n): return l.pick(id: "Pelatihan yang selesai setelah tugas peta jalan dimulai: \(n)", en: "Trainings ending after their roadmap task starts: \(n)")
        case .classesOf(let m): return l.pick(id: "Kelas yang mulai pada \(m)", en: "Classes starting in \(m)")
        case .classLine(let module, let from, let to, let participants, let opds, let cost):
            return l.pick(id: "\(from) – \(to): \(module), \(participants) peserta dari \(opds) OPD, Rp \(cost)",
                          en: "\(from) – \(to): \(module), \(participants) participants from \(opds) OPDs, Rp \(cost)")
        case .budgetHeading: return l.pick(id: "Anggaran", en: "Budget")
        case .byModule: return l.pick(id: "per modul", en: "per module")
        case .byOPD: return l.pick(id: "per OPD", en: "per OPD")
        case .total: return l.pick(id: "Jumlah", en: "Total")
        case .column(let c):
            switch c {
            case .module: return l.pick(id: "Modul", en: "Module")
            case .start: return l.pick(id: "Mulai", en: "Start")
            case .end: return l.pick(id: "Selesai", en: "End")
            case .trainer: return l.pick(id: "Pelatih", en: "Trainer")
            case .participants: return l.pick(id: "Peserta", en: "Participants")
            case .opds: return "OPD"
            case .cost: return l.pick(id: "Biaya (Rp)", en: "Cost (Rp)")
            case .opd: return "OPD"
            case .role: return l.pick(id: "Peran", en: "Role")
            case .seats: return l.pick(id: "Kursi", en: "Seats")
            case .classes: return l.pick(id: "Kelas", en: "Classes")
            case .lowerBound: return l.pick(id: "Batas bawah", en: "Lower bound")
            case .reason: return l.pick(id: "Alasan", en: "Reason")
            case .endangers: return l.pick(id: "Tonggak terancam", en: "Milestones at risk")
            case .priority: return l.pick(id: "Prioritas", en: "Priority")
            }
        case .opdSection: return l.pick(id: "Bimtek", en: "Bimtek (training)")
        case .noTrainings: return l.pick(id: "Tidak ada kelas Bimtek untuk OPD ini dalam rencana tahun ini.", en: "No Bimtek class for this OPD in this year's plan.")
        case .opdTraining(let module, let from, let to, let role, let seats):
            return l.pick(id: "\(module): \(from) – \(to), \(seats) \(role)", en: "\(module): \(from) – \(to), \(seats) \(role)")
        case .dashboardLink: return l.pick(id: "Rencana Bimtek", en: "Bimtek plan")
        case .noNeeds: return l.pick(id: "Tidak ada kebutuhan pelatihan dari tindakan periode ini.", en: "The period's actions need no training.")
        }
    }
}
