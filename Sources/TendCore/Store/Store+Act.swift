import Foundation

extension Store {
    /// One workflow action on one ticket, as the command line and the console both take it:
    /// checked against the desk as it is on disk now, stamped with who and when, made durable.
    /// Returns the ticket as it stands afterwards.
    @discardableResult
    public func act(on id: TicketID, as actor: StaffMember, at now: Date,
                    _ make: (Workflow, Ticket) throws -> [TicketEvent]) throws -> Ticket {
        try commit { desk, policy in
            guard let ticket = desk.ticket(id) else { throw StoreError.noSuchTicket(id.description) }
            return try make(Workflow(policy: policy, actor: actor, now: now), ticket).map {
                Change(ticket: id, entry: TimelineEntry(at: now, actor: actor.login, event: $0))
            }
        }
        return desk.ticket(id)!
    }

    /// A new complaint, checked by the workflow and recorded under the desk's next ID.
    /// Returns the new ticket.
    @discardableResult
    public func receive(_ intake: Intake, as actor: StaffMember, at now: Date) throws -> Ticket {
        let changes = try commit { desk, policy in
            try Workflow(policy: policy, actor: actor, now: now).receive(intake).map {
                Change(ticket: desk.nextID, entry: TimelineEntry(at: now, actor: actor.login, event: $0))
            }
        }
        return desk.ticket(changes[0].ticket)!
    }
}
