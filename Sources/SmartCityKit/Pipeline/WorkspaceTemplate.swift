/// The files `smartcity init` writes for a new city: a policy with the national methods, an
/// OPD list to edit, and a note in the first period folder.
///
/// The example OPDs are the units almost every *kota* has under PP 18/2016 (perangkat
/// daerah): each role the SPBE and smart-city catalogs name is bound to one of them, so the
/// new workspace validates before anything is filled in. A city then replaces the rows with
/// its own OPDs, keeping an id wherever a role points at it (or changing `roles` too).
enum WorkspaceTemplate {
    struct ExampleOPD {
        var id: String, name: String, kind: String, tags: String, head: String
    }

    static let opds: [ExampleOPD] = [
        ExampleOPD(id: "setda", name: "Sekretariat Daerah", kind: "sekretariat", tags: "", head: "Sekretaris Daerah"),
        ExampleOPD(id: "inspektorat", name: "Inspektorat", kind: "pengawasan", tags: "", head: "Inspektur"),
        ExampleOPD(id: "bappeda", name: "Badan Perencanaan Pembangunan Daerah", kind: "badan", tags: "perencanaan|infrastruktur", head: "Kepala Bappeda"),
        ExampleOPD(id: "bpkad", name: "Badan Pengelolaan Keuangan dan Aset Daerah", kind: "badan", tags: "keuangan", head: "Kepala BPKAD"),
        ExampleOPD(id: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: "badan", tags: "kepegawaian", head: "Kepala BKPSDM"),
        ExampleOPD(id: "diskominfo", name: "Dinas Komunikasi dan Informatika", kind: "dinas", tags: "spbe-lead|branding", head: "Kepala Dinas Komunikasi dan Informatika"),
        ExampleOPD(id: "dinkes", name: "Dinas Kesehatan", kind: "dinas", tags: "layanan-publik|living|kesehatan", head: "Kepala Dinas Kesehatan"),
        ExampleOPD(id: "dispendukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "dinas", tags: "layanan-publik|people", head: "Kepala Dinas Kependudukan dan Pencatatan Sipil"),
        ExampleOPD(id: "dishub", name: "Dinas Perhubungan", kind: "dinas", tags: "living|mobility|penerangan-jalan", head: "Kepala Dinas Perhubungan"),
        ExampleOPD(id: "dlh", name: "Dinas Lingkungan Hidup", kind: "dinas", tags: "environment", head: "Kepala Dinas Lingkungan Hidup"),
        ExampleOPD(id: "dpmptsp", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", kind: "dinas", tags: "layanan-publik|perizinan|economy", head: "Kepala DPMPTSP"),
        ExampleOPD(id: "kec-contoh", name: "Kecamatan Contoh", kind: "kecamatan", tags: "layanan-publik|living", head: "Camat Contoh"),
    ]

    /// Role → example OPD, in the order the SPBE catalog names the roles. A role a catalog
    /// adds later goes to `diskominfo`, the unit that coordinates SPBE.
    static let roles: [(role: String, opd: String)] = [
        ("kominfo", "diskominfo"), ("pengaduan", "diskominfo"), ("perencanaan", "bappeda"), ("keuangan", "bpkad"),
        ("aset", "bpkad"), ("kepegawaian", "bkpsdm"), ("pengadaan", "setda"), ("kearsipan", "setda"),
        ("pengawasan", "inspektorat"), ("akuntabilitas", "setda"), ("hukum", "setda"),
        ("sektor-1", "dispendukcapil"), ("sektor-2", "dinkes"), ("sektor-3", "dpmptsp"),
    ]

    static let methods = Policy.Methods(index: "spbe-2020", dimensions: "smart-city", stages: "service-stages")

    /// `policy.json`: national methods, missing answers as level 1 (the official floor),
    /// three months per OPD, and one example target — every OPD online-ready by the end of the
    /// year after the first period — for the city to change.
    static func policy(cityID: String, cityName: String, usedRoles: [String], firstPeriod: CalendarDate) -> JSONOutput {
        var bound = roles.filter { usedRoles.contains($0.role) }
        for role in usedRoles where !bound.contains(where: { $0.role == role }) { bound.append((role, "diskominfo")) }
        let by = CalendarDate(year: firstPeriod.year + 1, month: 12, day: 31) ?? firstPeriod
        func text(_ id: String, _ en: String) -> JSONOutput { .object([("id", .string(id)), ("en", .string(en))]) }
        return .object([
            ("format", .int(PolicyLoader.format)),
            ("city", .object([("id", .string(cityID)), ("name", text(cityName, cityName))])),
            ("notes", .array([
                text("Dibuat oleh `smartcity init`. Peran (roles) menunjuk OPD contoh di opds.csv; sesuaikan dengan OPD kota, lalu jalankan `smartcity validate`.",
                     "Written by `smartcity init`. The roles point at the example OPDs of opds.csv; bind them to the city's own OPDs, then run `smartcity validate`."),
                text("Target daring-semua hanyalah contoh (semua OPD daring pada akhir \(by.year)); ganti dengan target kota. Format kebijakan: docs/catalogs.md.",
                     "The target daring-semua is only an example (every OPD online-ready by the end of \(by.year)); replace it with the city's own. Policy format: docs/catalogs.md."),
            ])),
            ("methods", .object([("index", .string(methods.index)), ("dimensions", .string(methods.dimensions)), ("stages", .string(methods.stages))])),
            ("roles", .object(bound.map { ($0.role, .string($0.opd)) })),
            ("missingAnswer", .string(Policy.MissingAnswerRule.levelOne.rawValue)),
            ("monthsPerOPD", .int(3)),
            ("targets", .array([.object([
                ("id", .string("daring-semua")), ("metric", .string(Policy.Target.Metric.opdDaring.rawValue)), ("count", .string("all")),
                ("by", .string(by.description)), ("name", text("Semua OPD daring", "Every OPD online-ready")),
            ])])),
        ])
    }

    /// `opds.csv` with the example rows; staff counts are left for the city to fill.
    static func opdList() -> String {
        let header = ["id", "name", "kind", "tags", "head", "staff leader", "staff admin", "staff operator", "staff total"]
        return CSVWriter().document(header: header, rows: opds.map { [$0.id, $0.name, $0.kind, $0.tags, $0.head, "", "", "", ""] })
    }

    /// `workspace.json`: where the catalogs are, as a path read from the workspace folder.
    static func settings(indicators: String) -> JSONOutput {
        .object([("format", .int(1)), ("indicators", .string(indicators))])
    }

    /// The note in the first period folder, in both languages.
    static func periodReadme(period: String) -> String {
        let ids = opds.map(\.id).joined(separator: ", ")
        return """
        Periode penilaian \(period) — apa yang diisi
        ============================================

        Folder ini adalah satu periode penilaian. Isinya (semua CSV UTF-8, pemisah , atau ;):

        1. Satu berkas jawaban per OPD: \(period)/<id-opd>.csv, misalnya diskominfo.csv.
           Id OPD adalah kolom "id" di opds.csv (contoh: \(ids)).
           Kolom: indikator, mandiri, verifikasi, bukti dukung, catatan
               indikator,mandiri,verifikasi,bukti dukung,catatan
               SPBE-01,2,,SK Wali Kota 12/2025,
               SPBE-23,TB,,,bukan urusan OPD ini
           - mandiri: tingkat 1-5 menurut OPD sendiri, atau TB (tidak berlaku) dengan alasan di catatan;
           - verifikasi: tingkat 1-5 dari asesor (boleh kosong); bila diisi, inilah yang dihitung.
        2. Inventaris layanan per OPD: \(period)/services/<id-opd>.csv
           Kolom: layanan, tahap, pengguna per tahun, catatan (tahap 0 luring ... 4 terintegrasi).
        3. Opsional: \(period)/period.json dengan tanggal dan label periode.

        Berkas dari OPD atau asesor sebaiknya dimasukkan dengan
            smartcity import RUANG-KERJA berkas.csv ... --by "Nama" --at TTTT-BB-HH
        yang memeriksa semuanya dulu, tidak menimpa tingkat verifikasi tanpa --force, dan
        mencatat setiap perubahan di audit.log. Lalu: smartcity validate RUANG-KERJA.
        Sebelumnya, ganti baris contoh di opds.csv dengan OPD kota (dan "roles" di policy.json).

        Assessment period \(period) — what to fill in
        =============================================

        This folder is one assessment period. It holds (all CSV in UTF-8, separator , or ;):

        1. One answer file per OPD: \(period)/<opd-id>.csv, e.g. diskominfo.csv.
           The OPD id is the "id" column of opds.csv (examples: \(ids)).
           Columns: indicator, self, verified, evidence, note (the Indonesian headers above work too)
           - self: the OPD's own level 1-5, or TB (not applicable) with the reason in note;
           - verified: the assessor's level 1-5 (may be empty); when given, it is the one that counts.
        2. One service inventory per OPD: \(period)/services/<opd-id>.csv
           Columns: service, stage, users per year, note (stage 0 offline ... 4 integrated).
        3. Optional: \(period)/period.json with the period's date and label.

        Files from the OPDs or the assessors are best brought in with
            smartcity import WORKSPACE file.csv ... --by "Name" --at YYYY-MM-DD
        which checks everything first, never replaces a verified level without --force, and
        records every change in audit.log. Then: smartcity validate WORKSPACE.
        Before that, replace the example rows of opds.csv with the city's OPDs (and "roles" in policy.json).

        """
    }
}
