/// What `smartcity period new` did: the carry-over of the register, the files written.
public struct NewPeriodResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var from: String?
    public var to: String?
    public var carryOver: RegisterCarryOver?
    /// Files written into the new period's folder, in path order; empty on error.
    public var written: [String] = []
    /// A failure to write, after which nothing of the new period is left.
    public var writeFailure: FileError?
}

extension Pipeline {
    /// Starts period `to` from period `from` of a method scored from evidence: the register
    /// carried over (`RegisterCarryOver`), the other agencies' indices and every answer,
    /// service and survey file copied as they are, the period's method kept. The assessor's
    /// values are not carried: they belong to one evaluation. Nothing is written when the
    /// input has errors or the new period's folder already holds a file; all files are written
    /// at once or none.
    public static func newPeriod(_ locations: InputLocations, from: String, to: String, language: Language) -> NewPeriodResult {
        let (base, loadDiagnostics) = loadInputs(locations)
        var result = NewPeriodResult(diagnostics: loadDiagnostics.filter(\.isError), from: from, to: to)
        guard let base, result.diagnostics.isEmpty else { return result }
        let workspace = base.workspace
        let root = FileSystem.join(workspace.root, "assessments")
        let (found, selectDiagnostics) = selectPeriod(from, in: workspace)
        result.diagnostics += selectDiagnostics
        let directory = FileSystem.join(root, to)
        let at = Diagnostic.Location(file: directory)
        let date = CalendarDate(iso: to) ?? CalendarDate(endOfMonth: to)
        if date == nil { result.diagnostics.append(Diagnostic(.workspace(.invalidPeriodName(to)), at: at)) }
        if let other = workspace.periods.first(where: { $0.id == to }) ?? workspace.periods.first(where: { $0.date == date }), other.id != from {
            result.diagnostics.append(other.id == to ? Diagnostic(.workspace(.newPeriodHasFiles(directory)), at: at)
                                                     : Diagnostic(.workspace(.duplicatePeriodDate(other.date.description, other: other.id)), at: at))
        } else if FileSystem.exists(directory), !FileSystem.isEmptyDirectory(directory) {
            result.diagnostics.append(Diagnostic(.workspace(.newPeriodHasFiles(directory)), at: at))
        }
        guard let info = found, let date, !result.diagnostics.hasErrors else { return result }
        if !(info.date < date) { result.diagnostics.append(Diagnostic(.workspace(.newPeriodNotAfter(new: to, from: from)), at: at)) }
        let (derived, methodDiagnostics) = inputs(for: info, base: base)
        result.diagnostics += methodDiagnostics.filter(\.isError)
        guard let inputs = derived, !result.diagnostics.hasErrors else { return result }
        let (evidence, evidenceDiagnostics) = readEvidence(info, inputs: inputs)
        result.diagnostics += evidenceDiagnostics.filter(\.isError)
        guard !result.diagnostics.hasErrors else { return result }
        guard inputs.catalogs.index.scoresValues, let register = evidence?.register else {
            result.diagnostics.append(Diagnostic(.workspace(.periodNotFromEvidence(period: info.id, method: inputs.catalogs.index.id)),
                                                 at: Diagnostic.Location(file: info.directory)))
            return result
        }
        let carryOver = RegisterCarryOver.carry(register, externalIndices: evidence?.externalIndices, catalog: inputs.catalogs.index, to: date)
        result.carryOver = carryOver
        var writes = [FileTransaction.Write(path: FileSystem.join(directory, PeriodEvidence.registerFile),
                                            bytes: Array(CarryOverText.register(carryOver, from: info.id, opds: workspace.opds, language: language).utf8))]
        var copied: [String] = [PeriodEvidence.externalIndicesFile, "survey.csv"]
        copied += PeriodFolders.sources(of: info).sources.map { String($0.path.dropFirst(info.directory.count + 1)) }
        var seen = Set<String>()
        for relative in copied where seen.insert(relative).inserted {
            guard let file = InputFile.readIfPresent(FileSystem.join(info.directory, relative)),
                  let bytes = file.bytes(reportingTo: &result.diagnostics) else { continue }
            writes.append(FileTransaction.Write(path: FileSystem.join(directory, relative), bytes: bytes))
        }
        let meta = JSONOutput.object([("format", .int(1)), ("date", .string(date.description))] + (info.method.map { [("method", .string($0))] } ?? []))
        writes.append(FileTransaction.Write(path: FileSystem.join(directory, "period.json"), bytes: Array(meta.rendered().utf8)))
        guard !result.diagnostics.hasErrors else { return result }
        writes.sort { $0.path < $1.path }
        do {
            try FileTransaction.commit(writes)
        } catch {
            result.writeFailure = error
            return result
        }
        result.written = writes.map(\.path)
        return result
    }
}
