import Foundation
import Testing
@testable import TendCore

/// A queue kept up to date ticket by ticket finds each ticket by its place, as a whole query
/// orders them. (That it then equals a whole query is shown, over random desks, changes and
/// filters, by the console's LiveQueueTests.)
@Suite struct TicketQueryUpdateTests {
    let f = Fixture()
    var desk: Desk { DemoDesk.generate(tickets: 80, seed: 3, now: Fixture.now, policy: f.policy) }

    @Test func everyTicketIsFoundAtItsPlaceAndNoOtherIs() {
        let desk = desk
        var filter = TicketFilter()
        filter.grades = [.general, .serious]
        let rule = QueueRule(policy: f.policy, filter: filter, now: Fixture.now)
        let queue = TicketQuery.run(desk, policy: f.policy, filter: filter, now: Fixture.now)
        #expect(queue.count > 10)
        for (index, id) in queue.enumerated() { #expect(TicketQuery.position(of: id, in: queue, desk: desk, rule: rule) == index) }
        let left = desk.tickets.map(\.id).filter { !queue.contains($0) }
        #expect(!left.isEmpty)
        for id in left { #expect(TicketQuery.position(of: id, in: queue, desk: desk, rule: rule) == nil) }
    }

    @Test func aChangedTicketIsFoundByItsOldPlaceNotByAScan() {
        var desk = desk
        let rule = QueueRule(policy: f.policy, filter: TicketFilter(), now: Fixture.now)
        var queue = TicketQuery.run(desk, policy: f.policy, filter: TicketFilter(), now: Fixture.now)
        // An open ticket of the lowest grade, half-way down, becomes critical: its place moves up.
        let id = queue[(queue.count / 2)...].first { desk.ticket($0)!.grade == .general && desk.ticket($0)!.isOpen }!
        let before = desk.ticket(id)!
        desk.apply(Change(ticket: id, entry: TimelineEntry(at: Fixture.now, actor: "zhao.min", event: .gradeChanged(from: .general, to: .critical, reason: "worse"))))
        #expect(TicketQuery.run(desk, policy: f.policy, filter: TicketFilter(), now: Fixture.now).firstIndex(of: id)! < queue.firstIndex(of: id)!)
        // A stray copy at the front, where the ticket's place is not: a scan would take that one.
        queue.insert(id, at: 0)
        TicketQuery.update(&queue, desk: desk, changed: [id], before: [id: before], rule: rule)
        #expect(queue.first == id)
        #expect(Array(queue.dropFirst()) == TicketQuery.run(desk, policy: f.policy, filter: TicketFilter(), now: Fixture.now))
    }
}
