import ArgumentParser
import TendCore

/// What every change-making command takes besides the desk: the id of this request, so that
/// running the same command again (after a time-out, a lost connection, a crash) is recognised
/// and reports the first outcome instead of changing the desk twice.
struct ChangeOptions: ParsableArguments {
    @Option(name: .customLong("request-id"),
            help: ArgumentHelp("An id for this change; a retry with the same id reports the first outcome and changes nothing.", valueName: "id"))
    var requestID: String?

    func validate() throws {
        if let requestID, let problem = RequestID.problem(with: requestID) { throw ValidationError("--request-id: \(problem)") }
    }

    /// The id given, or a new one: every change is recorded with the request that made it.
    var request: String { requestID ?? RequestID.make() }

    /// What this command asks for: its arguments without the request id. The same id given again
    /// with other arguments is refused, not taken for a retry.
    var fingerprint: String? {
        guard requestID != nil else { return nil }
        var arguments = Array(CommandLine.arguments.dropFirst())
        if let index = arguments.firstIndex(of: "--request-id") {
            arguments.removeSubrange(index..<min(index + 2, arguments.count))
        }
        arguments.removeAll { $0.hasPrefix("--request-id=") }
        return RequestID.fingerprint(of: arguments)
    }
}
