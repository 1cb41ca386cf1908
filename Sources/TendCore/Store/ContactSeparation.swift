/// Customers' contact details kept apart from the history, for a log that some readers may read
/// but whose contacts they may not (in a team's database a trainee reads every event, and the
/// contacts live in a table only handlers and supervisors are granted). The history then carries
/// each intake with an empty contact, and the contacts are joined back for those allowed them.
public enum ContactSeparation {
    /// The changes with every intake's contact emptied, and the contacts taken out, by ticket.
    public static func split(_ changes: [Change]) -> (changes: [Change], contacts: [(ticket: TicketID, contact: String)]) {
        var contacts: [(ticket: TicketID, contact: String)] = []
        let stripped = changes.map { change -> Change in
            guard case .received(let intake) = change.entry.event, !intake.customer.contact.isEmpty else { return change }
            contacts.append((change.ticket, intake.customer.contact))
            var bare = change
            bare.entry.event = .received(intake.withContact(""))
            return bare
        }
        return (stripped, contacts)
    }

    /// The desk with every ticket's contact emptied, and the contacts taken out, by ticket.
    public static func split(_ desk: Desk) -> (desk: Desk, contacts: [(ticket: TicketID, contact: String)]) {
        var contacts: [(ticket: TicketID, contact: String)] = []
        var bare = desk
        bare.updateEach { ticket in
            guard !ticket.customer.contact.isEmpty else { return }
            contacts.append((ticket.id, ticket.customer.contact))
            ticket.replaceIntake(ticket.intake.withContact(""))
        }
        return (bare, contacts)
    }

    /// The changes with their intakes' contacts filled in from `contacts` (by ticket number).
    public static func join(_ changes: [Change], _ contacts: [Int32: String]) -> [Change] {
        changes.map { change in
            guard case .received(let intake) = change.entry.event, let contact = contacts[change.ticket.number] else { return change }
            var full = change
            full.entry.event = .received(intake.withContact(contact))
            return full
        }
    }

    /// Fills in the desk's contacts from `contacts` (by ticket number).
    public static func join(_ desk: inout Desk, _ contacts: [Int32: String]) {
        guard !contacts.isEmpty else { return }
        desk.updateEach { ticket in
            guard let contact = contacts[ticket.id.number] else { return }
            ticket.replaceIntake(ticket.intake.withContact(contact))
        }
    }
}

extension Intake {
    /// The same intake with another contact.
    func withContact(_ contact: String) -> Intake {
        var customer = self.customer
        customer.contact = contact
        return with(customer: customer)
    }
}
