/// Findings of the workspace loader: the OPD list, the answers and the service inventories.
public enum WorkspaceMessage: StageMessage {
    case missingColumn(expected: [String])
    case missingValue(column: String)
    case duplicateOPD(String, firstLine: Int)
    case invalidOPDID(String)
    case unknownOPD(String, suggestion: String?)
    case notANumber(String)
    case staffTotalBelowParts(total: Int, parts: Int)
    case unknownIndicator(String, suggestion: String?)
    case levelOutOfRange(found: String, scale: ValueScale, indicator: String)
    case notALevel(found: String, scale: ValueScale, indicator: String)
    case verifiedNotALevel(found: String, scale: ValueScale, indicator: String)
    case duplicateAnswer(indicator: String, first: FirstOccurrence)
    case notApplicableWithoutReason(indicator: String)
    case answerOutsideScope(indicator: String, opd: String)
    case missingAnswer(indicator: String, opd: String)
    case missingAnswers(count: Int, opd: String, first: [String])
    case notAssessed(opd: String, period: String)
    case stageOutOfRange(found: String, range: ClosedRange<Int>)
    case duplicateService(String, first: FirstOccurrence)
    case noServices(opd: String)
    case invalidPeriodName(String)
    case noPeriods(directory: String)
    case unknownPeriod(String, available: [String])
    case duplicatePeriodDate(String, other: String)
    case missingFile(String)
    case fileNameNotOPD(file: String)
    case unreadable(FileError)
    case notApplicableByOwner(indicator: String, opd: String)
    case ignoredFile(String)
    case workspaceNotFound(String)
    // Import (`smartcity import`) and empty periods.
    case nothingAssessed(period: String)
    case notImportable(String)
    case opdMismatch(file: String, row: String)
    case importOutsideScope(indicator: String, opd: String)
    case verifiedConflict(opd: String, indicator: String, old: String, new: String)
    case missingWho
    case missingWhen
    case invalidDate(String)
    case importTargetElsewhere(opd: String, file: String, target: String)
    case surveyValue(column: String, found: String, expected: String)
    case surveyDiffers(opd: String, indicator: String, answered: Fraction, suggested: Fraction, respondents: Int)
    case newPeriodHasFiles(String)
    case newPeriodNotAfter(new: String, from: String)
    case periodNotFromEvidence(period: String, method: String)
    case itemsWithoutEvidenceMethod(period: String, method: String)
    case itemOfAnotherOPD(code: String, owner: String?, opd: String)
    case narrativeRequired(code: String)
    case revisionNoteRequired(code: String)
    case verdictConflict(code: String, old: String, new: String)
    case assessorValueConflict(indicator: String, old: String, new: String)
    case indicatorOfAnotherOPD(indicator: String, opd: String)
    case duplicateImportedItem(String, first: FirstOccurrence)
    case duplicateAssessorValue(indicator: String, first: FirstOccurrence)
    case roleHeldTwice(role: String, opd: String, other: String, place: String)
    case numberOutOfRange(found: String, range: ClosedRange<Int>)

    public var code: String {
        switch self {
        case .missingColumn: return "WS001"
        case .missingValue: return "WS002"
        case .duplicateOPD: return "WS003"
        case .invalidOPDID: return "WS004"
        case .unknownOPD: return "WS005"
        case .notANumber: return "WS006"
        case .staffTotalBelowParts: return "WS007"
        case .unknownIndicator: return "WS010"
        case .levelOutOfRange: return "WS011"
        case .notALevel: return "WS012"
        case .verifiedNotALevel: return "WS013"
        case .duplicateAnswer: return "WS014"
        case .notApplicableWithoutReason: return "WS015"
        case .answerOutsideScope: return "WS016"
        case .missingAnswer: return "WS017"
        case .missingAnswers: return "WS018"
        case .notAssessed: return "WS019"
        case .stageOutOfRange: return "WS020"
        case .duplicateService: return "WS021"
        case .noServices: return "WS022"
        case .invalidPeriodName: return "WS030"
        case .noPeriods: return "WS031"
        case .unknownPeriod: return "WS032"
        case .duplicatePeriodDate: return "WS033"
        case .missingFile: return "WS034"
        case .fileNameNotOPD: return "WS035"
        case .unreadable: return "WS036"
        case .notApplicableByOwner: return "WS037"
        case .ignoredFile: return "WS038"
        case .workspaceNotFound: return "WS039"
        case .nothingAssessed: return "WS040"
        case .notImportable: return "WS041"
        case .opdMismatch: return "WS042"
        case .importOutsideScope: return "WS043"
        case .verifiedConflict: return "WS044"
        case .missingWho: return "WS045"
        case .missingWhen: return "WS046"
        case .invalidDate: return "WS047"
        case .importTargetElsewhere: return "WS048"
        case .surveyValue: return "WS050"
        case .surveyDiffers: return "WS051"
        case .newPeriodHasFiles: return "WS052"
        case .newPeriodNotAfter: return "WS053"
        case .periodNotFromEvidence: return "WS054"
        case .itemsWithoutEvidenceMethod: return "WS055"
        case .itemOfAnotherOPD: return "WS056"
        case .narrativeRequired: return "WS057"
        case .revisionNoteRequired: return "WS058"
        case .verdictConflict: return "WS059"
        case .assessorValueConflict: return "WS060"
        case .indicatorOfAnotherOPD: return "WS061"
        case .duplicateImportedItem: return "WS062"
        case .duplicateAssessorValue: return "WS063"
        case .roleHeldTwice: return "WS064"
        case .numberOutOfRange: return "WS065"
        }
    }

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .staffTotalBelowParts, .answerOutsideScope, .missingAnswer, .missingAnswers, .notAssessed, .noServices,
             .notApplicableByOwner, .ignoredFile, .nothingAssessed, .surveyDiffers:
            return .warning
        default:
            return .error
        }
    }

    public func text(_ l: Language) -> String {
        func list(_ words: [String]) -> String { words.map { "\"\($0)\"" }.joined(separator: ", ") }
        func hint(_ s: String?) -> String {
            s.map { l.pick(id: "; maksudnya \"\($0)\"?", en: "; did you mean \"\($0)\"?") } ?? ""
        }
        switch self {
        case .missingColumn(let expected):
            return l.pick(id: "kolom wajib tidak ada; tajuk seharusnya memuat salah satu dari \(list(expected))",
                          en: "required column missing; the header should contain one of \(list(expected))")
        case .missingValue(let column):
            return l.pick(id: "nilai \"\(column)\" kosong, padahal wajib diisi", en: "\"\(column)\" is empty but required")
        case .duplicateOPD(let id, let line):
            return l.pick(id: "OPD \"\(id)\" sudah tercantum di baris \(line)", en: "OPD \"\(id)\" is already listed on line \(line)")
        case .invalidOPDID(let id):
            return l.pick(id: "id OPD \"\(id)\" tidak sah; gunakan huruf kecil, angka dan tanda hubung (misalnya dinkes, kec-klojen), bukan nama perangkat seperti con atau nul",
                          en: "OPD id \"\(id)\" is not valid; use lower-case letters, digits and hyphens (e.g. dinkes, kec-klojen), not a device name such as con or nul")
        case .unknownOPD(let id, let s):
            return l.pick(id: "OPD \"\(id)\" tidak ada di opds.csv\(hint(s))", en: "OPD \"\(id)\" is not in opds.csv\(hint(s))")
        case .numberOutOfRange(let found, let range):
            return l.pick(id: "\"\(found)\" di luar rentang \(l.grouped(range.lowerBound))–\(l.grouped(range.upperBound))",
                          en: "\"\(found)\" is outside the range \(l.grouped(range.lowerBound))–\(l.grouped(range.upperBound))")
        case .notANumber(let found):
            return l.pick(id: "\"\(found)\" bukan bilangan bulat tak negatif", en: "\"\(found)\" is not a non-negative whole number")
        case .staffTotalBelowParts(let total, let parts):
            return l.pick(id: "jumlah pegawai \(total) lebih kecil dari jumlah pimpinan, admin dan operator (\(parts))",
                          en: "staff total \(total) is below the sum of leaders, admins and operators (\(parts))")
        case .unknownIndicator(let id, let s):
            return l.pick(id: "indikator \"\(id)\" tidak dikenal di katalog yang dipakai\(hint(s))",
                          en: "indicator \"\(id)\" is not in the catalogs in use\(hint(s))")
        case .levelOutOfRange(let found, let scale, let indicator):
            return l.pick(id: "tingkat \"\(found)\" di luar rentang \(scale.span(l)) untuk indikator \(indicator)",
                          en: "level \"\(found)\" is outside \(scale.span(l)) for indicator \(indicator)")
        case .notALevel(let found, let scale, let indicator):
            return l.pick(id: "\"\(found)\" bukan tingkat untuk indikator \(indicator); isi \(scale.expected(l)), atau TB (tidak berlaku) dengan alasan di kolom catatan",
                          en: "\"\(found)\" is not a level for indicator \(indicator); write \(scale.expected(l)), or TB (not applicable) with a reason in the note column")
        case .verifiedNotALevel(let found, let scale, let indicator):
            return l.pick(id: "tingkat terverifikasi \"\(found)\" untuk indikator \(indicator) tidak sah; isi \(scale.expected(l)) atau biarkan kosong",
                          en: "verified level \"\(found)\" for indicator \(indicator) is not valid; write \(scale.expected(l)) or leave it empty")
        case .duplicateAnswer(let indicator, let first):
            return l.pick(id: "indikator \(indicator) sudah dijawab \(first.text(l))", en: "indicator \(indicator) is already answered \(first.text(l))")
        case .notApplicableWithoutReason(let indicator):
            return l.pick(id: "indikator \(indicator) ditandai tidak berlaku (TB) tanpa alasan; tulis alasannya di kolom catatan",
                          en: "indicator \(indicator) is marked not applicable (TB) without a reason; give the reason in the note column")
        case .answerOutsideScope(let indicator, let opd):
            return l.pick(id: "\(opd) menjawab indikator \(indicator) yang menurut katalog bukan bagiannya; jawaban ini tidak dihitung",
                          en: "\(opd) answers indicator \(indicator), which the catalog does not assign to it; the answer is not counted")
        case .missingAnswer(let indicator, let opd):
            return l.pick(id: "\(opd) belum menjawab indikator \(indicator)", en: "\(opd) has not answered indicator \(indicator)")
        case .missingAnswers(let count, let opd, let first):
            let shown = first.joined(separator: ", ") + (count > first.count ? ", …" : "")
            return l.pick(id: "\(opd) belum menjawab \(count) indikator yang menjadi bagiannya (\(shown))",
                          en: "\(opd) has not answered \(count) indicator(s) assigned to it (\(shown))")
        case .notAssessed(let opd, let period):
            return l.pick(id: "OPD \(opd) belum punya berkas penilaian pada periode \(period); OPD ini tidak dinilai",
                          en: "OPD \(opd) has no assessment file in period \(period); it is not scored")
        case .stageOutOfRange(let found, let range):
            return l.pick(id: "tahap \"\(found)\" tidak sah; seharusnya bilangan bulat \(range.lowerBound)–\(range.upperBound)",
                          en: "stage \"\(found)\" is not valid; expected a whole number \(range.lowerBound)–\(range.upperBound)")
        case .duplicateService(let name, let first):
            return l.pick(id: "layanan \"\(name)\" sudah tercantum \(first.text(l))", en: "service \"\(name)\" is already listed \(first.text(l))")
        case .noServices(let opd):
            return l.pick(id: "\(opd) belum mencatat layanan apa pun; kesiapan daringnya tidak dapat dinilai",
                          en: "\(opd) lists no services; its online readiness cannot be assessed")
        case .invalidPeriodName(let name):
            return l.pick(id: "nama periode \"\(name)\" tidak sah; gunakan TTTT-BB atau TTTT-BB-HH, atau beri period.json dengan \"date\"",
                          en: "period name \"\(name)\" is not valid; use YYYY-MM or YYYY-MM-DD, or add a period.json with a \"date\"")
        case .noPeriods(let dir):
            return l.pick(id: "tidak ada periode penilaian di \(dir)", en: "no assessment period in \(dir)")
        case .unknownPeriod(let p, let available):
            return l.pick(id: "periode \"\(p)\" tidak ada (tersedia: \(list(available)))", en: "period \"\(p)\" does not exist (available: \(list(available)))")
        case .duplicatePeriodDate(let date, let other):
            return l.pick(id: "tanggal \(date) juga dipakai periode \(other)", en: "date \(date) is also used by period \(other)")
        case .missingFile(let what):
            return l.pick(id: "berkas \(what) tidak ditemukan", en: "file \(what) not found")
        case .fileNameNotOPD(let file):
            return l.pick(id: "nama berkas \"\(file)\" bukan id OPD di opds.csv dan berkas tidak memuat kolom \"opd\"",
                          en: "file name \"\(file)\" is not an OPD id in opds.csv and the file has no \"opd\" column")
        case .unreadable(let error):
            return error.text(l)
        case .notApplicableByOwner(let indicator, let opd):
            return l.pick(id: "\(opd) adalah pemilik indikator \(indicator) tetapi menandainya tidak berlaku; metode resmi tetap memerlukan tingkat kota",
                          en: "\(opd) owns indicator \(indicator) but marks it not applicable; the official method still needs a city level")
        case .workspaceNotFound(let path):
            return l.pick(id: "folder ruang kerja \"\(path)\" tidak ada; berikan folder yang memuat opds.csv dan assessments/",
                          en: "workspace folder \"\(path)\" does not exist; give the folder that holds opds.csv and assessments/")
        case .ignoredFile(let name):
            return l.pick(id: "berkas \"\(name)\" diabaikan: hanya .csv dan .json yang dibaca", en: "file \"\(name)\" is ignored: only .csv and .json are read")
        case .nothingAssessed(let period):
            return l.pick(id: "belum ada OPD yang dinilai pada periode \(period): taruh berkas jawaban di folder periode (lihat README.txt di sana) atau gunakan `smartcity import`",
                          en: "no OPD is assessed in period \(period) yet: put answer files in the period's folder (see its README.txt) or use `smartcity import`")
        case .notImportable(let name):
            return l.pick(id: "berkas \"\(name)\" tidak dapat diimpor: hanya berkas jawaban atau layanan .csv dan .json",
                          en: "file \"\(name)\" cannot be imported: only answer or service files in .csv or .json can")
        case .opdMismatch(let file, let row):
            return l.pick(id: "nama berkas menyebut OPD \"\(file)\", tetapi baris ini untuk OPD \"\(row)\"; periksa apakah berkasnya tertukar",
                          en: "the file name says OPD \"\(file)\" but this row is for OPD \"\(row)\"; check the files were not mixed up")
        case .importOutsideScope(let indicator, let opd):
            return l.pick(id: "menurut katalog dan kebijakan, indikator \(indicator) bukan bagian OPD \(opd); jawaban ini tidak diimpor (OPD yang salah?)",
                          en: "by the catalogs and policy, indicator \(indicator) is not \(opd)'s to answer; the answer is not imported (wrong OPD?)")
        case .verifiedConflict(let opd, let indicator, let old, let new):
            return l.pick(id: "\(opd) \(indicator): tingkat verifikasi di ruang kerja \(old), di berkas impor \(new); tingkat verifikasi tidak ditimpa tanpa --force",
                          en: "\(opd) \(indicator): verified level \(old) in the workspace, \(new) in the import; a verified level is not overwritten without --force")
        case .missingWho:
            return l.pick(id: "siapa yang membuat perubahan ini? berikan --by NAMA atau isi kolom \"oleh\"",
                          en: "who made this change? give --by NAME or fill the column \"by\"")
        case .missingWhen:
            return l.pick(id: "kapan perubahan ini dibuat? berikan --at TTTT-BB-HH atau isi kolom \"tanggal\"",
                          en: "when was this change made? give --at YYYY-MM-DD or fill the column \"date\"")
        case .invalidDate(let text):
            return l.pick(id: "\"\(text)\" bukan tanggal TTTT-BB-HH", en: "\"\(text)\" is not a YYYY-MM-DD date")
        case .surveyValue(let column, let found, let expected):
            return l.pick(id: "kolom \"\(column)\": \"\(found)\" bukan \(expected)", en: "column \"\(column)\": \"\(found)\" is not \(expected)")
        case .surveyDiffers(let opd, let indicator, let answered, let suggested, let respondents):
            return l.pick(id: "\(opd) \(indicator): dijawab tingkat \(answered.plainText(separator: l.decimalSeparator)), survei pengguna (\(respondents) responden) menunjukkan \(suggested.plainText(separator: l.decimalSeparator)); tinjau buktinya",
                          en: "\(opd) \(indicator): answered level \(answered.plainText()), the user survey (\(respondents) respondents) suggests \(suggested.plainText()); review the evidence")
        case .newPeriodHasFiles(let folder):
            return l.pick(id: "folder periode baru \(folder) sudah berisi berkas; pilih periode lain atau kosongkan foldernya (tidak ada yang ditimpa)",
                          en: "the new period's folder \(folder) already holds files; choose another period or empty the folder (nothing is overwritten)")
        case .newPeriodNotAfter(let new, let from):
            return l.pick(id: "periode baru \(new) harus sesudah periode asalnya \(from)", en: "the new period \(new) must come after the period it starts from, \(from)")
        case .periodNotFromEvidence(let period, let method):
            return l.pick(id: "periode \(period) dinilai dengan \(method) tanpa evidence.csv: tidak ada register butir data dukung untuk dibawa",
                          en: "period \(period) is assessed with \(method) without an evidence.csv: there is no evidence register to carry over")
        case .itemsWithoutEvidenceMethod(let period, let method):
            return l.pick(id: "periode \(period) dinilai dengan \(method), yang nilainya tidak dibentuk dari butir data dukung: berkas butir atau nilai asesor tidak dapat diimpor ke periode ini",
                          en: "period \(period) is assessed with \(method), whose values are not formed from evidence items: a file of items or assessor values cannot be imported into it")
        case .itemOfAnotherOPD(let code, let owner, let opd):
            if let owner {
                return l.pick(id: "butir \(code) menjadi tanggung jawab \(owner), bukan \(opd): berkas dari formulir \(opd) hanya boleh menandai butir milik \(opd)",
                              en: "item \(code) is \(owner)'s to produce, not \(opd)'s: a file from \(opd)'s form may mark only \(opd)'s own items")
            }
            return l.pick(id: "butir \(code) belum punya unit pemilik: tetapkan pemiliknya di kolom pemilik evidence.csv atau di evidenceOwners kebijakan sebelum \(opd) mengimpornya",
                          en: "item \(code) has no owner unit yet: set its owner in the owner column of evidence.csv or in the policy's evidenceOwners before \(opd) imports it")
        case .narrativeRequired(let code):
            return l.pick(id: "butir \(code) diunggah tanpa narasi: tuliskan di kolom narasi bagaimana dokumen itu menunjukkan tingkat yang dicapai",
                          en: "item \(code) is put forward without its narrative: write in the narrative column how the document shows the level is reached")
        case .revisionNoteRequired(let code):
            return l.pick(id: "butir \(code) dikembalikan untuk revisi tanpa catatan asesor: tuliskan di kolom catatan apa yang kurang",
                          en: "item \(code) is sent back for revision without the assessor's note: write in the note column what is missing")
        case .verdictConflict(let code, let old, let new):
            return l.pick(id: "butir \(code) sudah dinilai asesor (\(old)); status \"\(new)\" dari unit tidak menggantikan penilaian asesor tanpa --force",
                          en: "item \(code) has the assessor's verdict (\(old)); the unit's status \"\(new)\" does not replace it without --force")
        case .assessorValueConflict(let indicator, let old, let new):
            return l.pick(id: "\(indicator): nilai asesor di ruang kerja \(old), di berkas impor \(new); nilai asesor tidak ditimpa tanpa --force",
                          en: "\(indicator): assessor value \(old) in the workspace, \(new) in the import; an assessor value is not overwritten without --force")
        case .indicatorOfAnotherOPD(let indicator, let opd):
            return l.pick(id: "\(opd) tidak memegang satu pun butir \(indicator): nilai asesornya ditetapkan dari formulir unit pemilik butirnya",
                          en: "\(opd) owns no item of \(indicator): its assessor value is set from the form of a unit that owns its items")
        case .duplicateImportedItem(let code, let first):
            return l.pick(id: "butir \(code) sudah tercantum \(first.text(l))", en: "item \(code) is already listed \(first.text(l))")
        case .duplicateAssessorValue(let indicator, let first):
            return l.pick(id: "nilai asesor \(indicator) sudah diberikan \(first.text(l))", en: "the assessor value of \(indicator) is already given \(first.text(l))")
        case .roleHeldTwice(let role, let opd, let other, let place):
            return l.pick(id: "peran \(role) diberikan kepada \(opd), padahal sudah dipegang \(other) (\(place)); satu peran dipegang satu OPD",
                          en: "role \(role) is given to \(opd) but \(other) already holds it (\(place)); one OPD holds a role")
        case .importTargetElsewhere(let opd, let file, let target):
            return l.pick(id: "jawaban atau layanan \(opd) pada periode ini tersimpan di \(file), padahal impor hanya menulis \(target); pindahkan dulu isinya ke sana",
                          en: "\(opd)'s answers or services for this period are kept in \(file), and import writes only \(target); move them there first")
        }
    }
}

/// Where a duplicated row first appeared: a line of the same file, or of another file.
public struct FirstOccurrence: Sendable, Hashable {
    public var file: String?
    public var line: Int

    public func text(_ l: Language) -> String {
        if let file { return l.pick(id: "di \(file):\(line)", en: "in \(file):\(line)") }
        return l.pick(id: "di baris \(line)", en: "on line \(line)")
    }

}

extension ValueScale {
    /// `1–5` or `1,00–5,00`.
    func span(_ l: Language) -> String {
        text(minimum, separator: l.decimalSeparator) + "–" + text(maximum, separator: l.decimalSeparator)
    }

    /// What a cell of this scale takes.
    func expected(_ l: Language) -> String {
        isWhole
            ? l.pick(id: "bilangan bulat \(span(l))", en: "a whole number \(span(l))")
            : l.pick(id: "nilai \(span(l)) dengan paling banyak dua desimal", en: "a value \(span(l)) with at most two decimals")
    }
}
