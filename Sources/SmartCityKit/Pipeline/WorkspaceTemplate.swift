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

    /// The methods of a new workspace, from the catalogs of the folder: the index method in
    /// force at the first period's date (`inForce`; else the latest in force before it, else
    /// the first by id), the dimensions and the service stages (the first by id of each).
    static func methods(at date: CalendarDate, library: CatalogLibrary) -> Policy.Methods? {
        let indices = library.indicatorCatalogs.filter { $0.kind == .index }.sorted { $0.id < $1.id }
        let index = indices.first { $0.inForce?.contains(date) == true }
            ?? indices.filter { $0.inForce.map { !(date < $0.from) } ?? false }.max { $0.inForce!.from < $1.inForce!.from }
            ?? indices.first
        let dimensions = library.indicatorCatalogs.filter { $0.kind == .dimensions }.map(\.id).sorted().first
        let stages = library.catalogs.compactMap { loaded -> String? in if case .stages(let c) = loaded { return c.id } else { return nil } }.sorted().first
        guard let index, let dimensions, let stages else { return nil }
        return Policy.Methods(index: index.id, dimensions: dimensions, stages: stages)
    }

    /// `policy.json`: national methods, missing answers as level 1 (the official floor),
    /// three months per OPD, and one example target — every OPD online-ready by the end of the
    /// year after the first period — for the city to change.
    ///
    /// The roles are bound in `opds.csv` (`peran`), so the policy binds none.
    static func policy(cityID: String, cityName: String, methods: Policy.Methods, firstPeriod: CalendarDate) -> JSONOutput {
        let by = CalendarDate(year: firstPeriod.year + 1, month: 12, day: 31) ?? firstPeriod
        func text(_ id: String, _ en: String) -> JSONOutput { .object([("id", .string(id)), ("en", .string(en))]) }
        return .object([
            ("format", .int(PolicyLoader.format)),
            ("city", .object([("id", .string(cityID)), ("name", text(cityName, cityName))])),
            ("notes", .array([
                text("Dibuat oleh `smartcity init`. Peran OPD ada di kolom peran opds.csv; ganti nama atau id OPD di sana tanpa mengubah berkas ini, lalu jalankan `smartcity validate`.",
                     "Written by `smartcity init`. The OPDs' roles are in the peran column of opds.csv; rename an OPD or change its id there without touching this file, then run `smartcity validate`."),
                text("Target daring-semua hanyalah contoh (semua OPD daring pada akhir \(by.year)); ganti dengan target kota. Format kebijakan: docs/catalogs.md.",
                     "The target daring-semua is only an example (every OPD online-ready by the end of \(by.year)); replace it with the city's own. Policy format: docs/catalogs.md."),
            ])),
            ("methods", .object([("index", .string(methods.index)), ("dimensions", .string(methods.dimensions)), ("stages", .string(methods.stages))])),
            ("missingAnswer", .string(Policy.MissingAnswerRule.levelOne.rawValue)),
            ("monthsPerOPD", .int(3)),
            ("targets", .array([.object([
                ("id", .string("daring-semua")), ("metric", .string(Policy.Target.Metric.opdDaring.rawValue)), ("count", .string("all")),
                ("by", .string(by.description)), ("name", text("Semua OPD daring", "Every OPD online-ready")),
            ])])),
        ])
    }

    /// `opds.csv` with the example rows, each with the roles of `usedRoles` it holds (a role
    /// the list does not place goes to `diskominfo`); staff counts are left for the city.
    static func opdList(usedRoles: [String]) -> String {
        var held: [String: [String]] = [:]
        for role in usedRoles { held[roles.first { $0.role == role }?.opd ?? "diskominfo", default: []].append(role) }
        let header = ["id", "name", "kind", "tags", "head", "staff leader", "staff admin", "staff operator", "staff total", "peran"]
        return CSVWriter().document(header: header, rows: opds.map {
            [$0.id, $0.name, $0.kind, $0.tags, $0.head, "", "", "", "", (held[$0.id] ?? []).joined(separator: "|")]
        })
    }

    /// `workspace.json`: where the catalogs are, as a path read from the workspace folder.
    static func settings(indicators: String) -> JSONOutput {
        .object([("format", .int(1)), ("indicators", .string(indicators))])
    }

    /// The note in the first period folder, in both languages.
    /// The example answers name the first indicators of the period's index method.
    static func periodReadme(period: String, index: IndicatorCatalog) -> String {
        let ids = opds.map(\.id).joined(separator: ", ")
        let first = index.indicators.first?.id ?? "", last = index.indicators.last?.id ?? ""
        let level = index.valueScale.isWhole ? "2" : "2,25"
        let range = index.valueScale.span(.id), rangeEN = index.valueScale.span(.en)
        let evidence = index.scoresValues ? """

        4. Karena metode periode ini (\(index.shortName.id)) membentuk nilai indikator dari butir data
           dukung yang diterima asesor: \(period)/evidence.csv (register butir), assessor-values.csv
           dan external-indices.csv — lihat docs/workspace.md, "Data dukung Indeks Pemdi".
        """ : ""
        let evidenceEN = index.scoresValues ? """

        4. Since this period's method (\(index.shortName.en)) forms indicator values from the evidence
           items the assessor accepts: \(period)/evidence.csv (the register), assessor-values.csv and
           external-indices.csv — see docs/workspace.md, "Evidence for the Indeks Pemdi".
        """ : ""
        return """
        Periode penilaian \(period) — apa yang diisi
        ============================================

        Folder ini adalah satu periode penilaian. Isinya (semua CSV UTF-8, pemisah , atau ;):

        1. Satu berkas jawaban per OPD: \(period)/<id-opd>.csv, misalnya diskominfo.csv.
           Id OPD adalah kolom "id" di opds.csv (contoh: \(ids)).
           Kolom: indikator, mandiri, verifikasi, bukti dukung, catatan
               indikator,mandiri,verifikasi,bukti dukung,catatan
               \(first),\(level.contains(",") ? "\"\(level)\"" : level),,SK Wali Kota 12/2025,
               \(last),TB,,,bukan urusan OPD ini
           - mandiri: nilai \(range) menurut OPD sendiri, atau TB (tidak berlaku) dengan alasan di catatan;
           - verifikasi: nilai \(range) dari asesor (boleh kosong); bila diisi, inilah yang dihitung.
        2. Inventaris layanan per OPD: \(period)/services/<id-opd>.csv
           Kolom: layanan, tahap, pengguna per tahun, catatan (tahap 0 luring ... 4 terintegrasi).
        3. Opsional: \(period)/period.json dengan tanggal dan label periode.\(evidence)

        Berkas dari OPD atau asesor sebaiknya dimasukkan dengan
            smartcity import RUANG-KERJA berkas.csv ... --by "Nama" --at TTTT-BB-HH
        yang memeriksa semuanya dulu, tidak menimpa tingkat verifikasi tanpa --force, dan
        mencatat setiap perubahan di audit.log. Lalu: smartcity validate RUANG-KERJA.
        Sebelumnya, ganti baris contoh di opds.csv dengan OPD kota; kolom "peran" menyebut peran
        setiap OPD, jadi id atau nama OPD boleh diganti tanpa mengubah policy.json.

        Assessment period \(period) — what to fill in
        =============================================

        This folder is one assessment period. It holds (all CSV in UTF-8, separator , or ;):

        1. One answer file per OPD: \(period)/<opd-id>.csv, e.g. diskominfo.csv.
           The OPD id is the "id" column of opds.csv (examples: \(ids)).
           Columns: indicator, self, verified, evidence, note (the Indonesian headers above work too)
           - self: the OPD's own value \(rangeEN), or TB (not applicable) with the reason in note;
           - verified: the assessor's value \(rangeEN) (may be empty); when given, it is the one that counts.
        2. One service inventory per OPD: \(period)/services/<opd-id>.csv
           Columns: service, stage, users per year, note (stage 0 offline ... 4 integrated).
        3. Optional: \(period)/period.json with the period's date and label.\(evidenceEN)

        Files from the OPDs or the assessors are best brought in with
            smartcity import WORKSPACE file.csv ... --by "Name" --at YYYY-MM-DD
        which checks everything first, never replaces a verified level without --force, and
        records every change in audit.log. Then: smartcity validate WORKSPACE.
        Before that, replace the example rows of opds.csv with the city's OPDs; the "peran" column
        gives each OPD's roles, so an OPD's id or name may change without touching policy.json.

        """
    }
}
