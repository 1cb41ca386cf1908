import Foundation

/// The follow-up calls to make (回访), soonest first: each ticket in follow-up with its next call.
public struct CallDue: Sendable {
    public let ticket: Ticket
    public let at: Date
    /// The attempt this is at the call (1 for the first try); later calls have had none.
    public let attempt: Int
    /// Which of the ticket's calls still to make this is (1: the next), and how many there are.
    public let call: Int
    public let of: Int

    /// Which calls a list shows.
    public enum Window: Sendable {
        case all
        /// Due before the end of today in the desk's zone (overdue ones too).
        case today
        case overdue
    }

    /// The calls due on the desk in `window`, soonest first; `assignee` keeps to one person's.
    public static func all(on desk: Desk, policy: Policy, now: Date, window: Window = .all, assignee: String? = nil) -> [CallDue] {
        let endOfToday = LocalTime.start(ofDay: LocalTime(now, policy.zone).day + 1, policy.zone)
        var calls: [CallDue] = []
        desk.withTickets { tickets in
            for index in tickets.indices where tickets[index].stage == .followUp {
                if let assignee, tickets[index].assignee != assignee { continue }
                let ticket = tickets[index]
                let scheduled = ticket.calls.isEmpty ? ticket.nextCall.map { [$0] } ?? [] : ticket.calls
                for (number, at) in scheduled.enumerated() {
                    switch window {
                    case .all: break
                    case .today: if at >= endOfToday { continue }
                    case .overdue: if at >= now { continue }
                    }
                    calls.append(CallDue(ticket: ticket, at: at, attempt: number == 0 ? ticket.failedFollowUps + 1 : 1,
                                         call: number + 1, of: scheduled.count))
                }
            }
        }
        return calls.sorted { ($0.at, $0.ticket.id.number) < ($1.at, $1.ticket.id.number) }
    }
}
