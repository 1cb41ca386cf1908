import Foundation

/// Filtering and ordering tickets for a queue: most urgent first (`QueueRule`, `QueuePlace`).
public enum TicketQuery {
    /// Returns IDs, not tickets: copying a million matches would cost more than finding them.
    public static func run(_ desk: Desk, policy: Policy, filter: TicketFilter, now: Date, threads: Int? = nil) -> [TicketID] {
        let rule = QueueRule(policy: policy, filter: filter, now: now)
        let partial = Parallel.map(count: desk.count, threads: threads) { range -> [QueuePlace] in
            var found: [QueuePlace] = []
            desk.withTickets { tickets in
                for index in range { if let place = rule.place(tickets[index]) { found.append(place) } }
            }
            return found
        }
        var places = partial.flatMap { $0 }
        places.sort()
        return places.map(\.id)
    }
}
