/// The fixed texts of `smartcity init`, `import` and `audit`, in both languages.
public enum AuditText: Sendable, Hashable {
    case column(Column)
    case field(AuditEntry.Field)
    case service(String)
    case item(String)
    case forced
    case heading(count: Int, opd: String?)
    case emptyLog
    case noEntries(opd: String, total: Int)
    case imported(changes: Int, files: Int, period: String, log: String)
    case nothingChanged(period: String)
    case created(city: String, directory: String, period: String, catalogs: String)
    case nextSteps(directory: String, period: String)

    public enum Column: Sendable, Hashable, CaseIterable { case date, by, period, opd, subject, field, old, new, reason }

    public func text(_ l: Language) -> String {
        switch self {
        case .column(let c):
            switch c {
            case .date: return l.pick(id: "Tanggal", en: "Date")
            case .by: return l.pick(id: "Oleh", en: "By")
            case .period: return l.pick(id: "Periode", en: "Period")
            case .opd: return "OPD"
            case .subject: return l.pick(id: "Indikator/layanan/butir", en: "Indicator/service/item")
            case .field: return l.pick(id: "Kolom", en: "Field")
            case .old: return l.pick(id: "Lama", en: "Old")
            case .new: return l.pick(id: "Baru", en: "New")
            case .reason: return l.pick(id: "Alasan/catatan", en: "Reason/note")
            }
        case .field(let f):
            switch f {
            case .selfLevel: return l.pick(id: "mandiri", en: "self")
            case .verified: return l.pick(id: "verifikasi", en: "verified")
            case .evidence: return l.pick(id: "data dukung", en: "evidence")
            case .note: return l.pick(id: "catatan", en: "note")
            case .assessorNote: return l.pick(id: "catatan asesor", en: "assessor note")
            case .stage: return l.pick(id: "tahap", en: "stage")
            case .usersPerYear: return l.pick(id: "pengguna per tahun", en: "users per year")
            case .status: return "status"
            case .revision: return l.pick(id: "jenis revisi", en: "revision kind")
            case .document: return l.pick(id: "dokumen", en: "document")
            case .date: return l.pick(id: "tanggal dokumen", en: "document date")
            case .narrative: return l.pick(id: "narasi", en: "narrative")
            case .response: return l.pick(id: "tanggapan", en: "response")
            case .value: return l.pick(id: "nilai asesor", en: "assessor value")
            case .reason: return l.pick(id: "alasan", en: "reason")
            }
        case .service(let name): return l.pick(id: "layanan \"\(name)\"", en: "service \"\(name)\"")
        case .item(let code): return l.pick(id: "butir \(code)", en: "item \(code)")
        case .forced: return l.pick(id: "[dipaksa --force]", en: "[forced --force]")
        case .heading(let count, let opd):
            let who = opd.map { l.pick(id: " untuk OPD \($0)", en: " for OPD \($0)") } ?? ""
            return l.pick(id: "Log audit: \(count) perubahan\(who)", en: "Audit log: \(count) change\(count == 1 ? "" : "s")\(who)")
        case .emptyLog:
            return l.pick(id: "Log audit kosong: belum ada impor yang mengubah ruang kerja ini.", en: "The audit log is empty: no import has changed this workspace yet.")
        case .noEntries(let opd, let total):
            return l.pick(id: "Tidak ada perubahan untuk OPD \(opd) di log audit (\(total) perubahan seluruhnya).",
                          en: "No change for OPD \(opd) in the audit log (\(total) changes in all).")
        case .imported(let changes, let files, let period, let log):
            return l.pick(id: "Diimpor ke periode \(period): \(changes) perubahan di \(files) berkas; dicatat di \(log)",
                          en: "Imported into period \(period): \(changes) change\(changes == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s"); recorded in \(log)")
        case .nothingChanged(let period):
            return l.pick(id: "Tidak ada yang berubah di periode \(period): isi berkas sudah sama dengan ruang kerja; tidak ada yang ditulis.",
                          en: "Nothing changes in period \(period): the files say what the workspace already holds; nothing was written.")
        case .created(let city, let directory, let period, let catalogs):
            return l.pick(id: "Ruang kerja baru \(city) ditulis ke \(directory): workspace.json (katalog: \(catalogs)), policy.json, opds.csv, assessments/\(period)/README.txt",
                          en: "New workspace for \(city) written to \(directory): workspace.json (catalogs: \(catalogs)), policy.json, opds.csv, assessments/\(period)/README.txt")
        case .nextSteps(let directory, let period):
            return l.pick(
                id: """
                Langkah berikut:
                  1. ganti baris contoh di \(directory)/opds.csv dengan OPD kota (kolom "peran" menyebut peran setiap OPD)
                  2. smartcity validate \(directory)
                  3. smartcity form \(directory) --all --out formulir, lalu smartcity import \(directory) ekspor/*.csv --period \(period)
                  4. smartcity run \(directory) --out out
                """,
                en: """
                Next steps:
                  1. replace the example rows of \(directory)/opds.csv with the city's OPDs (the "peran" column gives each OPD's roles)
                  2. smartcity validate \(directory)
                  3. smartcity form \(directory) --all --out forms, then smartcity import \(directory) exports/*.csv --period \(period)
                  4. smartcity run \(directory) --out out
                """)
        }
    }
}
