import Foundation
import TendConsole
import TendCore

/// Issue 11's cost of urgency: the queue's whole query (filter, place, sort) with the urgency
/// order (the "needs an owner" lane, grade, priority, time left) against the same work ordered by
/// time left alone, as queues were before; and the ladder watch a console runs with each whole
/// query. Both run once a minute off the input path; a frame never sorts.
enum UrgencyBench {
    static func run(store: Store, now: Date) {
        let desk = store.desk, policy = store.policy
        var urgency: [Double] = [], timeOnly: [Double] = []
        var count = 0
        for _ in 0..<7 {
            urgency.append(seconds { count = TicketQuery.run(desk, policy: policy, filter: TicketFilter(), now: now, threads: 1).count })
            timeOnly.append(seconds { count = byTimeLeft(desk, policy: policy, now: now).count })
        }
        let ratio = median(urgency) / median(timeOnly)
        var counting: [Double] = []
        for _ in 0..<5 { counting.append(seconds { _ = QueueCounts(desk: desk, policy: policy, login: "li.hua", now: now) }) }
        print("status-row counts over the whole desk (5 runs): median \(ms(median(counting)))")
        print("whole query of the open queue (\(count) tickets, one thread, 7 runs): urgency order median \(ms(median(urgency))), time left alone \(ms(median(timeOnly))): \(String(format: "%.2f×", ratio)) (+\(String(format: "%.0f", (ratio - 1) * 100))%)")
        let supervisor = policy.staff.first { $0.role == .supervisor }!
        let handler = policy.staff.first { $0.role == .handler }!
        for (who, viewer) in [("supervisor", supervisor), ("handler", handler)] {
            var watch: [Double] = []
            var found = 0
            for _ in 0..<5 { watch.append(seconds { found = LadderWatch.reached(desk, policy: policy, viewer: viewer, after: now.addingTimeInterval(-60), upTo: now).count }) }
            print("ladder watch for a \(who), one minute (\(found) rungs, 5 runs): median \(ms(median(watch)))")
        }
    }

    /// The same filter and clocks, ordered by time left only (then number).
    static func byTimeLeft(_ desk: Desk, policy: Policy, now: Date) -> [TicketID] {
        let table = SLATable(policy)
        var places: [(left: Double, number: Int32)] = []
        desk.withTickets { tickets in
            for index in tickets.indices where tickets[index].isOpen {
                guard let status = table.status(of: tickets[index], at: now) else { continue }
                places.append((status.timeLeft, tickets[index].id.number))
            }
        }
        places.sort { $0.left != $1.left ? $0.left < $1.left : $0.number < $1.number }
        return places.map { TicketID($0.number) }
    }
}


