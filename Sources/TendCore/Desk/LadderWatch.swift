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
        for ticket in desk.tickets where ticket.isOpen {
            let mine = ticket.assignee == viewer.login
            guard mine || (supervisor && tellsSupervisors) else { continue }
            // Every rung falls at or before the clock's own end unless the ladder goes past
            // 100%: a clock that ended before the window has nothing in it.
            if !pastTheEnd, let due = table.status(of: ticket, at: now)?.due, due <= from { continue }
            for rung in table.ladder(of: ticket, at: now) where rung.at > from && rung.at <= now {
                let tells = rung.step.tell == .assignee ? mine : supervisor
                guard tells else { continue }
                let escalation = Escalation(clock: ClockKind(rung.clock), percent: rung.step.percent, tell: rung.step.tell, reachedAt: rung.at.roundedToStore)
                guard !ticket.escalations.contains(escalation) else { continue }
                found.append(ClockWarning(ticket: ticket.id, escalation: escalation))
            }
        }
        return found
    }
}
