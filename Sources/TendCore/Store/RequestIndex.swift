import Foundation

/// Every request id the desk has recorded, with who made it and which tickets it changed. Built
/// from the timelines the first time a request is looked up (a desk opened only to read never
/// pays for it), then kept up to date as changes are applied.
struct RequestIndex {
    struct Entry {
        var actor: String
        var tickets: [TicketID]
        /// The digest of what was asked, when the request carried one.
        var fingerprint: Substring?
    }

    private var entries: [String: Entry] = [:]

    init(_ desk: Desk) {
        desk.withTickets { tickets in
            for index in tickets.indices {
                for entry in tickets[index].timeline { if let stored = entry.request { note(stored, actor: entry.actor, ticket: tickets[index].id) } }
            }
        }
    }

    mutating func add(_ changes: [Change]) {
        for change in changes { if let stored = change.entry.request { note(stored, actor: change.entry.actor, ticket: change.ticket) } }
    }

    private mutating func note(_ stored: String, actor: String, ticket: TicketID) {
        let (idPart, fingerprint) = RequestID.split(stored)
        let id = String(idPart)
        if entries[id] == nil { entries[id] = Entry(actor: actor, tickets: [], fingerprint: fingerprint) }
        if entries[id]!.tickets.last != ticket { entries[id]!.tickets.append(ticket) }
    }

    subscript(id: String) -> Entry? { entries[id] }
}

/// A request the desk has already recorded: what it changed, and each ticket as it stood just
/// before and just after it, so a retry can be told exactly what the first attempt did.
public struct RecordedRequest: Sendable {
    public let id: String
    public let actor: String
    public let changes: [Change]
    /// Keyed by ticket; a ticket the request created has no `before`.
    public let before: [TicketID: Ticket]
    public let after: [TicketID: Ticket]

    public var at: Date? { changes.first?.entry.at }

    init?(_ id: String, _ entry: RequestIndex.Entry, in desk: Desk) {
        var changes: [Change] = []
        var before: [TicketID: Ticket] = [:]
        var after: [TicketID: Ticket] = [:]
        for ticketID in entry.tickets {
            guard let ticket = desk.ticket(ticketID) else { continue }
            let positions = ticket.timeline.indices.filter { ticket.timeline[$0].request.map { RequestID.split($0).id == id } ?? false }
            guard let first = positions.first, let last = positions.last else { continue }
            changes += positions.map { Change(ticket: ticketID, entry: ticket.timeline[$0]) }
            if first > 0 { before[ticketID] = Ticket(id: ticketID, timeline: Array(ticket.timeline[..<first])) }
            after[ticketID] = Ticket(id: ticketID, timeline: Array(ticket.timeline[...last]))
        }
        guard !changes.isEmpty else { return nil }
        self.id = id
        actor = entry.actor
        self.changes = changes
        self.before = before
        self.after = after
    }
}
