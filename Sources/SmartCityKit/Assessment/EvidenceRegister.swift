/// A period's evidence register (`assessments/<period>/evidence.csv`): the city's state of
/// each evidence item (*butir data dukung*) of the method, as the evaluation portal and the
/// regional team track it.
///
/// One value for the government as a whole: each item has one owner unit and one status.
/// Columns (Indonesian or English): `kode|code`, `status`, and optionally `revisi|revision`
/// (the kind of a revision), `dokumen|document`, `tanggal|date`, `pemilik|owner` (an OPD id;
/// empty: the unit the policy binds to the indicator's role), `catatan|note` (the assessor's
/// note), `tanggapan|response` (for an item in revision: the document that answers the note,
/// shown on the appeal sheet), `alasan|reason` (why the item stands as it does, as
/// `smartcity period new` writes it: carried over, reset, open again), `narasi|narrative` (the
/// unit's *narasi penjelasan capaian*: how the document shows the level is reached). Items
/// not listed are `belum`. Every bad cell is reported at its position.
public struct EvidenceRegister: Sendable {
    /// Where an item stands.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Not started.
        case belum
        /// Being prepared (regional teams also write `proses`).
        case draf
        /// Uploaded to the portal, not yet assessed.
        case diunggah
        /// Accepted by the assessor: the only status that counts towards the value.
        case diterima
        /// Sent back by the assessor, with its kind.
        case revisi

        static let aliases: [String: Status] = [
            "belum": .belum, "none": .belum, "not-started": .belum, "draf": .draf, "draft": .draf, "proses": .draf,
            "diunggah": .diunggah, "uploaded": .diunggah, "diterima": .diterima, "accepted": .diterima,
            "revisi": .revisi, "revision": .revisi,
        ]
    }

    /// Why the assessor sent an item back.
    public enum Revision: String, Sendable, Hashable, CaseIterable {
        /// *Tidak tepat*: the document is not the evidence asked for.
        case tidakTepat = "tidak-tepat"
        /// *Belum tersedia dan belum diunggah*: nothing was uploaded.
        case belumDiunggah = "belum-diunggah"
        /// *Otomatis ditolak*: a lower level was not accepted.
        case otomatisDitolak = "otomatis-ditolak"

        static let aliases: [String: Revision] = [
            "tidak-tepat": .tidakTepat, "tidak tepat": .tidakTepat, "wrong": .tidakTepat,
            "belum-diunggah": .belumDiunggah, "belum diunggah": .belumDiunggah, "not-uploaded": .belumDiunggah,
            "otomatis-ditolak": .otomatisDitolak, "otomatis ditolak": .otomatisDitolak, "auto-rejected": .otomatisDitolak,
        ]
    }

    /// One item's row.
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var item: EvidenceItemRef
        public var status: Status
        public var revision: Revision?
        public var document: String
        public var date: CalendarDate?
        /// The owner unit written in the register, when it differs from the policy's.
        public var owner: Int?
        public var note: String
        /// The document that answers the assessor's note (items in revision).
        public var response: String = ""
        /// Why the item stands as it does (written by `period new`).
        public var reason: String = ""
        /// How the unit explains that the document shows the level reached.
        public var narrative: String = ""
        public var line: Int

        /// Whether the unit has put the item forward: uploaded, whatever the assessor said
        /// since, except a revision for nothing uploaded.
        public var claimed: Bool {
            switch status {
            case .belum, .draf: return false
            case .diunggah, .diterima: return true
            case .revisi: return revision != .belumDiunggah
            }
        }
    }

    public var file: String
    /// By item code, in the file's order.
    public var entries: [Entry]
    private var byCode: [String: Int] = [:]

    init(file: String, entries: [Entry]) {
        self.file = file
        self.entries = entries
        for (i, e) in entries.enumerated() { byCode[e.code] = i }
    }

    /// The register's columns, each by its accepted header names, in the order a new register
    /// gets them; the import finds and adds columns by these (`Column`).
    static let columns: [ColumnSpec] = [
        ColumnSpec(key: "code", aliases: ["kode", "code"], required: true),
        ColumnSpec(key: "status", aliases: ["status"], required: true),
        ColumnSpec(key: "revision", aliases: ["revisi", "jenis_revisi", "jenis revisi", "revision"], required: false),
        ColumnSpec(key: "document", aliases: ["dokumen", "document"], required: false),
        ColumnSpec(key: "date", aliases: ["tanggal", "tanggal dokumen", "date", "document date"], required: false),
        ColumnSpec(key: "owner", aliases: ["pemilik", "owner"], required: false),
        ColumnSpec(key: "note", aliases: ["catatan", "catatan_asesor", "catatan asesor", "note"], required: false),
        ColumnSpec(key: "response", aliases: ["tanggapan", "jawaban", "response"], required: false),
        ColumnSpec(key: "reason", aliases: ["alasan", "reason"], required: false),
        ColumnSpec(key: "narrative", aliases: ["narasi", "narasi penjelasan capaian", "narrative"], required: false),
    ]

    /// A column of `columns`, by its place there.
    enum Column: Int, CaseIterable {
        case code, status, revision, document, date, owner, note, response, reason, narrative

        var aliases: [String] { EvidenceRegister.columns[rawValue].aliases }
    }

    /// The row of this item, when the register lists it.
    public func entry(_ code: String) -> Entry? { byCode[code].map { entries[$0] } }

    /// Reads a register against the period's method and workspace.
    ///
    /// `otherMethods` are the other catalogs known, so a code of another method is named as such.
    public static func read(bytes: [UInt8], file: String, catalog: IndicatorCatalog, workspace: Workspace,
                            periodDate: CalendarDate, otherMethods: [IndicatorCatalog] = []) -> (register: EvidenceRegister?, diagnostics: [Diagnostic]) {
        let (table, csvDiagnostics) = CSVReader.read(bytes: bytes, file: file)
        guard let table else { return (nil, csvDiagnostics) }
        var diagnostics = csvDiagnostics
        let (found, missing) = table.columns([Column.code.aliases, Column.status.aliases])
        guard let found else { return (nil, diagnostics + [missing].compactMap { $0 }) }
        let (c, s) = (found[0], found[1])
        let r = table.columnIndex(Column.revision.aliases), d = table.columnIndex(Column.document.aliases)
        let t = table.columnIndex(Column.date.aliases), o = table.columnIndex(Column.owner.aliases)
        let n = table.columnIndex(Column.note.aliases), a = table.columnIndex(Column.response.aliases)
        let why = table.columnIndex(Column.reason.aliases), story = table.columnIndex(Column.narrative.aliases)
        var entries: [Entry] = []
        var firstLine: [String: Int] = [:]
        let codes = catalog.evidenceItems.keys.sorted()
        for row in table.rows {
            func text(_ index: Int?) -> String { table.text(row, index) }
            func fail(_ index: Int, _ message: EvidenceMessage) { diagnostics.append(Diagnostic(.evidence(message), at: table.location(row, index))) }
            let code = text(c).uppercased()
            if code.isEmpty, table.header.indices.allSatisfy({ text($0).isEmpty }) { continue }
            guard let item = catalog.evidenceItem(code) else {
                fail(c, unknown(code, catalog: catalog, codes: codes, otherMethods: otherMethods))
                continue
            }
            let (status, revision, problems) = statusAndRevision(text(s), text(r), hasRevisionColumn: r != nil, statusRequired: true)
            for (column, message) in problems { fail(column == .revision ? (r ?? s) : s, message) }
            var ok = problems.isEmpty
            var date: CalendarDate?
            if let t, !text(t).isEmpty {
                let problem: EvidenceMessage?
                (date, problem) = EvidenceNumbers.date(text(t), notAfter: periodDate)
                if let problem { fail(t, problem); ok = false }
            }
            var owner: Int?
            if let o, !text(o).isEmpty {
                owner = workspace.opdIndex[text(o)]
                if owner == nil {
                    fail(o, .unknownOwner(text(o), suggestion: Suggestion.closest(to: text(o), in: workspace.opds.map(\.id))))
                    ok = false
                }
            }
            if let a, !text(a).isEmpty, let status, status != .revisi {
                fail(a, .responseWithoutRevision(status: status.rawValue))
                ok = false
            }
            if let first = firstLine[code] {
                fail(c, .duplicateItem(code, firstLine: first))
                continue
            }
            firstLine[code] = row.line
            guard ok, let status else { continue }
            entries.append(Entry(code: code, item: item, status: status, revision: revision, document: text(d), date: date,
                                 owner: owner, note: text(n), response: text(a), reason: text(why), narrative: text(story), line: row.line))
        }
        return (EvidenceRegister(file: file, entries: entries), diagnostics)
    }

    /// A row's status and revision kind as written, with each problem and the column it is
    /// in (`.status` or `.revision`); the register and an imported items file read them alike.
    /// An empty status is nil, and no problem, unless `statusRequired`.
    static func statusAndRevision(_ statusText: String, _ revisionText: String, hasRevisionColumn: Bool, statusRequired: Bool)
        -> (status: Status?, revision: Revision?, problems: [(Column, EvidenceMessage)]) {
        var problems: [(Column, EvidenceMessage)] = []
        var status: Status?
        if statusRequired || !statusText.isEmpty {
            status = Status.aliases[statusText.lowercased()]
            if status == nil { problems.append((.status, .unknownStatus(statusText, allowed: Status.allCases.map(\.rawValue)))) }
        }
        var revision: Revision?
        if !revisionText.isEmpty {
            revision = Revision.aliases[revisionText.lowercased()]
            if revision == nil {
                problems.append((.revision, .unknownRevisionKind(revisionText, allowed: Revision.allCases.map(\.rawValue))))
            } else if let status, status != .revisi {
                problems.append((.revision, .revisionKindWithoutRevision(status: status.rawValue)))
            }
        } else if status == .revisi {
            problems.append((hasRevisionColumn ? .revision : .status, .revisionKindRequired))
        }
        return (status, revision, problems)
    }

    /// Why a code is not an item of the method: a level the indicator lacks, an indicator
    /// scored from an external index, or simply unknown.
    static func unknown(_ code: String, catalog: IndicatorCatalog, codes: [String], otherMethods: [IndicatorCatalog] = []) -> EvidenceMessage {
        if let other = otherMethods.first(where: { $0.id != catalog.id && ($0.evidenceItem(code) != nil || $0.exactLookup[code] != nil) }) {
            return .itemOfAnotherMethod(code: code, method: other.id, period: catalog.id)
        }
        let parts = code.split(separator: "-")
        if parts.count == 3, let position = catalog.position(of: String(parts[0])), parts[1].hasPrefix("L"),
           let level = Int(parts[1].dropFirst()) {
            let indicator = catalog.indicators[position]
            if let external = indicator.external, let index = catalog.externalIndex(external.index) {
                return .itemOfExternalIndicator(code: code, indicator: indicator.id, index: index.name.id, agency: index.agency)
            }
            if !catalog.levels.contains(level) {
                return .levelNotInIndicator(code: code, indicator: indicator.id, levels: catalog.levels)
            }
        }
        return .unknownItem(code, suggestion: Suggestion.closest(to: code, in: codes))
    }
}
