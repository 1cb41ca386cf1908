import Foundation

/// Filtering and ordering tickets for a queue: most urgent first.
public enum TicketQuery {
    /// Urgency: overdue before due soon before on time; within that, priority customers first
    /// (they are served first), then more severe grades, then least time left. Closed tickets last,
    /// most recently closed first.
    /// Returns IDs, not tickets: copying a million matches would cost more than finding them.
    public static func run(_ desk: Desk, policy: Policy, filter: TicketFilter, now: Date) -> [TicketID] {
        let matcher = filter.text.flatMap(TextMatcher.init)
        let tickets = desk.tickets
        let table = SLATable(policy)
        let accepts = filter.compiled()
        let partial = Parallel.map(count: tickets.count) { range -> [Candidate] in
            var found: [Candidate] = []
            for index in range {
                guard accepts.accepts(tickets[index]) else { continue }
                if let matcher, !matcher.matches(tickets[index]) { continue }
                let sla = table.status(of: tickets[index], at: now)
                if filter.overdueOnly && sla?.state != .overdue { continue }
                found.append(Candidate(index: Int32(index), ticket: tickets[index], sla: sla))
            }
            return found
        }
        var candidates = partial.flatMap { $0 }
        candidates.sort()
        return candidates.map { TicketID(Desk.firstNumber + $0.index) }
    }

    private struct Candidate: Comparable, Sendable {
        let index: Int32
        let closed: Bool
        let state: UInt8
        let priority: Bool
        let severity: UInt8
        let clock: Double

        init(index: Int32, ticket: borrowing Ticket, sla: SLAStatus?) {
            self.index = index
            closed = sla == nil
            state = sla.map { $0.state == .overdue ? 0 : $0.state == .dueSoon ? 1 : 2 } ?? 3
            priority = ticket.intake.isPriority
            severity = UInt8(ticket.grade.severity)
            clock = sla?.timeLeft ?? -(ticket.closedAt?.timeIntervalSince1970 ?? 0)
        }

        static func < (a: Candidate, b: Candidate) -> Bool {
            if a.closed != b.closed { return !a.closed }
            if a.state != b.state { return a.state < b.state }
            if a.priority != b.priority { return a.priority }
            if a.severity != b.severity { return a.severity > b.severity }
            if a.clock != b.clock { return a.clock < b.clock }
            return a.index < b.index
        }
    }
}
