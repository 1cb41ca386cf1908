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
    /// Why the clock stands still, while it is paused: its time left does not move.
    public var pausedFor: PauseReason?

    /// Time left with a marker that does not depend on colour: "!-3h20m" overdue, "~45m" due soon,
    /// "‖2h" paused.
    public func markedTimeLeft(_ lang: Language) -> String {
        // Counted in whole minutes away from zero, as a countdown is: half a minute overdue is
        // "!-1m", never "!-0m", and half a minute left is "~1m".
        let minutes = (abs(timeLeft) / 60).rounded(.up) * 60
        let text = DurationText.format(timeLeft < 0 ? -minutes : minutes, lang)
        if pausedFor != nil && state != .overdue { return "‖" + text }
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

/// One rung of the escalation ladder on a ticket's running clock, and when it is reached.
public struct LadderStep: Sendable, Hashable {
    public let clock: SLAClock
    public let step: EscalationStep
    public let at: Date

    /// The rung as the timeline records it (its instant as the store keeps it), to look for or add.
    public var escalation: Escalation {
        Escalation(clock: ClockKind(clock), percent: step.percent, tell: step.tell, reachedAt: at.roundedToStore)
    }
}

/// The policy's terms indexed by grade, and the stages' clocks (from their declarations) indexed by
/// storage code, for scanning many tickets without a lookup that copies a declaration each.
public struct SLATable: Sendable {
    private let terms: [SLATerms]
    private let clocks: [StageSpec.Clock?]
    /// Only branches that skip closed time: a ticket of any other counts every minute.
    private let branches: [String: BranchHours]
    private let zone: TimeZone
    private let ladder: [EscalationStep]

    public init(_ policy: Policy) {
        terms = Grade.allCases.map(policy.terms(for:))
        var clocks = [StageSpec.Clock?](repeating: nil, count: Int(Stage.ordered.map(\.storageCode).max()!) + 1)
        for stage in Stage.ordered { clocks[Int(stage.storageCode)] = StageSpec.of(stage).clock }
        self.clocks = clocks
        branches = Dictionary(policy.branches.filter(\.skipsClosedTime).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        zone = policy.zone
        ladder = policy.escalation
    }

    @inline(__always)
    public func status(of ticket: borrowing Ticket, at now: Date) -> SLAStatus? {
        guard let clock = clocks[Int(ticket.stage.storageCode)] else { return nil }
        let terms = self.terms[ticket.grade.severity]
        let start = self.start(of: clock, ticket)
        let due = instant(ticket, start, counting: terms.allowed(for: clock.kind), now: now)
        let left = due.timeIntervalSince(now)
        let paused = ticket.pauses.last.flatMap { $0.until == nil ? $0.reason : nil }
        let state: SLAState = left < 0 ? .overdue : left <= terms.dueSoon && paused == nil ? .dueSoon : .onTime
        return SLAStatus(clock: clock.kind, due: due, state: state, timeLeft: left, pausedFor: paused)
    }

    /// The escalation ladder on the ticket's running clock: each step and when it is (or was)
    /// reached, counted like the clock itself (pauses, closed hours). Empty for a closed ticket.
    public func ladder(of ticket: borrowing Ticket, at now: Date) -> [LadderStep] {
        rungs(of: ticket, after: .distantPast, upTo: .distantFuture, now: now)
    }

    /// The rungs reached after `from` and by `now` only: nothing is allocated for the many
    /// tickets with none (the ladder watch looks at every open ticket).
    @inline(__always)
    public func rungs(of ticket: borrowing Ticket, after from: Date, upTo now: Date) -> [LadderStep] {
        rungs(of: ticket, after: from, upTo: now, now: now)
    }

    /// The rungs falling after `from` and by `last`, their instants counted at `now` (a pause
    /// still running counts as ending then). The ladder is in rising order.
    @inline(__always)
    private func rungs(of ticket: borrowing Ticket, after from: Date, upTo last: Date, now: Date) -> [LadderStep] {
        guard let clock = clocks[Int(ticket.stage.storageCode)] else { return [] }
        let allowed = terms[ticket.grade.severity].allowed(for: clock.kind)
        let start = self.start(of: clock, ticket)
        var found: [LadderStep] = []
        for step in ladder {
            let at = instant(ticket, start, counting: allowed * Double(step.percent) / 100, now: now)
            if at > last { break }
            if at > from { found.append(LadderStep(clock: clock.kind, step: step, at: at)) }
        }
        return found
    }

    @inline(__always)
    private func start(of clock: StageSpec.Clock, _ ticket: borrowing Ticket) -> Date {
        switch clock.from {
        case .received: ticket.reopenedAt ?? ticket.receivedAt
        case .stageEntered: ticket.stageEnteredAt
        }
    }

    @inline(__always)
    private func instant(_ ticket: borrowing Ticket, _ start: Date, counting seconds: TimeInterval, now: Date) -> Date {
        // The common case (no pause, no opening hours) stays one addition per ticket.
        let branch = branches.isEmpty ? nil : branches[ticket.intake.branch]
        if ticket.pauses.isEmpty && branch == nil { return start.addingTimeInterval(seconds) }
        return ClockCounter(branch: branch, zone: zone).instant(from: start, counting: seconds, pauses: ticket.pauses, now: now)
    }
}
