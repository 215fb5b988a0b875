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
        ("reason", "Alasan asesor (wajib bila berbeda dari tingkat mandiri)", "Assessor's reason (required when it differs from the self level)"),
        ("opdNote", "Catatan OPD:", "The OPD's note:"),
        ("who", "Pengisi formulir", "Who fills in this form"),
        ("whoAssessor", "Asesor", "Assessor"),
        ("byLabel", "Nama (dicatat di audit.log sebagai pembuat perubahan)", "Name (recorded in audit.log as who made the changes)"),
        ("atLabel", "Tanggal pengisian", "Date filled in"),
        ("whoMissing", "Isi nama dan tanggal pengisian di bagian atas sebelum mengekspor.", "Fill in the name and the date at the top before exporting."),
        ("reasonMissing", "Alasan belum diisi untuk: {n}", "Reason missing for: {n}"),
        ("services", "Layanan dan tahapnya", "Services and their stage"),
        ("service", "Layanan", "Service"),
        ("stage", "Tahap", "Stage"),
        ("users", "Pengguna per tahun", "Users per year"),
        ("addService", "Tambah layanan", "Add a service"),
        ("export", "Ekspor berkas untuk smartcity import", "Export the files for smartcity import"),
        ("exported", "Berkas diunduh: {n}", "Files downloaded: {n}"),
        ("importEarlier", "Lanjutkan dari ekspor sebelumnya:", "Continue from an earlier export:"),
        ("imported", "Dimuat: {n}", "Loaded: {n}"),
        ("saved", "Tersimpan otomatis di peramban ini.", "Saved automatically in this browser."),
        ("language", "English", "Bahasa Indonesia"),
        ("methods", "Metode: {n}", "Methods: {n}"),
        ("evidenceTitle", "Butir data dukung", "Evidence items"),
        ("evidenceIntro", "Indikator yang butir data dukungnya menjadi tanggung jawab unit ini. Isi status, dokumen, tanggal dokumen dan narasi penjelasan capaian; narasi wajib diisi untuk setiap butir yang diunggah.",
         "Indicators whose evidence items this unit is responsible for. Fill in the status, the document, its date and the narrative of the achievement; every item put forward (uploaded) needs its narrative."),
        ("evidenceIntroAssessor", "Tandai setiap butir diterima atau revisi; revisi memerlukan jenisnya dan catatan. Nilai asesor boleh diisi per indikator, di dalam rentang tingkat yang dicapai butir yang diterima, dengan alasannya.",
         "Mark each item accepted or for revision; a revision needs its kind and a note. An assessor value may be given per indicator, inside the band of the level the accepted items reach, with its reason."),
        ("reaches", "Nilai dari butir yang diterima: {value} (tingkat {level})", "Value from the accepted items: {value} (level {level})"),
        ("ownedBy", "dipegang {owner}", "held by {owner}"),
        ("levelAccepted", "semua butir diterima", "all items accepted"),
        ("assessorSaid", "Penilaian asesor:", "Assessor's verdict:"),
        ("status", "Status", "Status"),
        ("status-belum", "belum dimulai", "not started"),
        ("status-draf", "sedang disiapkan", "being prepared"),
        ("status-diunggah", "diunggah", "uploaded"),
        ("status-diterima", "diterima", "accepted"),
        ("status-revisi", "revisi", "for revision"),
        ("revision-tidak-tepat", "tidak tepat", "wrong evidence"),
        ("revision-belum-diunggah", "belum tersedia dan belum diunggah", "not available, not uploaded"),
        ("revision-otomatis-ditolak", "otomatis ditolak karena tingkat sebelumnya ditolak", "rejected automatically, a lower level was not accepted"),
        ("document", "Dokumen (nama berkas atau tautan)", "Document (file name or link)"),
        ("documentDate", "Tanggal dokumen", "Document date"),
        ("narrative", "Narasi penjelasan capaian", "Narrative of the achievement"),
        ("narrativeRequired", "Narasi penjelasan capaian (wajib untuk butir yang diunggah)", "Narrative of the achievement (required for an uploaded item)"),
        ("response", "Tanggapan: dokumen yang menjawab catatan asesor", "Response: the document that answers the assessor's note"),
        ("verdict", "Penilaian", "Verdict"),
        ("noVerdict", "belum dinilai", "not yet judged"),
        ("revisionKind", "Jenis revisi", "Kind of revision"),
        ("assessorNote", "Catatan asesor (wajib untuk revisi)", "Assessor's note (required for a revision)"),
        ("assessorValue", "Nilai asesor (boleh kosong; dua desimal)", "Assessor value (may stay empty; two decimals)"),
        ("assessorReason", "Alasan nilai asesor (wajib bila nilai diisi)", "Reason for the assessor value (required with a value)"),
        ("narrativeMissing", "Narasi belum diisi untuk butir yang diunggah: {n}", "Narrative missing for uploaded items: {n}"),
        ("revisionIncomplete", "Jenis revisi atau catatan belum diisi untuk: {n}", "Kind of revision or note missing for: {n}"),
        ("assessorValueIncomplete", "Nilai asesor tidak sah atau tanpa alasan untuk: {n}", "Assessor value invalid or without a reason for: {n}"),
    ]

    /// The table as JSON: `{"key": {"id": "…", "en": "…"}, …}`.
    static var table: String {
        JSONOutput.object(entries.map { ($0.0, .object([("id", .string($0.1)), ("en", .string($0.2))])) }).rendered()
    }
}
