import Foundation

/// How long each step may take for one grade.
public struct SLATerms: Sendable, Hashable {
    /// From receipt to the first answer to the customer (acknowledged).
    public var answer: TimeInterval
    /// From receipt to the resolution being carried out (follow-up begins).
    public var resolve: TimeInterval
    /// From the start of follow-up to the follow-up call being made (closed).
    public var followUp: TimeInterval
    /// A ticket is "due soon" when less than this is left on its running clock.
    public var dueSoon: TimeInterval

    public init(answer: TimeInterval, resolve: TimeInterval, followUp: TimeInterval, dueSoon: TimeInterval) {
        self.answer = answer
        self.resolve = resolve
        self.followUp = followUp
        self.dueSoon = dueSoon
    }
}

/// A member of staff, known by their operating-system login.
public struct StaffMember: Sendable, Hashable {
    public var login: String
    public var name: String
    public var role: Role
    /// A personal compensation ceiling in minor units; nil means the role's ceiling.
    public var ceiling: Int64?

    public init(login: String, name: String, role: Role, ceiling: Int64? = nil) {
        self.login = login
        self.name = name
        self.role = role
        self.ceiling = ceiling
    }
}

/// The desk's rules: SLAs, compensation authority and the roster. Configuration, not code:
/// it lives in `policy.toml` in the store directory.
public struct Policy: Sendable, Hashable {
    public var sla: [Grade: SLATerms]
    public var currency: String
    public var roleCeilings: [Role: Int64]
    public var staff: [StaffMember]
    /// Failed follow-up calls after which a ticket may be closed without a satisfaction score.
    public var followUpAttempts: Int
    /// A demo desk lets `--as LOGIN` act as anyone on the roster.
    public var demo: Bool
    /// The supervisor (an owner, a regional manager) who decides resolutions above every other
    /// supervisor's ceiling; nil: the supervisor with the highest ceiling (`topApprover`).
    public var topApproverLogin: String?
    /// The zone the desk keeps its hours in (opening hours, duty, holidays); the machine's when
    /// the policy names none (`zoneIsNamed` false).
    public var zone: TimeZone = .current
    public var zoneIsNamed = false
    /// Who a new serious or critical ticket is sent to at once (`routes(for:at:)`).
    public var routing: [Grade: [RouteTarget]] = Policy.defaultRouting
    /// Supervisors' hours on duty; "on_duty" routes to whoever is on now.
    public var duty: [DutyShift] = []
    /// Warnings as a clock runs out, lowest share first.
    public var escalation: [EscalationStep] = EscalationStep.defaultLadder
    /// The reasons a clock may be paused for; empty: clocks never pause.
    public var pauseReasons: [PauseReason] = PauseReason.ordered
    /// Branches with opening hours; a ticket of a branch not listed counts every minute.
    public var branches: [BranchHours] = []
    /// When the follow-up calls are made, from the resolution: the usual case, and a pet that was
    /// hurt or fell ill (a check-up call when the stitches come out).
    public var followUpCalls: [TimeInterval] = [86400]
    public var followUpCallsWhenHurt: [TimeInterval] = [86400, 7 * 86400]
    /// How long after a call that did not get through the next attempt is due.
    public var followUpRetry: TimeInterval = 4 * 3600
    /// How first-contact resolution and repeat complaints are counted (`[statistics]`).
    public var statistics = StatsRules()
    /// Where early warnings start (`[warnings]`).
    public var warnings = WarningThresholds()

    /// The follow-up calls for a ticket resolved at `now`, as the policy schedules them.
    public func followUpSchedule(for harm: Harm, from now: Date) -> [Date] {
        let offsets = [.injured, .ill].contains(harm) ? followUpCallsWhenHurt : followUpCalls
        return offsets.sorted().map { now.addingTimeInterval($0).roundedToStore }
    }

    public init(sla: [Grade: SLATerms], currency: String, roleCeilings: [Role: Int64], staff: [StaffMember],
                followUpAttempts: Int, demo: Bool) {
        self.sla = sla
        self.currency = currency
        self.roleCeilings = roleCeilings
        self.staff = staff
        self.followUpAttempts = followUpAttempts
        self.demo = demo
    }

    /// Who decides a resolution no other supervisor's ceiling covers: the one the policy names, or
    /// else the supervisor with the highest ceiling (the first on the roster of those). A roster
    /// always has a supervisor, so such a resolution never waits for nobody.
    public var topApprover: StaffMember? {
        if let login = topApproverLogin, let named = member(login), named.role == .supervisor { return named }
        let supervisors = staff.filter { $0.role == .supervisor }
        return supervisors.first { ceiling(for: $0) == supervisors.map(ceiling(for:)).max() }
    }

    /// Who may approve a ticket's compensation coming to `total` minor units in all: every
    /// supervisor whose ceiling covers it, or else the top approver alone.
    public func approvers(forTotal total: Int64) -> [StaffMember] {
        let covered = staff.filter { $0.role == .supervisor && ceiling(for: $0) >= total }
        return covered.isEmpty ? topApprover.map { [$0] } ?? [] : covered
    }

    public static let defaultRouting: [Grade: [RouteTarget]] = [.serious: [.onDuty], .critical: [.onDuty]]

    /// The logins a new ticket of this grade is sent to at `now`, in the policy's order, each
    /// once: the named supervisors, and for "on_duty" those whose shift is on. Nobody on duty (or
    /// no rota) sends it to every supervisor, so it never goes to nobody. Empty below serious.
    public func routes(for grade: Grade, at now: Date) -> [String] {
        guard let targets = routing[grade], !targets.isEmpty else { return [] }
        var logins: [String] = []
        for target in targets {
            switch target {
            case .login(let login): logins.append(login)
            case .onDuty:
                let supervisors = staff.filter { $0.role == .supervisor }.map(\.login)
                let onDuty = duty.filter { supervisors.contains($0.login) && isWithin($0.hours, at: now) }.map(\.login)
                logins += onDuty.isEmpty ? supervisors : onDuty
            }
        }
        var seen = Set<String>()
        return logins.filter { seen.insert($0).inserted }
    }

    /// Whether `instant` falls inside `hours` in the desk's zone.
    public func isWithin(_ hours: WeeklyHours, at instant: Date) -> Bool {
        let local = LocalTime(instant, zone)
        return hours.contains(day: local.weekday, minute: local.minute)
    }

    public func branch(named name: String) -> BranchHours? { branches.first { $0.name == name } }

    public func terms(for grade: Grade) -> SLATerms { sla[grade] ?? Policy.defaultSLA[grade]! }

    public func member(_ login: String) -> StaffMember? { staff.first { $0.login == login } }

    /// What this person may grant without a supervisor's approval, in minor units.
    public func ceiling(for member: StaffMember) -> Int64 {
        member.ceiling ?? roleCeilings[member.role] ?? 0
    }

    public static let defaultSLA: [Grade: SLATerms] = [
        .general: SLATerms(answer: 24 * 3600, resolve: 72 * 3600, followUp: 7 * 86400, dueSoon: 4 * 3600),
        .significant: SLATerms(answer: 4 * 3600, resolve: 48 * 3600, followUp: 3 * 86400, dueSoon: 3600),
        .serious: SLATerms(answer: 2 * 3600, resolve: 24 * 3600, followUp: 2 * 86400, dueSoon: 1800),
        .critical: SLATerms(answer: 1800, resolve: 12 * 3600, followUp: 86400, dueSoon: 600),
    ]

    public static let defaultRoleCeilings: [Role: Int64] = [.trainee: 0, .handler: 20_000, .supervisor: 500_000]

    /// The policy of a new desk: default SLAs and ceilings, and whoever created it as supervisor.
    public static func starting(with founder: StaffMember, demo: Bool = false) -> Policy {
        Policy(sla: defaultSLA, currency: "CNY", roleCeilings: defaultRoleCeilings, staff: [founder],
               followUpAttempts: 3, demo: demo)
    }
}
