import Foundation

/// What every slice of a computation shares: the period cut into weeks and months, the filter,
/// the clocks' table and the authority levels, worked out once. A class: passed to each ticket's
/// facts as a struct it was copied there, a dozen references retained and released per ticket
/// on every core at once (a drill-down took 1.4 s at a million tickets that way).
final class StatsFrame: Sendable {
    let period: StatsPeriod
    let filter: StatsFilter
    /// The filter in the desk's digests' terms, and the names the digests count by.
    let admits: DigestFilter
    let names: StatsNames
    /// Read each ticket's clocks and grants from the ticket, not its digest: how a test shows the
    /// two give the same figures.
    let readsTickets: Bool
    let now: Date
    let policy: Policy
    let sla: SLATable
    let rules: StatsRules
    /// The period's weeks (the first and last cut to it), and their bounds for a binary search.
    let weeks: [WeekFigures]
    let weekBounds: [Date]
    let monthBounds: [Date]
    let monthNames: [String]
    private let handlerCeiling: Int64
    private let supervisorCeiling: Int64

    /// The dimensions whose keys are a vocabulary's words, counted by the word's place.
    static let wordDimensions: [StatsDimension] = [.cause, .service, .grade, .channel, .harm]

    init(period: StatsPeriod, filter: StatsFilter, now: Date, policy: Policy, desk: Desk, readsTickets: Bool = false) {
        self.readsTickets = readsTickets
        self.period = period
        self.filter = filter
        names = desk.statsNames
        admits = DigestFilter(filter, names: names)
        self.now = now
        self.policy = policy
        sla = SLATable(policy)
        rules = policy.statistics
        let zone = period.zone
        var bounds = period.weekStarts.map { LocalTime.start(ofDay: $0, zone) }
        if let last = period.weekStarts.last { bounds.append(LocalTime.start(ofDay: last + 7, zone)) }
        bounds = bounds.map { min(max($0, period.from), period.to) }
        weekBounds = bounds
        weeks = period.weekStarts.indices.map { index in
            WeekFigures(name: StatsPeriod.isoWeekName(of: LocalTime.start(ofDay: period.weekStarts[index] + 3, zone), zone: zone),
                        from: bounds[index], to: bounds[index + 1])
        }
        let months = period.monthStarts
        var monthBounds = months.map { LocalTime.start(ofDay: $0, zone) }
        if let lastMonth = months.last {
            let last = StatsPeriod.civil(ofDay: lastMonth)
            let next = last.month == 12 ? (last.year + 1, 1) : (last.year, last.month + 1)
            monthBounds.append(LocalTime.start(ofDay: StatsPeriod.day(year: next.0, month: next.1, day: 1)!, zone))
        }
        self.monthBounds = monthBounds.map { min(max($0, period.from), period.to) }
        monthNames = months.map { StatsDimension.monthName(of: LocalTime.start(ofDay: $0 + 1, zone), zone: zone) }
        handlerCeiling = policy.roleCeilings[.handler] ?? Policy.defaultRoleCeilings[.handler]!
        supervisorCeiling = max(handlerCeiling, policy.staff.filter { $0.role == .supervisor }.map(policy.ceiling(for:)).max()
            ?? policy.roleCeilings[.supervisor] ?? Policy.defaultRoleCeilings[.supervisor]!)
    }

    func wordCount(_ dimension: StatsDimension) -> Int {
        switch dimension {
        case .cause: Cause.ordered.count + 1
        case .service: ServiceLine.ordered.count
        case .grade: Grade.ordered.count
        case .channel: Channel.ordered.count
        case .harm: Harm.ordered.count
        default: 0
        }
    }

    /// The word's place in its list (a cause not yet assessed last).
    @inline(__always)
    func wordIndex(_ dimension: StatsDimension, _ digest: UnsafePointer<StatsDigest>) -> Int {
        switch dimension {
        case .cause: Int(digest.pointee.cause)
        case .service: Int(digest.pointee.service)
        case .grade: Int(digest.pointee.grade)
        case .channel: Int(digest.pointee.channel)
        case .harm: Int(digest.pointee.harm)
        default: 0
        }
    }

    /// The keys of a word dimension, by place (a cause not yet assessed is "").
    func wordKeys(_ dimension: StatsDimension) -> [String] {
        switch dimension {
        case .cause: Cause.ordered.map(\.rawValue) + [""]
        case .service: ServiceLine.ordered.map(\.rawValue)
        case .grade: Grade.ordered.map(\.rawValue)
        case .channel: Channel.ordered.map(\.rawValue)
        case .harm: Harm.ordered.map(\.rawValue)
        default: []
        }
    }

    @inline(__always)
    func week(of instant: Date) -> Int? { Self.slot(of: instant, in: weekBounds) }

    @inline(__always)
    func month(of instant: Date) -> Int? { Self.slot(of: instant, in: monthBounds) }

    /// Which of the ranges between consecutive `bounds` holds `instant`.
    @inline(__always)
    private static func slot(of instant: Date, in bounds: [Date]) -> Int? {
        guard let first = bounds.first, let last = bounds.last, instant >= first, instant < last else { return nil }
        var low = 0, high = bounds.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if bounds[middle] <= instant { low = middle } else { high = middle }
        }
        return low
    }

    /// The authority a ticket's total compensation needed.
    func band(of total: Int64) -> AuthorityBand {
        total <= handlerCeiling ? .handler : total <= supervisorCeiling ? .supervisor : .top
    }
}
