/// One PSPLIB instance read from a file, with its optimal or best known makespan when given.
public struct PSPLIBInstance: Sendable {
    /// The file's name (`j301_1.sm`), the key of `optimum.csv` and `best-known.csv`.
    public var name: String
    /// The path as the user gave it.
    public var path: String
    public var problem: SchedulingProblem
    public var reference: PSPLIBReference?

    public init(name: String, path: String, problem: SchedulingProblem, reference: PSPLIBReference? = nil) {
        self.name = name
        self.path = path
        self.problem = problem
        self.reference = reference
    }
}
