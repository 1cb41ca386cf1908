/// Why a test cluster could not be had. Seen only by developers, in test output.
public enum TestClusterError: Error, Sendable, CustomStringConvertible {
    case unavailable(String)
    case commandFailed(command: String, status: Int32, output: String)
    case filesystem(String)

    public var description: String {
        switch self {
        case .unavailable(let reason):
            return reason
        case .commandFailed(let command, let status, let output):
            return "\(command) failed with status \(status): \(output)"
        case .filesystem(let what):
            return what
        }
    }
}
