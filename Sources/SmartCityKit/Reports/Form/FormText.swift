/// The texts of the offline form: a few rendered by Swift, the rest handed to the page's
/// script in both languages (the form switches language without a server).
enum FormText: Sendable, Hashable {
    case title(opd: String, period: String, mode: AssessmentForm.Mode)
    case needsScript

    func text(_ l: Language) -> String {
        switch self {
        case .title(let opd, let period, let mode):
            switch mode {
            case .selfAssessment: return l.pick(id: "Penilaian mandiri \(opd), periode \(period)", en: "Self-assessment of \(opd), period \(period)")
            case .assessor: return l.pick(id: "Verifikasi asesor \(opd), periode \(period)", en: "Assessor verification of \(opd), period \(period)")
            }
        case .needsScript:
            return l.pick(id: "Formulir ini memerlukan JavaScript (berjalan di peramban tanpa internet).",
                          en: "This form needs JavaScript (it runs in the browser without internet).")
        }
    }

    /// Keys the script uses, each `[Indonesian, English]`; `{n}`/`{m}` are filled in by it.
    static let entries: [(String, String, String)] = [
        ("titleSelf", "Penilaian mandiri", "Self-assessment"),
        ("titleAssessor", "Verifikasi asesor", "Assessor verification"),
        ("progress", "{n} dari {m} indikator dijawab", "{n} of {m} indicators answered"),
        ("notApplicable", "TB — tidak berlaku (tulis alasannya di catatan)", "TB — not applicable (give the reason in the note)"),
        ("level", "Tingkat", "Level"),
        ("value", "Nilai ({n}, paling banyak dua desimal)", "Value ({n}, at most two decimals)"),
        ("badValue", "Nilai tidak sah untuk: {n}", "Invalid value for: {n}"),
        ("evidence", "Bukti dukung (nomor dokumen atau tautan)", "Evidence (document number or link)"),
        ("note", "Catatan", "Note"),
        ("selfGiven", "Tingkat mandiri: {n}", "Self level: {n}"),
        ("noSelf", "Belum ada tingkat mandiri", "No self level yet"),
        ("verified", "Tingkat terverifikasi", "Verified level"),
        ("reason", "Alasan (wajib bila berbeda dari tingkat mandiri)", "Reason (required when it differs from the self level)"),
        ("reasonMissing", "Alasan belum diisi untuk: {n}", "Reason missing for: {n}"),
        ("services", "Layanan dan tahapnya", "Services and their stage"),
        ("service", "Layanan", "Service"),
        ("stage", "Tahap", "Stage"),
        ("users", "Pengguna per tahun", "Users per year"),
        ("addService", "Tambah layanan", "Add a service"),
        ("export", "Ekspor berkas untuk smartcity import", "Export the files for smartcity import"),
        ("exported", "Dua berkas diunduh: {n}", "Two files downloaded: {n}"),
        ("importEarlier", "Lanjutkan dari ekspor sebelumnya:", "Continue from an earlier export:"),
        ("imported", "Dimuat: {n}", "Loaded: {n}"),
        ("saved", "Tersimpan otomatis di peramban ini.", "Saved automatically in this browser."),
        ("language", "English", "Bahasa Indonesia"),
        ("methods", "Metode: {n}", "Methods: {n}"),
    ]

    /// The table as JSON: `{"key": {"id": "…", "en": "…"}, …}`.
    static var table: String {
        JSONOutput.object(entries.map { ($0.0, .object([("id", .string($0.1)), ("en", .string($0.2))])) }).rendered()
    }
}
