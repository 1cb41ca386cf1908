import Foundation
import TendCore

/// The numbers on the status bar: counted over the whole desk when the queue is queried, then
/// kept up to date ticket by ticket as tickets change.
public struct QueueCounts: Sendable, Equatable {
    public var open = 0, mine = 0, dueSoon = 0, overdue = 0
    /// Resolutions waiting for a supervisor's approval.
    public var awaitingApproval = 0
    /// Serious and critical tickets nobody has taken (`Ticket.needsOwner`).
    public var needsOwner = 0

    public init() {}

    public init(desk: Desk, policy: Policy, login: String, now: Date) {
        let table = SLATable(policy)
        desk.withTickets { tickets in
            for index in tickets.indices { count(tickets[index], table: table, login: login, now: now, as: 1) }
        }
    }

    /// Takes each changed ticket's part as it was out and puts its part as it is now in.
    public mutating func apply(_ update: DeskUpdate, desk: Desk, policy: Policy, login: String, now: Date) {
        let table = SLATable(policy)
        for id in update.changed {
            if let before = update.before[id] { count(before, table: table, login: login, now: now, as: -1) }
            if let after = desk.ticket(id) { count(after, table: table, login: login, now: now, as: 1) }
        }
    }

    /// Adds one ticket's part (`sign` 1), or takes it away (-1).
    private mutating func count(_ ticket: borrowing Ticket, table: SLATable, login: String, now: Date, as sign: Int) {
        guard ticket.isOpen else { return }
        open += sign
        if ticket.assignee == login { mine += sign }
        if ticket.resolution?.approval == .pending { awaitingApproval += sign }
        if ticket.needsOwner { needsOwner += sign }
        switch table.status(of: ticket, at: now)?.state {
        case .overdue: overdue += sign
        case .dueSoon: dueSoon += sign
        default: break
        }
    }
}
