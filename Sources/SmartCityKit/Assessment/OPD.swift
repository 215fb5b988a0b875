/// One perangkat daerah (dinas, badan, kecamatan, bagian, …) of the city, from `opds.csv`.
public struct OPD: Sendable, Hashable {
    /// Short stable id (`dinkes`, `kec-klojen`); also the name of its assessment files.
    public var id: String
    public var name: String
    /// dinas, badan, kecamatan, bagian, upt, …
    public var kind: String
    /// Free tags the catalogs use to decide applicability (`layanan-publik`, `economy`, …),
    /// sorted. The kind is included, so a catalog may also select by kind.
    public var tags: [String]
    public var head: String
    public var staff: Staff
    /// Line in `opds.csv`.
    public var line: Int
    /// The catalogs' roles the city binds to this OPD in `opds.csv` (`peran`), beside the
    /// policy's `roles`.
    public var roles: [String] = []
    /// Where the roles were written, for messages.
    public var rolesCell: Diagnostic.Location? = nil

    /// Staff counts by role, for the training plan; nil when not given.
    public struct Staff: Sendable, Hashable {
        public var leaders: Int?
        public var admins: Int?
        public var operators: Int?
        public var total: Int?

        /// A staff count `opds.csv` accepts: beyond any one unit's staff, and small enough
        /// that totals over a nation's OPDs stay exact in 64 bits.
        public static let countRange = 0...10_000_000
    }

    public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }
}
