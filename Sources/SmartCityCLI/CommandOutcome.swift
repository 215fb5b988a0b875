import SmartCityKit

/// What a command produced: text for standard output and standard error, and the exit
/// status. Commands return this instead of printing, so tests run them in-process.
public struct CommandOutcome: Sendable, Equatable {
    /// The exit statuses the tool promises: 0 ok, 1 usage error, 2 data error, 3 a file
    /// could not be written.
    public enum Status: Int32, Sendable {
        case ok = 0
        case usage = 1
        case dataError = 2
        case writeError = 3
    }

    public var status: Status
    public var stdout: String
    public var stderr: String

    public init(status: Status, stdout: String = "", stderr: String = "") {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}
