import Foundation
import Testing
import TendPostgresTesting

extension Trait where Self == ConditionTrait {
    /// Database tests run whenever PostgreSQL is installed. Without it they are skipped with the
    /// reason as their comment, unless TEND_REQUIRE_POSTGRES=1 (CI): then they run and fail on
    /// `TestCluster.shared`, saying what is missing.
    static var needsPostgres: Self {
        .enabled(if: TestCluster.testsRun, Comment(rawValue: TestCluster.unavailableReason ?? "PostgreSQL is installed"))
    }
}

/// Polls without blocking a thread: the listener's task needs Swift's cooperative threads to run.
func eventually(within limit: Duration = .seconds(10), _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}
