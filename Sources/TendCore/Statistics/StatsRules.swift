import Foundation

/// How the policy's `[statistics]` table defines two figures: a resolution at first contact (it
/// took effect within `firstContactWithin` of the first answer, by the one who answered, and the
/// case was never reopened or taken to mediation), and a repeat complaint (the same customer or
/// pet complained within `repeatWindow` before).
public struct StatsRules: Sendable, Hashable {
    public var firstContactWithin: TimeInterval = 3600
    public var repeatWindow: TimeInterval = 30 * 86400

    public init(firstContactWithin: TimeInterval = 3600, repeatWindow: TimeInterval = 30 * 86400) {
        self.firstContactWithin = firstContactWithin
        self.repeatWindow = repeatWindow
    }
}
