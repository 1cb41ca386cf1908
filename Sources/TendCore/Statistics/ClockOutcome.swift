import Foundation

/// How a clock ended within a period: met (stopped before it ran out) or breached (ran out, at
/// `due`), with the instant that put it in the period.
public enum ClockOutcome: Sendable, Hashable {
    case met(at: Date)
    case breached(due: Date)

    public var isMet: Bool { if case .met = self { true } else { false } }

    /// The clocks the statistics judge, in the order they are shown: the service levels' three,
    /// the answer time promised to the customer, and remedies promised by a time.
    public static let clocks: [ClockKind] = [.answer, .promise, .resolve, .followUp, .remedy]
}
