import Foundation
import PostgresNIO
import TendCore

/// Presence for a team's desk: each console keeps one row of `tend.presence` (written only as its
/// session's role) up to date, and reads everyone's when the desk's watch says something changed.
/// A console that has not written for `quietAfter` is taken to be gone (it was killed, or its
/// machine slept), so a crashed console does not show someone "on" a ticket for ever.
public final class PostgresPresence: DeskPresence {
    let log: PostgresEventLog
    var published: (ticket: TicketID?, typing: Bool)?
    var publishedAt = Date.distantPast
    public static let quietAfter: TimeInterval = 120
    /// A console repeats its row at least this often, so that it is not taken to be gone.
    static let heartbeat: TimeInterval = 30

    public init(log: PostgresEventLog) { self.log = log }

    public func publish(ticket: TicketID?, typing: Bool) {
        if let published, published.ticket == ticket, published.typing == typing,
           Date().timeIntervalSince(publishedAt) < Self.heartbeat { return }
        let number = ticket.map { Int32($0.number) }
        do {
            try log.live().query("""
                insert into tend.presence (ticket, typing) values (\(number), \(typing))
                on conflict (login) do update set ticket = excluded.ticket, typing = excluded.typing
                """)
            published = (ticket, typing)
            publishedAt = Date()
        } catch {
            // Offline or not permitted: presence waits for the next change or heartbeat.
            published = nil
        }
    }

    public func others() -> [PresenceEntry] {
        do {
            let rows = try log.live().query("""
                select login, ticket, typing, at from tend.presence
                where login <> session_user and at > now() - make_interval(secs => \(Self.quietAfter))
                order by login
                """)
            return try rows.map { row in
                let (login, ticket, typing, at) = try row.decode((String, Int32?, Bool, Date).self)
                return PresenceEntry(login: login, ticket: ticket.map(TicketID.init), typing: typing, at: at)
            }
        } catch {
            return []
        }
    }

    /// Leaves the desk: the row says no ticket, so nobody sees this console on one.
    public func leave() { publish(ticket: nil, typing: false) }
}
