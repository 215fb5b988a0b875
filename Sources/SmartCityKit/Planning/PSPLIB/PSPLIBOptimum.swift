/// Reads the optimal (or best known) makespans of a PSPLIB set from a CSV file with the
/// columns `problem` (the instance's file name, e.g. `j301_1.sm`) and `optimum` (as shipped
/// beside the j30 instances) or `best_known` (beside j60 and j120, where an open instance's
/// value is `LB..UB`).
///
/// Uses the project's CSV reader, so syntax findings keep their `CSVxxx` codes and
/// positions; a value that is not a whole number ≥ 0 is reported at its cell and skipped.
public enum PSPLIBOptimum {
    public static let instanceColumns = ["problem", "instance", "name", "file"]
    public static let optimumColumns = ["optimum", "best_known", "makespan", "best", "ub"]

    /// The reference makespan per instance file name.
    public static func read(bytes: [UInt8], file: String) -> (optima: [String: PSPLIBReference], findings: [Diagnostic]) {
        let (table, diagnostics) = CSVReader.read(bytes: bytes, file: file)
        var findings = diagnostics
        guard let table else { return ([:], findings) }
        guard let nameColumn = table.columnIndex(instanceColumns), let valueColumn = table.columnIndex(optimumColumns) else {
            let location = Diagnostic.Location(file: file, line: table.header.first?.line ?? 1, column: 1)
            findings.append(Diagnostic(.missingColumn(expected: [instanceColumns[0], optimumColumns[0]]), at: location))
            return ([:], findings)
        }
        var optima: [String: PSPLIBReference] = [:]
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            guard let nameField = row[nameColumn], let valueField = row[valueColumn] else {
                let location = Diagnostic.Location(file: file, line: row.line, column: 1)
                findings.append(Diagnostic(.notAMakespan(found: ""), at: location))
                continue
            }
            let name = CSVReader.trimmed(nameField.value)
            let text = CSVReader.trimmed(valueField.value)
            guard let value = PSPLIBReference(text) else {
                let location = Diagnostic.Location(file: file, line: valueField.line, column: valueField.column, context: .field(table.header[valueColumn].value))
                findings.append(Diagnostic(.notAMakespan(found: text), at: location))
                continue
            }
            if let first = firstLine[name] {
                let location = Diagnostic.Location(file: file, line: nameField.line, column: nameField.column)
                findings.append(Diagnostic(.duplicateInstance(name, firstLine: first), at: location))
                continue
            }
            firstLine[name] = row.line
            optima[name] = value
        }
        return (optima, findings)
    }
}
