import Foundation
import TOMLKit

/// Reads the policy's `[follow_up]` table: when the calls are made and when a failed one is tried
/// again. Every value is checked; a mistake names its line.
struct PolicyFollowUpReader {
    let root: TOMLSection

    static let keys = ["calls", "calls_when_hurt", "retry_after"]

    func read(into policy: inout Policy) throws {
        guard let table = try root.section("follow_up", else: "follow_up must be a table") else { return }
        try table.onlyKeys(Self.keys) { "unknown setting \"\($0)\"; expected one of: \(Self.keys.joined(separator: ", "))" }
        for (key, path) in [("calls", \Policy.followUpCalls), ("calls_when_hurt", \Policy.followUpCallsWhenHurt)] {
            let rule = "\(key) must be a list of one to five times after the resolution, such as [\"24h\", \"7d\"]"
            guard let list = try table.array(key, else: rule) else { continue }
            guard (1...5).contains(list.count) else { throw table.fail(key, rule) }
            policy[keyPath: path] = try list.map { item in
                guard let text = item.string, let interval = DurationText.parse(text), interval > 0 else { throw table.fail(key, rule) }
                return interval
            }
        }
        let retryRule = "retry_after must be a duration such as \"4h\""
        if let text = try table.string("retry_after", else: retryRule) {
            guard let interval = DurationText.parse(text), interval > 0 else { throw table.fail("retry_after", retryRule) }
            policy.followUpRetry = interval
        }
    }

    /// The table as the policy file writes it.
    static func render(_ policy: Policy) -> String {
        func list(_ intervals: [TimeInterval]) -> String {
            "[" + intervals.map { "\"\(DurationText.format($0))\"" }.joined(separator: ", ") + "]"
        }
        return """

        # When the follow-up calls are due, counted from the resolution; calls_when_hurt is for a pet
        # that was injured or fell ill (a check-up call). A call that does not get through is tried
        # again retry_after later, up to follow_up_attempts times.
        [follow_up]
        calls = \(list(policy.followUpCalls))
        calls_when_hurt = \(list(policy.followUpCallsWhenHurt))
        retry_after = "\(DurationText.format(policy.followUpRetry))"

        """
    }
}
