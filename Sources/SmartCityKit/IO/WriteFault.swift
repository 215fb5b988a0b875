import Foundation

/// A point in the writing of an output folder where the tests stop the process
/// (`SMARTCITY_TEST_KILL`) or make the write fail (`SMARTCITY_TEST_FAIL`).
///
/// Used only by the tests that check a killed or failing run leaves the previous output or
/// the new one, never a mix. The values: `write:N` (after the N-th file of the new output is
/// written), `before-switch`, `after-switch` (around the swap of the folders), `cleanup:N`
/// (after the N-th file of the previous output is removed).
enum WriteFault: Sendable, Equatable {
    case write(Int)
    case beforeSwitch
    case afterSwitch
    case cleanup(Int)

    init?(_ text: String?) {
        guard let text else { return nil }
        switch text {
        case "before-switch": self = .beforeSwitch
        case "after-switch": self = .afterSwitch
        default:
            let parts = text.split(separator: ":")
            guard parts.count == 2, let n = Int(parts[1]), n > 0 else { return nil }
            switch parts[0] {
            case "write": self = .write(n)
            case "cleanup": self = .cleanup(n)
            default: return nil
            }
        }
    }

    /// Read once from the environment: a constant of the process, not state.
    static let kill = WriteFault(ProcessInfo.processInfo.environment["SMARTCITY_TEST_KILL"])
    static let fail = WriteFault(ProcessInfo.processInfo.environment["SMARTCITY_TEST_FAIL"])

    /// Called at each point: kills the process (SIGKILL, as `kill -9` would) or throws when
    /// the environment names this point.
    static func reached(_ point: WriteFault, path: String) throws(FileError) {
        if point == kill { _ = Glibc.kill(getpid(), SIGKILL) }
        if point == fail { throw .notWritable(path, reason: "SMARTCITY_TEST_FAIL=\(point)") }
    }
}
