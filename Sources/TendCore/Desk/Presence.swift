import Foundation

/// Someone else at the desk: the ticket they have open in their console, and whether they are
/// typing a form on it, as of `at`.
public struct PresenceEntry: Sendable, Equatable {
    public var login: String
    public var ticket: TicketID?
    public var typing: Bool
    public var at: Date

    public init(login: String, ticket: TicketID?, typing: Bool, at: Date) {
        self.login = login
        self.ticket = ticket
        self.typing = typing
        self.at = at
    }
}

/// A log shared by a team, whose consoles can see each other.
public protocol PresenceLog: EventLog {
    func makePresence() -> DeskPresence?
}

extension Store {
    /// Presence for this desk, when its log is shared (a database); nil for a desk on disk.
    public func makePresence() -> DeskPresence? { (log as? PresenceLog)?.makePresence() }
}

/// Who has which ticket open, shared among the consoles of a team's desk. Best effort: it never
/// stops anyone working, so neither call throws.
public protocol DeskPresence: AnyObject {
    /// Says what this console shows: the ticket open (nil when none) and whether a form is being
    /// typed on it.
    func publish(ticket: TicketID?, typing: Bool)
    /// The others, as last read: consoles that went quiet long ago are left out.
    func others() -> [PresenceEntry]
    /// This console is closing: nobody should see it on a ticket any more.
    func leave()
}
