import Foundation

/// The lines in the policy's `[warnings]` table past which a figure raises an early warning
/// (预警), each judged over the last seven days.
public struct WarningThresholds: Sendable, Hashable {
    /// A cause's complaints in the last 7 days above its weekly average over the 28 days before
    /// by more than this percent, and at least `causeRiseAtLeast` of them.
    public var causeRisePercent = 50
    public var causeRiseAtLeast = 3
    /// A clock met less often than this percent.
    public var complianceBelowPercent = 90
    /// The average satisfaction score under this.
    public var satisfactionBelow = 4.0
    /// More than this many complaints in one branch of a pet injured or killed in its care.
    public var branchInjuriesAbove = 2
    /// A rate or average drawn from fewer than this many cases is not judged: one late answer of
    /// two is not a trend.
    public var atLeast = 5

    public init() {}
}
