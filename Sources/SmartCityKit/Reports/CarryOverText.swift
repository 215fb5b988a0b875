/// The texts of `smartcity period new`: the reason written beside each item of the new
/// register, the new register itself, and the summary printed.
public enum CarryOverText: Sendable, Hashable {
    case reason(RegisterCarryOver.Outcome, from: String)
    case summary(from: String, to: String, carried: Int, reset: Int, reopened: Int, files: Int)
    case resetHeading

    public func text(_ l: Language) -> String {
        switch self {
        case .reason(let outcome, let from):
            switch outcome {
            case .carried:
                return l.pick(id: "dibawa dari \(from)", en: "carried over from \(from)")
            case .expired(let months, let date?):
                return l.pick(id: "direset: dokumen \(date) lebih tua dari \(months) bulan pada tanggal periode ini",
                              en: "reset: the document of \(date) is older than \(months) months at this period's date")
            case .expired(let months, nil):
                return l.pick(id: "direset: dokumen tanpa tanggal, masa berlaku \(months) bulan tidak dapat diperiksa",
                              en: "reset: the document has no date, so its \(months)-month validity cannot be checked")
            case .indexStale(let index, let months, let date):
                let found = date.map { l.pick(id: "yang terakhir \($0)", en: "the latest is of \($0)") } ?? l.pick(id: "tidak ada nilainya", en: "there is none")
                return l.pick(id: "direset: butir ini memerlukan \(index.text(l)) tidak lebih tua dari \(months) bulan; \(found)",
                              en: "reset: this item needs \(index.text(l)) no older than \(months) months; \(found)")
            case .reopened(let status):
                return l.pick(id: "dibuka lagi sebagai draf (di \(from): \(EvidenceText.status(status, nil).text(l)))",
                              en: "open again as a draft (in \(from): \(EvidenceText.status(status, nil).text(l)))")
            }
        case .summary(let from, let to, let carried, let reset, let reopened, let files):
            return l.pick(id: "Periode \(to) dibuat dari \(from): \(carried) butir diterima dibawa, \(reset) direset karena kedaluwarsa, \(reopened) dibuka lagi sebagai draf; \(files) berkas ditulis.",
                          en: "Period \(to) made from \(from): \(carried) accepted items carried over, \(reset) reset as expired, \(reopened) open again as drafts; \(files) files written.")
        case .resetHeading:
            return l.pick(id: "Butir yang direset:", en: "Items reset:")
        }
    }

    /// The new period's `evidence.csv`: the items carried, reset and reopened, each with its
    /// reason (`alasan`); the assessor's notes stay with the old period.
    static func register(_ carryOver: RegisterCarryOver, from: String, opds: [OPD], language l: Language) -> String {
        var writer = CSVWriter(separator: ",", bom: false)
        writer.guardsFormulas = false
        let rows = carryOver.items.map { item -> [String] in
            let keepsDocument: Bool
            switch item.outcome {
            case .carried, .reopened: keepsDocument = true
            case .expired, .indexStale: keepsDocument = false
            }
            return [item.entry.code, item.status.rawValue, keepsDocument ? item.entry.document : "",
                    keepsDocument ? item.entry.date?.description ?? "" : "", item.entry.owner.map { opds[$0].id } ?? "", "",
                    CarryOverText.reason(item.outcome, from: from).text(l)]
        }
        return writer.document(header: ["kode", "status", "dokumen", "tanggal", "pemilik", "catatan", "alasan"], rows: rows)
    }
}
