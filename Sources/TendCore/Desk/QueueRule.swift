import Foundation

/// Which tickets a queue holds and where each goes, at one instant: the filter, the search and the
/// urgency order of `TicketQuery`, for one ticket at a time. A whole query and a queue kept up to
/// date ticket by ticket (`TicketQuery.update`) both read it, so they cannot disagree.
public struct QueueRule: Sendable {
    /// The instant the clocks are read at: a queue kept up to date uses the one it was queried at,
    /// so the tickets already in it keep their places.
    public let now: Date
    private let accepts: CompiledTicketFilter
    private let matcher: TextMatcher?
    private let table: SLATable
    private let overdueOnly: Bool
    private let dueSoonOnly: Bool
    private let callsDue: Bool

    public init(policy: Policy, filter: TicketFilter, now: Date) {
        self.now = now
        accepts = filter.compiled()
        matcher = filter.text.flatMap { TextMatcher($0, contacts: filter.searchContacts) }
        table = SLATable(policy)
        overdueOnly = filter.overdueOnly
        dueSoonOnly = filter.dueSoonOnly
        callsDue = filter.callsDue
    }

    /// Where the ticket goes in the queue, or nil when the queue leaves it out. The cheap checks
    /// come first: this runs for every ticket of a million-ticket desk.
    @inline(__always)
    public func place(_ ticket: borrowing Ticket) -> QueuePlace? {
        guard accepts.accepts(ticket) else { return nil }
        if let matcher, !matcher.matches(ticket) { return nil }
        if callsDue {
            guard ticket.stage == .followUp else { return nil }
            // A ticket whose calls are all made waits for a supervisor's close: after the calls.
            return QueuePlace(number: ticket.id.number, byTime: ticket.nextCall?.timeIntervalSince1970 ?? .greatestFiniteMagnitude)
        }
        let sla = table.status(of: ticket, at: now)
        if overdueOnly && sla?.state != .overdue { return nil }
        if dueSoonOnly && sla?.state != .dueSoon { return nil }
        return QueuePlace(ticket, sla: sla)
    }
}

/// A ticket's place in the urgency order, the one order every queue and `tend list` use:
///
/// 1. Open tickets before closed ones; closed ones most recently closed first.
/// 2. The "needs an owner" lane: serious and critical tickets nobody has taken, first of all, so
///    every supervisor sees them at the top until someone owns them.
/// 3. The more harmful grade first: critical, serious, significant, general. A critical ticket with
///    minutes left ranks above a general one overdue by a day: the grade says what is at stake
///    (a pet hurt, a customer's rights), the clock only how late we are.
/// 4. Within a grade, priority customers (the elderly and disabled customers' channel) first.
/// 5. Then the least time left on the running clock: overdue (time left below zero) before due
///    soon before on time, the longest overdue first.
/// 6. The ticket number settles the rest, so no two tickets share a place.
public struct QueuePlace: Comparable, Sendable {
    public let number: Int32
    /// Steps 1 to 4 in one number, lower first: closed, then outside the lane, then the grade's
    /// severity turned round, then not a priority customer, each in its own bits. One comparison
    /// instead of four keeps the sort of a million places quick.
    private let rank: UInt8
    private let clock: Double

    @inline(__always)
    init(_ ticket: borrowing Ticket, sla: SLAStatus?) {
        number = ticket.id.number
        let closed = sla == nil
        let outsideLane: UInt8 = !closed && ticket.needsOwner ? 0 : 1
        let gradeRank = closed ? 0 : UInt8(3 - ticket.grade.severity)
        let notPriority: UInt8 = !closed && ticket.intake.isPriority ? 0 : 1
        rank = (closed ? 1 << 7 : 0) | outsideLane << 6 | gradeRank << 1 | notPriority
        clock = sla?.timeLeft ?? -(ticket.closedAt?.timeIntervalSince1970 ?? 0)
    }

    /// A place by a time alone (the calls-due view: the next call's), ticket number after.
    init(number: Int32, byTime time: Double) {
        self.number = number
        rank = 0
        clock = time
    }

    public var id: TicketID { TicketID(number) }

    public static func < (a: QueuePlace, b: QueuePlace) -> Bool {
        if a.rank != b.rank { return a.rank < b.rank }
        if a.clock != b.clock { return a.clock < b.clock }
        return a.number < b.number
    }
}
