import SmartCityKit

/// The commands of `smartcity`. A `switch` over this enum dispatches them, so a command
/// without help text or an implementation does not compile.
enum CommandName: String, CaseIterable, Sendable {
    case initWorkspace = "init"
    case form
    case validate
    case importFiles = "import"
    case audit
    case score
    case run
    case generate
    case explain
    case progress
    case roadmap
    case bimtek
    case crosswalk
    case schedule

    var options: [OptionSpec] {
        switch self {
        case .initWorkspace:
            return [
                OptionSpec(name: "--city", valueName: "NAME", help: LocalizedText(id: "nama kota/kabupaten, mis. \"Kota Batu\" (wajib)", en: "the city's name, e.g. \"Kota Batu\" (required)")),
                OptionSpec(name: "--id", valueName: "ID", help: LocalizedText(id: "id kota di kebijakan (bawaan: dari nama, mis. kota-batu)", en: "the city's id in the policy (default: from the name, e.g. kota-batu)")),
                OptionSpec(name: "--period", valueName: "YYYY-MM", help: LocalizedText(id: "periode penilaian pertama (wajib; jam sistem tidak dibaca)", en: "the first assessment period (required; the clock is never read)")),
                OptionSpec(name: "--indicators", valueName: "DIR", help: LocalizedText(id: "folder katalog yang dicatat di workspace.json (bawaan: indicators)", en: "catalog folder recorded in workspace.json (default: indicators)")),
                Self.lang, Self.help,
            ]
        case .importFiles:
            return Self.inputOptions + [
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode tujuan (bawaan: yang terakhir; nama baru membuat periode baru)", en: "period to merge into (default: the latest; a new name makes a new period)")),
                OptionSpec(name: "--by", valueName: "NAME", help: LocalizedText(id: "siapa yang membuat perubahan, untuk baris tanpa kolom \"oleh\"", en: "who made the changes, for rows without a \"by\" column")),
                OptionSpec(name: "--at", valueName: "YYYY-MM-DD", help: LocalizedText(id: "tanggal perubahan, untuk baris tanpa kolom \"tanggal\"", en: "date of the changes, for rows without a \"date\" column")),
                OptionSpec(name: "--force", valueName: nil, help: LocalizedText(id: "boleh menimpa tingkat verifikasi yang berbeda (tercatat di audit.log)", en: "allow replacing a different verified level (recorded in audit.log)")),
                Self.lang, Self.help,
            ]
        case .audit:
            return [
                OptionSpec(name: "--opd", valueName: "ID", help: LocalizedText(id: "hanya perubahan untuk OPD ini", en: "only the changes for this OPD")),
                Self.lang, Self.help,
            ]
        case .validate: return Self.inputOptions + [Self.lang, Self.help]
        case .score:
            return Self.inputOptions + [
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode yang dinilai (bawaan: yang terakhir)", en: "period to score (default: the latest)")),
                OptionSpec(name: "--format", valueName: "table|csv|json", help: LocalizedText(id: "bentuk keluaran (bawaan: table)", en: "output format (default: table)")),
                Self.csvSeparator, Self.lang, Self.help, Self.timings,
            ]
        case .run:
            return Self.inputOptions + [
                OptionSpec(name: "--out", valueName: "OUT", help: LocalizedText(id: "folder keluaran tersendiri (wajib): baru, kosong, atau keluaran smartcity sebelumnya; hanya yang ditulis smartcity yang diganti", en: "an output folder of its own (required): new, empty, or an earlier smartcity output; only what smartcity wrote is replaced")),
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode yang dinilai (bawaan: yang terakhir)", en: "period to score (default: the latest)")),
                Self.csvSeparator,
                OptionSpec(name: "--decimal", valueName: ".|,", help: LocalizedText(id: "pemisah desimal angka di CSV (bawaan: .)", en: "decimal separator of numbers in CSV (default: .)")),
                Self.runLang, Self.help, Self.timings,
            ]
        case .explain:
            return Self.inputOptions + [
                OptionSpec(name: "--opd", valueName: "ID", help: LocalizedText(id: "OPD yang dijelaskan; tanpa --opd: indeks kota sampai setiap butir data dukung", en: "the OPD to explain; without --opd: the city's index down to each evidence item")),
                OptionSpec(name: "--indicator", valueName: "X", help: LocalizedText(id: "jelaskan satu indikator: jawaban, bobot, target, aturan", en: "explain one indicator: answer, weight, target, rules")),
                OptionSpec(name: "--rule", valueName: "R", help: LocalizedText(id: "jelaskan satu aturan: syarat dan nilai yang dibacanya", en: "explain one rule: its condition and the values it read")),
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode (bawaan: yang terakhir)", en: "period (default: the latest)")),
                Self.lang, Self.help,
            ]
        case .progress:
            return Self.inputOptions + [
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode terakhir yang dihitung (bawaan: yang terakhir)", en: "last period to include (default: the latest)")),
                Self.lang, Self.help,
            ]
        case .roadmap:
            return Self.inputOptions + [
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode asal rencana (bawaan: yang terakhir)", en: "period the plan starts from (default: the latest)")),
                OptionSpec(name: "--out", valueName: "OUT", help: LocalizedText(id: "tulis juga OUT/roadmap/ (md, html, json, ics); isi lain keluaran smartcity di OUT tetap", en: "also write OUT/roadmap/ (md, html, json, ics); the rest of a smartcity output in OUT stays")),
                OptionSpec(name: "--capacity", valueName: "R=N,…", help: LocalizedText(id: "andaikan kapasitas lain, mis. kominfo-dev=4", en: "what if: other capacities, e.g. kominfo-dev=4")),
                OptionSpec(name: "--start", valueName: "YYYY-MM", help: LocalizedText(id: "andaikan mulai pada bulan lain", en: "what if: start in another month")),
                OptionSpec(name: "--min-capacity", valueName: "R", help: LocalizedText(id: "cari kapasitas terkecil R yang memenuhi semua tonggak", en: "search the smallest capacity of R that meets every milestone")),
                OptionSpec(name: "--seed", valueName: "S", help: LocalizedText(id: "benih pencarian (bawaan: dari kebijakan)", en: "search seed (default: from the policy)")),
                OptionSpec(name: "--schedules", valueName: "N", help: LocalizedText(id: "jadwal yang dicoba (bawaan: dari kebijakan)", en: "schedules to try (default: from the policy)")),
                Self.lang, Self.help,
            ]
        case .bimtek:
            return Self.inputOptions + [
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode asal kebutuhan (bawaan: yang terakhir)", en: "period the needs come from (default: the latest)")),
                OptionSpec(name: "--year", valueName: "Y", help: LocalizedText(id: "tahun rencana (bawaan: tahun mulai peta jalan)", en: "year of the plan (default: the roadmap's start year)")),
                OptionSpec(name: "--budget", valueName: "RP", help: LocalizedText(id: "anggaran rupiah (bawaan: roadmap.budget tahun itu)", en: "budget in rupiah (default: the policy's roadmap.budget for the year)")),
                OptionSpec(name: "--trainers", valueName: "N", help: LocalizedText(id: "jumlah pelatih (bawaan: sumber daya trainers kebijakan)", en: "number of trainers (default: the policy's trainers resource)")),
                OptionSpec(name: "--no-roadmap", valueName: nil, help: LocalizedText(id: "tanpa tenggat dari peta jalan", en: "without deadlines from the roadmap")),
                OptionSpec(name: "--out", valueName: "OUT", help: LocalizedText(id: "tulis juga OUT/bimtek/ (html, md, daftar kelas, anggaran); isi lain keluaran smartcity di OUT tetap", en: "also write OUT/bimtek/ (html, md, class lists, budget); the rest of a smartcity output in OUT stays")),
                Self.csvSeparator, Self.lang, Self.help, Self.timings,
            ]
        case .form:
            return Self.inputOptions + [
                OptionSpec(name: "--opd", valueName: "ID", help: LocalizedText(id: "OPD yang dinilai", en: "the OPD to assess")),
                OptionSpec(name: "--all", valueName: nil, help: LocalizedText(id: "satu formulir per OPD ke folder OUT", en: "one form per OPD into the folder OUT")),
                OptionSpec(name: "--assessor", valueName: nil, help: LocalizedText(id: "formulir verifikasi asesor", en: "the assessor's verification form")),
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode (bawaan: yang terakhir)", en: "period (default: the latest)")),
                OptionSpec(name: "--out", valueName: "OUT", help: LocalizedText(id: "berkas HTML (atau folder dengan --all); hanya formulir smartcity sebelumnya yang ditimpa", en: "HTML file (or folder with --all); only an earlier smartcity form is replaced")),
                Self.lang, Self.help,
            ]
        case .crosswalk:
            return Self.inputOptions + [
                OptionSpec(name: "--period", valueName: "P", help: LocalizedText(id: "periode SPBE yang dipetakan (bawaan: yang terakhir)", en: "SPBE period to map (default: the latest)")),
                Self.lang, Self.help,
            ]
        case .schedule:
            return [
                OptionSpec(name: "--iterations", valueName: "N", help: LocalizedText(id: "jadwal yang dibangkitkan per instans, termasuk lintasan justifikasi (bawaan: 5000)", en: "schedules generated per instance, justification passes included (default: 5000)")),
                OptionSpec(name: "--seed", valueName: "S", help: LocalizedText(id: "benih acak; benih sama, hasil sama (bawaan: 1)", en: "random seed; same seed, same output (default: 1)")),
                OptionSpec(name: "--optimum", valueName: "FILE", help: LocalizedText(id: "CSV optimum (problem,optimum); bawaan: optimum.csv di folder instans", en: "CSV of optima (problem,optimum); default: optimum.csv in the instance folder")),
                OptionSpec(name: "--timings", valueName: nil, help: LocalizedText(id: "tambahkan waktu per instans dan total (hasil ukur, berbeda tiap jalan)", en: "add per-instance and total times (measurements, differ between runs)")),
                Self.lang, Self.help,
            ]
        case .generate:
            return [
                OptionSpec(name: "--opds", valueName: "N", help: LocalizedText(id: "jumlah OPD sintetis (wajib)", en: "number of synthetic OPDs (required)")),
                OptionSpec(name: "--seed", valueName: "S", help: LocalizedText(id: "benih acak; benih sama, hasil sama (bawaan: 1)", en: "random seed; same seed, same output (default: 1)")),
                OptionSpec(name: "--out", valueName: "DIR", help: LocalizedText(id: "folder ruang kerja baru (wajib): baru, kosong, atau hasil generate sebelumnya", en: "new workspace folder (required): new, empty, or an earlier generate output")),
                OptionSpec(name: "--indicators", valueName: "DIR", help: LocalizedText(id: "folder katalog indikator (bawaan: indicators)", en: "indicator catalog folder (default: indicators)")),
                Self.lang, Self.help,
            ]
        }
    }

    var usage: String {
        switch self {
        case .initWorkspace: return "smartcity init DIR --city NAME [--id ID] --period YYYY-MM [--indicators DIR] [--lang id|en]"
        case .importFiles: return "smartcity import DIR FILE... [--period P] [--by NAME] [--at YYYY-MM-DD] [--force] [--lang id|en]"
        case .audit: return "smartcity audit DIR [--opd ID] [--lang id|en]"
        case .validate: return "smartcity validate DIR [--indicators DIR] [--policy FILE] [--lang id|en]"
        case .score: return "smartcity score DIR [--period P] [--format table|csv|json] [--csv-sep ,|;] [--lang id|en]"
        case .run: return "smartcity run DIR --out OUT [--period P] [--csv-sep ,|;] [--decimal .|,] [--lang id|en|id,en]"
        case .generate: return "smartcity generate --opds N [--seed S] --out DIR [--indicators DIR]"
        case .progress: return "smartcity progress DIR [--period P] [--lang id|en]"
        case .explain: return "smartcity explain DIR [--opd ID] [--indicator X | --rule R] [--period P] [--lang id|en]"
        case .roadmap: return "smartcity roadmap DIR [--period P] [--out OUT] [--capacity R=N,…] [--start YYYY-MM] [--min-capacity R] [--lang id|en]"
        case .bimtek: return "smartcity bimtek DIR [--period P] [--year Y] [--budget RP] [--trainers N] [--no-roadmap] [--out OUT] [--lang id|en]"
        case .form: return "smartcity form DIR (--opd ID | --all) [--assessor] [--period P] --out OUT [--lang id|en]"
        case .crosswalk: return "smartcity crosswalk DIR [--period P] [--lang id|en]"
        case .schedule: return "smartcity schedule FILE.sm|DIR... [--iterations N] [--seed S] [--optimum FILE.csv] [--timings] [--lang id|en]"
        }
    }

    var summary: LocalizedText {
        switch self {
        case .initWorkspace:
            return LocalizedText(id: "membuat ruang kerja baru untuk kota lain: kebijakan nasional, opds.csv contoh, periode pertama",
                                 en: "makes a new workspace for another city: national policy, example opds.csv, first period")
        case .importFiles:
            return LocalizedText(id: "menggabungkan berkas jawaban/layanan ke satu periode, semua atau tidak sama sekali, dan mencatatnya di audit.log",
                                 en: "merges answer/service files into a period, all or nothing, and records each change in audit.log")
        case .audit:
            return LocalizedText(id: "menampilkan log audit: siapa mengubah apa, kapan, dari nilai berapa ke berapa",
                                 en: "prints the audit log: who changed what, when, from which value to which")
        case .validate:
            return LocalizedText(id: "memeriksa katalog, kebijakan, daftar OPD dan semua periode; melaporkan semua galat sekaligus",
                                 en: "checks catalogs, policy, OPD list and every period; reports all errors at once")
        case .score:
            return LocalizedText(id: "menghitung indeks SPBE, skor kota cerdas dan kesiapan layanan daring satu periode",
                                 en: "scores one period: SPBE index, smart-city dimensions, online-service readiness")
        case .run:
            return LocalizedText(id: "menilai dan menulis ke OUT: dasbor, laporan setiap OPD, ekspor, serta peta jalan dan rencana Bimtek bila kebijakan memuatnya",
                                 en: "scores and writes to OUT: the dashboard, a report per OPD, the exports, and the roadmap and Bimtek plan when the policy has them")
        case .progress:
            return LocalizedText(id: "kemajuan antarperiode: indeks, OPD daring, perubahan, prakiraan target 45 OPD",
                                 en: "progress across periods: index, OPDs online-ready, changes, forecast of the 45-OPD target")
        case .explain:
            return LocalizedText(id: "menjelaskan mengapa skor, tindakan atau tanda periksa satu OPD keluar demikian, atau nilai indeks kota sampai butir data dukungnya",
                                 en: "explains why an OPD's score, action or flag came out as it did, or the city's index down to its evidence items")
        case .roadmap:
            return LocalizedText(id: "peta jalan bertahap: tugas dari tindakan, dijadwalkan menurut kapasitas tim; tonggak tercapai atau tidak, dan proyeksi skor per fase",
                                 en: "phased roadmap: tasks from the actions, scheduled within team capacity; which milestones are met, and projected scores per phase")
        case .bimtek:
            return LocalizedText(id: "rencana Bimtek: kelas per modul dari kebutuhan OPD, terjadwal menurut pelatih, prasyarat dan peta jalan, dalam anggaran tahunan",
                                 en: "Bimtek plan: classes per module from the OPDs' needs, scheduled within trainers, prerequisites and the roadmap, inside the yearly budget")
        case .form:
            return LocalizedText(id: "formulir penilaian luring (satu berkas HTML): pilih tingkat, bukti, layanan; simpan otomatis; ekspor untuk smartcity import",
                                 en: "offline scoring form (one HTML file): choose levels, evidence, services; autosaves; exports for smartcity import")
        case .crosswalk:
            return LocalizedText(id: "PERKIRAAN profil Indeks Pemdi 2026 dari penilaian SPBE 2020 (pemetaan kami, bukan resmi)",
                                 en: "ESTIMATED Indeks Pemdi 2026 profile from an SPBE 2020 assessment (our crosswalk, not official)")
        case .schedule:
            return LocalizedText(id: "menjadwalkan instans PSPLIB (.sm) dan mengukur deviasi dari optimum (uji penjadwal peta jalan)",
                                 en: "schedules PSPLIB instances (.sm) and measures the deviation from the optima (benchmarks the roadmap scheduler)")
        case .generate:
            return LocalizedText(id: "membuat ruang kerja sintetis berisi N OPD (untuk uji skala nasional)",
                                 en: "writes a synthetic workspace of N OPDs (for national-scale benchmarks)")
        }
    }

    static let runLang = OptionSpec(name: "--lang", valueName: "id|en|id,en", help: LocalizedText(
        id: "bahasa keluaran (bawaan: id); id,en menulis halaman dalam kedua bahasa (yang kedua berakhiran .en.html)",
        en: "output language (default: id); id,en writes the pages in both languages (the second as .en.html)"))
    static let lang = OptionSpec(name: "--lang", valueName: "id|en", help: LocalizedText(id: "bahasa keluaran (bawaan: id)", en: "output language (default: id)"))
    static let help = OptionSpec(name: "--help", valueName: nil, help: LocalizedText(id: "tampilkan bantuan ini", en: "show this help"))
    static let timings = OptionSpec(name: "--timings", valueName: nil, help: LocalizedText(id: "cetak lama setiap tahap ke stderr (untuk benchmark)", en: "print each stage's wall time to stderr (for benchmarks)"))
    static let csvSeparator = OptionSpec(name: "--csv-sep", valueName: ",|;", help: LocalizedText(id: "pemisah kolom CSV (bawaan: ,; pakai ; untuk Excel berlokal Indonesia)", en: "CSV field separator (default: ,; use ; for Excel with an Indonesian locale)"))
    static let inputOptions = [
        OptionSpec(name: "--indicators", valueName: "DIR", help: LocalizedText(id: "folder katalog (bawaan: dari workspace.json, DIR/indicators, lalu ./indicators)", en: "catalog folder (default: from workspace.json, DIR/indicators, then ./indicators)")),
        OptionSpec(name: "--policy", valueName: "FILE", help: LocalizedText(id: "berkas kebijakan (bawaan: dari workspace.json, lalu DIR/policy.json)", en: "policy file (default: from workspace.json, then DIR/policy.json)")),
    ]

    func helpText(_ l: Language) -> String {
        var out = l.pick(id: "Penggunaan: ", en: "Usage: ") + usage + "\n\n" + summary.text(l) + "\n\n" + l.pick(id: "Opsi:", en: "Options:") + "\n"
        let left = options.map { "  " + $0.name + ($0.valueName.map { " " + $0 } ?? "") }
        let width = left.map(\.count).max() ?? 0
        for (text, option) in zip(left, options) {
            out += text + String(repeating: " ", count: width - text.count + 2) + option.help.text(l) + "\n"
        }
        out += "\n" + l.pick(id: "Status keluar: 0 berhasil, 1 salah penggunaan, 2 galat data, 3 gagal menulis berkas.",
                             en: "Exit status: 0 ok, 1 usage error, 2 data error, 3 a file could not be written.") + "\n"
        return out
    }

    static func overview(_ l: Language) -> String {
        var out = l.pick(
            id: "smartcity — mengukur kemajuan digitalisasi layanan OPD (SPBE, kota cerdas, layanan daring) dan merencanakan sisanya.\n\n",
            en: "smartcity — measures how far each city unit (OPD) has digitised its services (SPBE, smart city, online services) and plans the rest.\n\n")
        out += l.pick(id: "Penggunaan: smartcity PERINTAH [OPSI]\n\nPerintah:\n", en: "Usage: smartcity COMMAND [OPTIONS]\n\nCommands:\n")
        for c in allCases {
            out += "  " + c.rawValue + String(repeating: " ", count: 10 - c.rawValue.count) + c.summary.text(l) + "\n"
        }
        out += "\n" + l.pick(id: "Contoh:\n  smartcity run examples/malang --out out\n  smartcity score examples/malang --lang en\n\n`smartcity PERINTAH --help` menjelaskan satu perintah.\n",
                             en: "Examples:\n  smartcity run examples/malang --out out\n  smartcity score examples/malang --lang en\n\n`smartcity COMMAND --help` explains one command.\n")
        return out
    }
}
