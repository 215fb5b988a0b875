/// One OPD's answer to one indicator in one period.
public struct Answer: Sendable, Hashable {
    /// What the OPD said about itself.
    public enum SelfAssessment: Sendable, Hashable {
        /// A value on the catalog's scale (a whole level on SPBE 2020, a band value on Pemdi).
        case level(Fraction)
        /// *Tidak berlaku*: the OPD says the indicator is not its own; the reason is the note.
        /// Left out of the OPD's own score (as XCCDF leaves out not-applicable rules), never
        /// counted as 0 or 1, and listed so an assessor can challenge it.
        case notApplicable
        /// The row is there but the level is empty.
        case missing
    }

    public var indicator: IndicatorRef
    public var selfAssessment: SelfAssessment
    /// The value set by the assessor after checking the evidence; the one that counts.
    public var verified: Fraction?
    /// Evidence reference (bukti dukung): a document number or a link.
    public var evidence: String
    public var note: String
    /// The assessor's reason for the verified level, kept apart from the OPD's own note.
    public var assessorNote: String = ""
    public var file: String
    public var line: Int

    /// The level that counts: the verified level if the assessor set one, else the self level.
    public var effectiveLevel: Fraction? {
        if let verified { return verified }
        if case .level(let l) = selfAssessment { return l }
        return nil
    }

    public var selfLevel: Fraction? {
        if case .level(let l) = selfAssessment { return l }
        return nil
    }
}

/// One public (or internal) service of an OPD and how far it is online.
public struct ServiceRecord: Sendable, Hashable {
    public var name: String
    /// 0 offline … 4 integrated, per the service-stage catalog.
    public var stage: Int
    public var usersPerYear: Int?
    public var note: String
    public var file: String
    public var line: Int
}
