import Foundation

/// The figures a supervisor reads for a period and filter, computed from the tickets' timelines by
/// `Statistics.compute`. Counts come with what they are counted out of, so a rate is never shown
/// without its size.
public struct DeskStatistics: Sendable, Equatable {
    public let period: StatsPeriod
    public let filter: StatsFilter
    public let computedAt: Date
    public let currency: String

    /// Complaints received in the period.
    public internal(set) var received = 0
    /// Complaints received, by each dimension: every key of the dimension, in reading order for
    /// time and vocabulary, by count (most first) for branches and handlers.
    public internal(set) var counts: [StatsDimension: [StatsBucket]] = [:]
    /// Complaints received of a pet injured or killed in care, by branch.
    public internal(set) var injuriesByBranch: [String: Int] = [:]
    /// Each week of the period: complaints received, clocks met and breached, scores, money paid.
    public internal(set) var weeks: [WeekFigures] = []

    /// Each clock's compliance; and every breach in the period, newest first.
    public internal(set) var clocks: [ClockFigures] = []
    public internal(set) var breaches: [BreachRow] = []

    public internal(set) var answerTimes = DurationFigures()
    public internal(set) var resolveTimes = DurationFigures()
    /// Resolutions that first took effect in the period, and how many of them at first contact,
    /// and how many were reopened since.
    public internal(set) var resolved = 0
    public internal(set) var firstContact = 0
    public internal(set) var reopened = 0
    /// Received in the period that repeat an earlier complaint within the policy's window.
    public internal(set) var repeats = 0

    public internal(set) var satisfaction = SatisfactionFigures()
    public internal(set) var compensation = CompensationFigures()
    public internal(set) var approvals: [PendingApproval] = []
    public internal(set) var people: [PersonFigures] = []
    public internal(set) var training: [TrainingFigures] = []

    init(period: StatsPeriod, filter: StatsFilter, computedAt: Date, currency: String) {
        self.period = period
        self.filter = filter
        self.computedAt = computedAt
        self.currency = currency
    }

    public func count(by dimension: StatsDimension) -> [StatsBucket] { counts[dimension] ?? [] }

    public func clock(_ kind: ClockKind) -> ClockFigures {
        clocks.first { $0.clock == kind } ?? ClockFigures(clock: kind)
    }

    /// Percent of `part` in `whole`, nil when there is nothing to divide.
    public static func percent(_ part: Int, of whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) * 100 / Double(whole)
    }
}

public struct StatsBucket: Sendable, Hashable {
    public let key: String
    public internal(set) var count: Int
}

public struct WeekFigures: Sendable, Hashable {
    /// "2026-W47", and the instants it spans (cut to the period).
    public let name: String
    public let from: Date
    public let to: Date
    public internal(set) var received = 0
    public internal(set) var met = 0
    public internal(set) var breached = 0
    public internal(set) var scoreSum = 0
    public internal(set) var scored = 0
    public internal(set) var paidMinorUnits: Int64 = 0

    public var compliance: Double? { DeskStatistics.percent(met, of: met + breached) }
    public var averageScore: Double? { scored == 0 ? nil : Double(scoreSum) / Double(scored) }
}

public struct ClockFigures: Sendable, Hashable {
    public let clock: ClockKind
    public internal(set) var met = 0
    public internal(set) var breached = 0

    public var ended: Int { met + breached }
    public var compliance: Double? { DeskStatistics.percent(met, of: ended) }
}

public struct BreachRow: Sendable, Hashable {
    public let ticket: TicketID
    public let clock: ClockKind
    public let due: Date
    /// Whether the ticket is still open: a breach still running.
    public let open: Bool
}

/// The median and 90th percentile of a set of durations, in seconds.
public struct DurationFigures: Sendable, Hashable {
    public internal(set) var count = 0
    public internal(set) var median: Double?
    public internal(set) var p90: Double?
    public internal(set) var mean: Double?

    init() {}

    init(_ seconds: [Double]) {
        guard !seconds.isEmpty else { return }
        count = seconds.count
        // Selected, not sorted: a year of a large desk is a million durations.
        var values = seconds
        median = NearestRank.select(Self.rank(0.5, of: count), in: &values)
        p90 = NearestRank.select(Self.rank(0.9, of: count), in: &values)
        mean = seconds.reduce(0, +) / Double(count)
    }

    /// The nearest rank (from 1) of quantile `q` among `count` values: a value that really
    /// occurred, as a hand count finds it.
    static func rank(_ q: Double, of count: Int) -> Int {
        min(count, max(1, Int((q * Double(count)).rounded(.up))))
    }
}

public struct ScoreTally: Sendable, Hashable {
    public internal(set) var count = 0
    public internal(set) var sum = 0
    public var average: Double? { count == 0 ? nil : Double(sum) / Double(count) }

    mutating func add(_ score: Int) {
        count += 1
        sum += score
    }

    mutating func add(_ other: ScoreTally) {
        count += other.count
        sum += other.sum
    }
}

public struct SatisfactionFigures: Sendable, Hashable {
    /// Closed in the period: with a score, and without one (the customer could not be reached).
    public internal(set) var closed = 0
    public internal(set) var unreachable = 0
    public internal(set) var all = ScoreTally()
    /// How many gave each score, 1 to 5 (index 0 is a score of 1).
    public internal(set) var distribution = [0, 0, 0, 0, 0]
    public internal(set) var byHandler: [String: ScoreTally] = [:]
    public internal(set) var byService: [ServiceLine: ScoreTally] = [:]
    /// By each kind of remedy in the resolution the case closed with.
    public internal(set) var byRemedy: [ResolutionKind: ScoreTally] = [:]
}

/// How far above a handler's authority a ticket's compensation in the period went.
public enum AuthorityBand: String, Sendable, Hashable, CaseIterable {
    case handler, supervisor, top

    public func name(_ lang: Language) -> String {
        switch self {
        case .handler: lang.pick("within a handler's ceiling", "处理专员权限内")
        case .supervisor: lang.pick("needed a supervisor", "需主管审批")
        case .top: lang.pick("needed the top approver", "需最高审批人")
        }
    }
}

public struct MoneyTally: Sendable, Hashable {
    /// Tickets (for bands) or remedies (for kinds) counted.
    public internal(set) var count = 0
    public internal(set) var minorUnits: Int64 = 0

    mutating func add(_ amount: Int64) {
        count += 1
        minorUnits = Money.saturatingSum(minorUnits, amount)
    }

    mutating func add(_ other: MoneyTally) {
        count += other.count
        minorUnits = Money.saturatingSum(minorUnits, other.minorUnits)
    }
}

public struct CompensationFigures: Sendable, Hashable {
    /// Resolutions that took effect in the period, and what they gave.
    public internal(set) var resolutions = 0
    public internal(set) var byKind: [ResolutionKind: MoneyTally] = [:]
    public internal(set) var total: Int64 = 0
    /// Tickets by the authority their money in the period needed.
    public internal(set) var byBand: [AuthorityBand: MoneyTally] = [:]
}

public struct PersonFigures: Sendable, Hashable {
    public let login: String
    /// Open now and overdue now (not bound to the period: a desk's load is today's).
    public internal(set) var open = 0
    public internal(set) var overdue = 0
    /// First resolved in the period, and the scores of what they closed.
    public internal(set) var resolved = 0
    public internal(set) var scores = ScoreTally()

    init(login: String, open: Int = 0, overdue: Int = 0, resolved: Int = 0, scores: ScoreTally = ScoreTally()) {
        self.login = login
        self.open = open
        self.overdue = overdue
        self.resolved = resolved
        self.scores = scores
    }
}

public struct TrainingFigures: Sendable, Hashable {
    public let login: String
    public internal(set) var sessions = 0
    public internal(set) var rounds = 0
    public internal(set) var correct = 0
    public var percent: Double? { DeskStatistics.percent(correct, of: rounds) }
}
