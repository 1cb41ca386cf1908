import Foundation
import TendCore

/// A whole query of the queue asked for away from the input path: what it is of, and which
/// generation of the console's queries it would replace.
public struct BackgroundQuery: Sendable, Equatable {
    public var filter: TicketFilter
    public var now: Date
    public var login: String
    var generation: Int
    /// Who the console is for, and from when to look for rungs of the escalation ladder reached
    /// (nil: the first query, which only starts the watch).
    var viewer: StaffMember? = nil
    var warnAfter: Date? = nil

    /// The queue and counts of `desk` (a copy of the desk as it was when asked), as a whole
    /// query at `now` makes them. On one thread, however many cores there are: it is in no
    /// hurry, and the others stay free for keys, wake-ups and the database.
    func run(_ desk: Desk, policy: Policy) -> (queue: [TicketID], counts: QueueCounts, warnings: [ClockWarning]) {
        let warnings = viewer.flatMap { viewer in warnAfter.map { LadderWatch.reached(desk, policy: policy, viewer: viewer, after: $0, upTo: now) } } ?? []
        return (TicketQuery.run(desk, policy: policy, filter: filter, now: now, threads: 1), QueueCounts(desk: desk, policy: policy, login: login, now: now), warnings)
    }
}
