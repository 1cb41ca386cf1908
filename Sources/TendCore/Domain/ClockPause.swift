import Foundation

/// A time a ticket's clocks stood still, and why; `until` is nil while it lasts.
public struct ClockPause: Sendable, Hashable {
    public let reason: PauseReason
    public let from: Date
    public internal(set) var until: Date?

    public init(reason: PauseReason, from: Date, until: Date? = nil) {
        self.reason = reason
        self.from = from
        self.until = until
    }
}
