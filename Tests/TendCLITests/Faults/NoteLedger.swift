import Foundation

/// How one run of a change-making command ended, as its caller saw it.
enum AttemptOutcome: Equatable {
    /// Exit 0 (or the console's status row said so): the change is promised to be on disk.
    case acknowledged
    /// Exit 1: the change is promised not to have happened.
    case failed(String)
    /// We killed it: nobody was told anything, so the change may or may not be there.
    case killed
    /// It ended on a signal nobody sent.
    case crashed(signal: Int32)
    /// Any other ending (a usage error, say): the experiment itself is wrong.
    case unexpected(status: Int32, stderr: String)

    /// How a `tend` process ended, given whether the experiment sent it SIGKILL.
    static func of(status: Int32, signal: Int32?, stderr: String) -> AttemptOutcome {
        if let signal { return signal == SIGKILL ? .killed : .crashed(signal: signal) }
        switch status {
        case 0: return .acknowledged
        case 1: return .failed(stderr)
        default: return .unexpected(status: status, stderr: stderr)
        }
    }
}

/// Every attempt to add each note (keyed by its unique text) and what it reported; at the end,
/// held against what the desk contains, it gives the lost / duplicated / false-failure figures.
/// Writers on several threads record into one ledger.
final class NoteLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var attempts: [String: [AttemptOutcome]] = [:]

    func record(_ text: String, _ outcome: AttemptOutcome) {
        lock.lock()
        attempts[text, default: []].append(outcome)
        lock.unlock()
    }

    /// A ledger that starts from this one's attempts, for one branch of an experiment.
    func copy() -> NoteLedger {
        let copy = NoteLedger()
        copy.attempts = all
        return copy
    }

    var all: [String: [AttemptOutcome]] {
        lock.lock()
        defer { lock.unlock() }
        return attempts
    }

    /// Notes some attempt of which was acknowledged.
    var acknowledged: Int { all.values.filter { $0.contains(.acknowledged) }.count }

    struct Audit {
        var acknowledged = 0
        var lost: [String] = []
        var duplicated: [String] = []
        var falseFailures: [String] = []
        /// What each false failure said.
        var failureMessages: [String: String] = [:]
        var crashes: [String] = []
        var unexpected: [String] = []
        var kills = 0
    }

    /// `present` counts each note text on the desk. An acknowledged note must be there once; any
    /// note at most once; a note whose last word was a failure must be absent. A note killed on an
    /// earlier attempt and retried without a request id may rightly be there from the killed
    /// run, so that case is not called a false failure.
    func audit(present: [String: Int], retriesCarryIDs: Bool) -> Audit {
        var audit = Audit()
        for (text, outcomes) in all.sorted(by: { $0.key < $1.key }) {
            let count = present[text] ?? 0
            audit.kills += outcomes.filter { $0 == .killed }.count
            for outcome in outcomes {
                if case .crashed(let signal) = outcome { audit.crashes.append("\(text) (signal \(signal))") }
                if case .unexpected(let status, let stderr) = outcome { audit.unexpected.append("\(text) exit \(status): \(stderr)") }
            }
            if count > 1 { audit.duplicated.append("\(text) ×\(count)") }
            if outcomes.contains(.acknowledged) {
                audit.acknowledged += 1
                if count == 0 { audit.lost.append(text + Self.whereElse(text, in: present)) }
            } else if count > 0, case .failed(let said) = outcomes.last, retriesCarryIDs || !outcomes.contains(.killed) {
                audit.falseFailures.append(text)
                audit.failureMessages[text] = String(said.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))
            }
        }
        return audit
    }

    /// For a lost note, the notes on the desk that hold its text inside a longer one (typed into
    /// a form that already held another note, say), so a report says more than "not there".
    static func whereElse(_ text: String, in present: [String: Int]) -> String {
        let holders = present.keys.filter { $0 != text && $0.contains(text) }.sorted().prefix(3)
        return holders.isEmpty ? "" : " (inside " + holders.map { "“\($0)”" }.joined(separator: ", ") + ")"
    }
}

extension FaultFigures {
    /// Takes the ledger's verdicts into the figures, with examples of each kind.
    mutating func add(_ audit: NoteLedger.Audit) {
        acknowledged += audit.acknowledged
        kills += audit.kills
        lost += audit.lost.count
        duplicated += audit.duplicated.count
        falseFailures += audit.falseFailures.count
        crashes += audit.crashes.count
        unexpected += audit.unexpected.count
        let falseFailures = audit.falseFailures.map { "\($0) (\(audit.failureMessages[$0] ?? ""))" }
        for (kind, texts) in [("lost", audit.lost), ("duplicated", audit.duplicated), ("false failures", falseFailures),
                              ("crashed", audit.crashes), ("unexpected", audit.unexpected)] {
            example(kind, texts)
        }
    }
}
