import Foundation

/// Which service-level clock is running for a ticket in its current stage.
public enum SLAClock: String, Sendable {
    case answer, resolve
    case followUp = "follow_up"
}

public enum SLAState: String, Sendable, Comparable {
    case overdue
    case dueSoon = "due_soon"
    case onTime = "on_time"

    /// Overdue sorts first, then due soon, then on time.
    public static func < (lhs: SLAState, rhs: SLAState) -> Bool { lhs.rank < rhs.rank }
    private var rank: Int { self == .overdue ? 0 : self == .dueSoon ? 1 : 2 }

    public func name(_ lang: Language) -> String {
        switch self {
        case .overdue: lang.pick("overdue", "已超时")
        case .dueSoon: lang.pick("due soon", "即将超时")
        case .onTime: lang.pick("on time", "正常")
        }
    }
}

/// The running clock of an open ticket: what is due, when, and how much time is left.
public struct SLAStatus: Sendable, Hashable {
    public var clock: SLAClock
    public var due: Date
    public var state: SLAState
    /// Seconds until `due`; negative once overdue.
    public var timeLeft: TimeInterval

    /// Time left with a marker that does not depend on colour: "!-3h20m" overdue, "~45m" due soon.
    public func markedTimeLeft(_ lang: Language) -> String {
        let text = DurationText.format(timeLeft, lang)
        switch state {
        case .overdue: return "!" + text
        case .dueSoon: return "~" + text
        case .onTime: return text
        }
    }
}

extension Policy {
    /// nil for a closed ticket: no clock runs.
    public func sla(for ticket: Ticket, at now: Date) -> SLAStatus? {
        SLATable(self).status(of: ticket, at: now)
    }
}

extension SLATerms {
    /// The time a clock allows, counted from its start.
    public func allowed(for clock: SLAClock) -> TimeInterval {
        switch clock {
        case .answer: answer
        case .resolve: resolve
        case .followUp: followUp
        }
    }
}

/// The policy's terms indexed by grade, and the stages' clocks (from their declarations) indexed by
/// storage code, for scanning many tickets without a lookup that copies a declaration each.
public struct SLATable: Sendable {
    private let terms: [SLATerms]
    private let clocks: [StageSpec.Clock?]

    public init(_ policy: Policy) {
        terms = Grade.allCases.map(policy.terms(for:))
        var clocks = [StageSpec.Clock?](repeating: nil, count: Int(Stage.ordered.map(\.storageCode).max()!) + 1)
        for stage in Stage.ordered { clocks[Int(stage.storageCode)] = StageSpec.of(stage).clock }
        self.clocks = clocks
    }

    public func status(of ticket: borrowing Ticket, at now: Date) -> SLAStatus? {
        guard let clock = clocks[Int(ticket.stage.storageCode)] else { return nil }
        let terms = self.terms[ticket.grade.severity]
        let start = switch clock.from {
        case .received: ticket.reopenedAt ?? ticket.receivedAt
        case .stageEntered: ticket.stageEnteredAt
        }
        let due = start.addingTimeInterval(terms.allowed(for: clock.kind))
        let left = due.timeIntervalSince(now)
        let state: SLAState = left < 0 ? .overdue : left <= terms.dueSoon ? .dueSoon : .onTime
        return SLAStatus(clock: clock.kind, due: due, state: state, timeLeft: left)
    }
}
