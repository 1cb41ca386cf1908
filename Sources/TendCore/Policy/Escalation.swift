import Foundation

/// Who a step of the escalation ladder tells.
public enum EscalationAudience: String, StoredVocabulary {
    public static let ordered = allCases
    case assignee, supervisors

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .assignee: 0
        case .supervisors: 1
        }
    }

    /// Whether a rung for this audience tells `member` on a ticket held by `assignee`.
    public func includes(_ member: StaffMember, assignee: String?) -> Bool {
        switch self {
        case .assignee: assignee == member.login
        case .supervisors: member.role == .supervisor
        }
    }

    public var english: String { self == .assignee ? "the assignee" : "the supervisors" }
    public var chinese: String { self == .assignee ? "负责人" : "主管" }
}

/// One rung of the escalation ladder: when a running clock has used `percent` of its time, tell
/// `tell`. The default ladder: at 50% and 80% the assignee, at 100% the supervisors.
public struct EscalationStep: Sendable, Hashable {
    public var percent: Int
    public var tell: EscalationAudience

    public init(percent: Int, tell: EscalationAudience) {
        self.percent = percent
        self.tell = tell
    }

    public static let defaultLadder = [
        EscalationStep(percent: 50, tell: .assignee),
        EscalationStep(percent: 80, tell: .assignee),
        EscalationStep(percent: 100, tell: .supervisors),
    ]
}

/// Where a new serious or critical ticket is sent at once: named supervisors, or whoever the duty
/// rota has on at that moment.
public enum RouteTarget: Sendable, Hashable {
    case onDuty
    case login(String)

    public var text: String {
        switch self {
        case .onDuty: "on_duty"
        case .login(let login): login
        }
    }
}

/// A supervisor's hours on duty, for routing to "on_duty".
public struct DutyShift: Sendable, Hashable {
    public var login: String
    public var hours: WeeklyHours

    public init(login: String, hours: WeeklyHours) {
        self.login = login
        self.hours = hours
    }
}

/// A rung of the ladder as recorded on a ticket: the clock, the share of it used, who was told,
/// and the instant the rung was reached (which, with the clock and share, names it: recorded once).
public struct Escalation: Sendable, Hashable {
    public let clock: ClockKind
    public let percent: Int
    public let tell: EscalationAudience
    public let reachedAt: Date

    public init(clock: ClockKind, percent: Int, tell: EscalationAudience, reachedAt: Date) {
        self.clock = clock
        self.percent = percent
        self.tell = tell
        self.reachedAt = reachedAt
    }
}
