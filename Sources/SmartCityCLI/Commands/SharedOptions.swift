import SmartCityKit

/// Options several commands take, declared once here so that each command
/// reads them and explains them alike. A command still lists each one it takes among its
/// own declarations (`let language = SharedOptions.language`).
enum SharedOptions {
    /// The language of everything the command prints. The front end reads it before
    /// parsing too (`SmartCityMain.detectLanguage`), so a usage error speaks it.
    static let language: Option<Language> = .defaulted(
        "--lang", .choice(Language.self), default: .id, help: LocalizedText(id: "bahasa keluaran", en: "output language"))

    static let csvSeparator: Option<Character> = .defaulted(
        "--csv-sep", .choice([(",", ","), (";", ";"), ("comma", ","), ("semicolon", ";")], placeholder: ",|;"), default: ",",
        help: LocalizedText(id: "pemisah kolom CSV; pakai ; untuk Excel berlokal Indonesia", en: "CSV field separator; use ; for Excel with an Indonesian locale"))

    static let timings: Option<Bool> = .flag(
        "--timings", help: LocalizedText(id: "cetak lama setiap tahap ke stderr (untuk benchmark)", en: "print each stage's wall time to stderr (for benchmarks)"))

    /// The period a command works on; left out, the latest.
    static func period(_ help: LocalizedText) -> Option<String?> {
        .optional("--period", .text("P"), help: help, byDefault: LocalizedText(id: "yang terakhir", en: "the latest"))
    }

    /// A random seed: the same seed gives the same output.
    static func seed<Seed: FixedWidthInteger & Sendable>(in range: ClosedRange<Seed>, default seed: Seed) -> Option<Seed> {
        .defaulted("--seed", .integer(in: range, placeholder: "S"), default: seed,
                   help: LocalizedText(id: "benih acak; benih sama, hasil sama", en: "random seed; same seed, same output"))
    }
}
