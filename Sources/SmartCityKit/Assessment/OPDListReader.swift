/// Reads `opds.csv`: the city's OPDs with their kind, tags, head, staff counts and the
/// catalogs' roles each holds (`peran`, so renaming an OPD needs no policy edit).
enum OPDListReader {
    static let columns: [ColumnSpec] = [
        ColumnSpec(key: "id", aliases: ["id", "kode", "opd"], required: true),
        ColumnSpec(key: "name", aliases: ["name", "nama", "nama opd"], required: true),
        ColumnSpec(key: "kind", aliases: ["kind", "jenis"], required: true),
        ColumnSpec(key: "tags", aliases: ["tags", "tag", "label"], required: false),
        ColumnSpec(key: "head", aliases: ["head", "kepala"], required: false),
        ColumnSpec(key: "leaders", aliases: ["staff leader", "staff leaders", "pegawai pimpinan", "pimpinan"], required: false),
        ColumnSpec(key: "admins", aliases: ["staff admin", "staff admins", "pegawai admin", "admin"], required: false),
        ColumnSpec(key: "operators", aliases: ["staff operator", "staff operators", "pegawai operator", "operator"], required: false),
        ColumnSpec(key: "total", aliases: ["staff total", "total staff", "jumlah pegawai", "pegawai"], required: false),
        ColumnSpec(key: "roles", aliases: ["peran", "roles", "role"], required: false),
    ]

    static func read(bytes: [UInt8], file: String) -> (opds: [OPD], diagnostics: [Diagnostic]) {
        let (table, readDiagnostics) = CSVReader.read(bytes: bytes, file: file)
        guard let table else { return ([], readDiagnostics) }
        let (rows, _, columnDiagnostics) = table.rawRows(columns, opdAliases: [])
        var diagnostics = readDiagnostics + columnDiagnostics
        var opds: [OPD] = []
        var seen: [String: Int] = [:]
        for row in rows {
            func required(_ i: Int) -> String? {
                guard let c = row.cells[i], !c.isBlank else {
                    let location = row.cells[i]?.location(file) ?? Diagnostic.Location(file: file, line: row.line, column: row.column)
                    diagnostics.append(Diagnostic(.workspace(.missingValue(column: columns[i].key)), at: location))
                    return nil
                }
                return c.text.trimmingSpaces()
            }
            func count(_ i: Int) -> Int? {
                guard let c = row.cells[i], !c.isBlank else { return nil }
                guard let n = Int(c.text.trimmingSpaces()), n >= 0 else {
                    diagnostics.append(Diagnostic(.workspace(.notANumber(c.text)), at: c.location(file)))
                    return nil
                }
                guard OPD.Staff.countRange.contains(n) else {
                    diagnostics.append(Diagnostic(.workspace(.numberOutOfRange(found: c.text, range: OPD.Staff.countRange)), at: c.location(file)))
                    return nil
                }
                return n
            }
            let rawID = required(0), name = required(1), kind = required(2)
            let staff = OPD.Staff(leaders: count(5), admins: count(6), operators: count(7), total: count(8))
            if let total = staff.total {
                let parts = (staff.leaders ?? 0) + (staff.admins ?? 0) + (staff.operators ?? 0)
                if total < parts, let c = row.cells[8] {
                    diagnostics.append(Diagnostic(.workspace(.staffTotalBelowParts(total: total, parts: parts)), at: c.location(file)))
                }
            }
            guard let rawID, let name, let kind, let idCell = row.cells[0] else { continue }
            let id = rawID.lowercased()
            guard OPDListReader.isValidID(id) else {
                diagnostics.append(Diagnostic(.workspace(.invalidOPDID(rawID)), at: idCell.location(file)))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(Diagnostic(.workspace(.duplicateOPD(id, firstLine: first)), at: idCell.location(file)))
                continue
            }
            seen[id] = row.line
            let kindWord = kind.lowercased()
            var tags = Set(OPDListReader.splitTags(row.cells[3]?.text ?? ""))
            tags.insert(kindWord)
            var opd = OPD(id: id, name: name, kind: kindWord, tags: tags.sorted(),
                          head: row.cells[4]?.text.trimmingSpaces() ?? "", staff: staff, line: row.line)
            if let cell = row.cells[9], !cell.isBlank {
                opd.roles = OPDListReader.splitTags(cell.text)
                opd.rolesCell = Diagnostic.Location(file: file, line: cell.line, column: cell.column, context: cell.context)
            }
            opds.append(opd)
        }
        return (opds, diagnostics)
    }

    /// Lower-case letters, digits, `-` and `_`, starting with a letter or digit, at most 64,
    /// and not a name Windows reserves for a device (`con`, `nul`, `com1`, …; `con.csv` is
    /// reserved too): ids are also file names, so they must be safe as such on every system.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 64, !reservedNames.contains(id) else { return false }
        func ok(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("0"..."9").contains(s) }
        return ok(first) && id.unicodeScalars.allSatisfy { ok($0) || $0 == "-" || $0 == "_" }
    }

    /// Device names of Windows (and so of every file share a city's staff may copy to).
    static let reservedNames = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    /// Tags may be separated by `|`, `,`, `;` or spaces, whichever a spreadsheet allowed.
    static func splitTags(_ text: String) -> [String] {
        text.split { $0 == "|" || $0 == "," || $0 == ";" || $0 == " " || $0 == "\t" }
            .map { $0.lowercased() }
            .filter { !$0.isEmpty }
    }
}
