/// What a period holds for a method that scores values from evidence: the evidence register,
/// the assessor's values and the other agencies' indices, each from its own file in the
/// period folder (docs/workspace.md).
public struct PeriodEvidence: Sendable {
    /// The period folder, for messages about a file that is not there.
    public var directory: String
    public var register: EvidenceRegister?
    public var assessorValues: AssessorValues?
    public var externalIndices: ExternalIndexValues?
    /// The register of the last earlier period of the same method, with that period's id:
    /// what each item is marked new, changed or unchanged against.
    public var previous: (period: String, register: EvidenceRegister)? = nil

    /// The files, in the period folder.
    public static let registerFile = "evidence.csv"
    public static let assessorValuesFile = "assessor-values.csv"
    public static let externalIndicesFile = "external-indices.csv"
    public static let files = [registerFile, assessorValuesFile, externalIndicesFile]

    /// Reads whichever of the three files the period folder has (`files`, by file name, as the
    /// loading stage found them); nil when it has none.
    public static func load(_ info: PeriodInfo, files: [String: InputFile], catalog: IndicatorCatalog, workspace: Workspace,
                            otherMethods: [IndicatorCatalog] = []) -> (evidence: PeriodEvidence?, diagnostics: [Diagnostic]) {
        var evidence = PeriodEvidence(directory: info.directory)
        var diagnostics: [Diagnostic] = []
        func bytes(_ name: String) -> (String, [UInt8])? {
            guard let file = files[name], let bytes = file.bytes(reportingTo: &diagnostics) else { return nil }
            return (file.path, bytes)
        }
        if let (path, content) = bytes(registerFile) {
            let (register, d) = EvidenceRegister.read(bytes: content, file: path, catalog: catalog, workspace: workspace, periodDate: info.date,
                                                        otherMethods: otherMethods)
            evidence.register = register
            diagnostics += d
        }
        if let (path, content) = bytes(assessorValuesFile) {
            let (values, d) = AssessorValues.read(bytes: content, file: path, catalog: catalog)
            evidence.assessorValues = values
            diagnostics += d
        }
        if let (path, content) = bytes(externalIndicesFile) {
            let (values, d) = ExternalIndexValues.read(bytes: content, file: path, catalog: catalog, periodDate: info.date)
            evidence.externalIndices = values
            diagnostics += d
        }
        return (files.isEmpty ? nil : evidence, diagnostics)
    }
}
