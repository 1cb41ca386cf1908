import Foundation

/// What one action did to one ticket.
public struct Acted: Sendable {
    /// The ticket just before the action (nil for a new complaint).
    public let before: Ticket?
    public let after: Ticket
    /// The request had been recorded before: nothing was changed now, and `before`/`after` are what
    /// the first attempt did.
    public let replayed: Bool
}

extension Store {
    /// One workflow action on one ticket, as the command line and the console both take it:
    /// checked against the desk as it is on disk now, stamped with who, when and which request,
    /// made durable. A request id already recorded is told its first outcome, not applied again.
    @discardableResult
    public func act(on id: TicketID, as actor: StaffMember, at now: Date, request: String? = nil, fingerprint: String? = nil,
                    fresh: Bool = false, _ make: (Workflow, Ticket) throws -> [TicketEvent]) throws -> Acted {
        var before: Ticket?
        let asked = request.map { Request(id: $0, actor: actor.login, ticket: id, fingerprint: fingerprint, fresh: fresh) }
        let commit = try commit(request: asked) { desk, policy in
            guard let ticket = desk.ticket(id) else { throw StoreError.noSuchTicket(id.description) }
            before = ticket
            return try make(Workflow(policy: policy, actor: actor, now: now), ticket).map {
                Change(ticket: id, entry: TimelineEntry(at: now, actor: actor.login, event: $0))
            }
        }
        if let recorded = commit.recorded, let after = recorded.after[id] {
            return Acted(before: recorded.before[id], after: after, replayed: true)
        }
        return Acted(before: before, after: desk.ticket(id)!, replayed: false)
    }

    /// A new complaint, checked by the workflow and recorded under the desk's next ID.
    @discardableResult
    public func receive(_ intake: Intake, judgement: IntakeJudgement = IntakeJudgement(), as actor: StaffMember, at now: Date, request: String? = nil,
                        fingerprint: String? = nil, fresh: Bool = false) throws -> Acted {
        let asked = request.map { Request(id: $0, actor: actor.login, fingerprint: fingerprint, fresh: fresh) }
        let commit = try commit(request: asked) { desk, policy in
            let id = desk.nextID
            func change(_ ticket: TicketID, _ event: TicketEvent) -> Change {
                Change(ticket: ticket, entry: TimelineEntry(at: now, actor: actor.login, event: event))
            }
            // A returning customer's earlier complaints (the ten newest) are linked both ways.
            let earlier = desk.customers.matches(contact: intake.customer.contact, customer: intake.customer.name, pet: intake.pet.name,
                                                 on: desk).prefix(10).map(\.ticket)
            return try Workflow(policy: policy, actor: actor, now: now).receive(intake, judgement).map { change(id, $0) }
                + earlier.flatMap { [change(id, .related(to: $0)), change($0, .related(to: id))] }
        }
        let id = commit.changes[0].ticket
        if let recorded = commit.recorded, let after = recorded.after[id] {
            return Acted(before: nil, after: after, replayed: true)
        }
        return Acted(before: nil, after: desk.ticket(id)!, replayed: false)
    }
}
