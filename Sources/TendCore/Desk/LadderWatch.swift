import Foundation

/// A rung of the escalation ladder reached on a ticket, for the person it tells.
public struct ClockWarning: Sendable, Hashable {
    public let ticket: TicketID
    public let escalation: Escalation

    public init(ticket: TicketID, escalation: Escalation) {
        self.ticket = ticket
        self.escalation = escalation
    }
}

/// Finds the rungs of the escalation ladder reached in a window of time that tell this person:
/// the assignee's rungs on their own tickets, the supervisors' rungs (for a supervisor) on every
/// open ticket. A console runs it with each whole query of its queue, over the time since the
/// last one, warns its user and records each rung once (`TicketAction.escalate`).
public enum LadderWatch {
    public static func reached(_ desk: Desk, policy: Policy, viewer: StaffMember, after from: Date, upTo now: Date) -> [ClockWarning] {
        guard viewer.role.canChangeTickets, from < now, !policy.escalation.isEmpty else { return [] }
        let supervisor = viewer.role == .supervisor
        let tellsSupervisors = policy.escalation.contains { $0.tell == .supervisors }
        let table = SLATable(policy)
        let pastTheEnd = policy.escalation.contains { $0.percent > 100 }
        var found: [ClockWarning] = []
        desk.withTickets { tickets in
            for index in tickets.indices {
                look(at: tickets[index], viewer: viewer, supervisor: supervisor && tellsSupervisors, pastTheEnd: pastTheEnd,
                     table: table, after: from, upTo: now, into: &found)
            }
        }
        return found
    }

    @inline(__always)
    private static func look(at ticket: borrowing Ticket, viewer: StaffMember, supervisor: Bool, pastTheEnd: Bool, table: SLATable,
                             after from: Date, upTo now: Date, into found: inout [ClockWarning]) {
        guard ticket.isOpen else { return }
        let mine = ticket.assignee == viewer.login
        guard mine || supervisor else { return }
        // Every rung falls at or before the clock's own end unless the ladder goes past 100%:
        // a clock that ended before the window has nothing in it.
        if !pastTheEnd, let due = table.status(of: ticket, at: now)?.due, due <= from { return }
        for rung in table.rungs(of: ticket, after: from, upTo: now) {
            guard rung.step.tell.includes(viewer, assignee: ticket.assignee) else { continue }
            // Told even when another console has recorded it: every supervisor is to hear of a
            // supervisors' rung, and the window makes sure each console tells it once. The
            // workflow records it once.
            found.append(ClockWarning(ticket: ticket.id, escalation: rung.escalation))
        }
    }
}
