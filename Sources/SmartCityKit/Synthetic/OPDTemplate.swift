/// The kinds of OPD a typical Indonesian kota has, after Kota Malang's 45 units, used to
/// give synthetic OPDs realistic tags (and so realistic applicability of indicators).
struct OPDTemplate: Sendable {
    var key: String
    var name: String
    var kind: String
    var tags: [String]
    /// Roles of the catalogs this unit usually holds.
    var roles: [String]

    static let all: [OPDTemplate] = [
        .init(key: "setda", name: "Sekretariat Daerah", kind: "sekretariat", tags: [], roles: []),
        .init(key: "inspektorat", name: "Inspektorat", kind: "pengawasan", tags: [], roles: ["pengawasan"]),
        .init(key: "disdik", name: "Dinas Pendidikan", kind: "dinas", tags: ["layanan-publik", "people"], roles: []),
        .init(key: "dinkes", name: "Dinas Kesehatan", kind: "dinas", tags: ["layanan-publik", "living", "kesehatan"], roles: ["sektor-2"]),
        .init(key: "dpupr", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: "dinas", tags: ["infrastruktur", "living"], roles: []),
        .init(key: "dinsos", name: "Dinas Sosial", kind: "dinas", tags: ["layanan-publik", "people"], roles: []),
        .init(key: "dpmptsp", name: "Dinas Penanaman Modal dan PTSP", kind: "dinas", tags: ["layanan-publik", "perizinan", "economy"], roles: ["sektor-3"]),
        .init(key: "dlh", name: "Dinas Lingkungan Hidup", kind: "dinas", tags: ["environment"], roles: []),
        .init(key: "dukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "dinas", tags: ["layanan-publik"], roles: ["sektor-1"]),
        .init(key: "dishub", name: "Dinas Perhubungan", kind: "dinas", tags: ["living", "mobility", "penerangan-jalan"], roles: []),
        .init(key: "diskominfo", name: "Dinas Komunikasi dan Informatika", kind: "dinas", tags: ["spbe-lead", "branding"], roles: ["kominfo", "pengaduan"]),
        .init(key: "diskopindag", name: "Dinas Koperasi, Perindustrian dan Perdagangan", kind: "dinas", tags: ["economy"], roles: []),
        .init(key: "dispar", name: "Dinas Pariwisata", kind: "dinas", tags: ["branding", "economy"], roles: []),
        .init(key: "disarpus", name: "Dinas Perpustakaan dan Kearsipan", kind: "dinas", tags: ["people"], roles: ["kearsipan"]),
        .init(key: "bappeda", name: "Badan Perencanaan Pembangunan Daerah", kind: "badan", tags: ["perencanaan"], roles: ["perencanaan"]),
        .init(key: "bkad", name: "Badan Keuangan dan Aset Daerah", kind: "badan", tags: ["keuangan"], roles: ["keuangan", "aset"]),
        .init(key: "bapenda", name: "Badan Pendapatan Daerah", kind: "badan", tags: ["layanan-publik", "keuangan"], roles: []),
        .init(key: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan SDM", kind: "badan", tags: [], roles: ["kepegawaian"]),
        .init(key: "bpbd", name: "Badan Penanggulangan Bencana Daerah", kind: "badan", tags: ["living"], roles: []),
        .init(key: "kecamatan-a", name: "Kecamatan A", kind: "kecamatan", tags: ["layanan-publik"], roles: []),
        .init(key: "kecamatan-b", name: "Kecamatan B", kind: "kecamatan", tags: ["layanan-publik"], roles: []),
        .init(key: "kecamatan-c", name: "Kecamatan C", kind: "kecamatan", tags: ["layanan-publik"], roles: []),
        .init(key: "rsud", name: "Rumah Sakit Umum Daerah", kind: "blud", tags: ["layanan-publik", "living", "kesehatan"], roles: []),
        .init(key: "bag-hukum", name: "Bagian Hukum", kind: "bagian", tags: [], roles: ["hukum"]),
        .init(key: "bag-organisasi", name: "Bagian Organisasi", kind: "bagian", tags: [], roles: ["akuntabilitas"]),
        .init(key: "bag-pbj", name: "Bagian Pengadaan Barang dan Jasa", kind: "bagian", tags: [], roles: ["pengadaan"]),
        .init(key: "bag-humas", name: "Bagian Hubungan Masyarakat", kind: "bagian", tags: ["branding"], roles: []),
        .init(key: "upt-pasar", name: "UPT Pengelolaan Pasar", kind: "upt", tags: ["layanan-publik", "economy"], roles: []),
    ]
}
