/// One PSPLIB instance read from a file, with its optimal makespan when known.
public struct PSPLIBInstance: Sendable {
    /// The file's name (`j301_1.sm`), the key of `optimum.csv`.
    public var name: String
    /// The path as the user gave it.
    public var path: String
    public var problem: SchedulingProblem
    public var optimum: Int?

    public init(name: String, path: String, problem: SchedulingProblem, optimum: Int? = nil) {
        self.name = name
        self.path = path
        self.problem = problem
        self.optimum = optimum
    }
}
