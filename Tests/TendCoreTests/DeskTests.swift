import Foundation
import Testing
@testable import TendCore

@Suite struct DemoDeskTests {
    let f = Fixture()

    @Test func theSameSeedAndInstantBuildTheSameDesk() {
        let a = DemoDesk.generate(tickets: 300, seed: 9, now: Fixture.now, policy: f.policy)
        let b = DemoDesk.generate(tickets: 300, seed: 9, now: Fixture.now, policy: f.policy)
        let c = DemoDesk.generate(tickets: 300, seed: 10, now: Fixture.now, policy: f.policy)
        #expect(a.tickets == b.tickets)
        #expect(a.tickets != c.tickets)
    }

    @Test func aDemoDeskHasEverythingToLookAt() {
        let desk = DemoDesk.generate(tickets: 300, seed: 42, now: Fixture.now, policy: f.policy)
        let tickets = desk.tickets
        #expect(Set(tickets.map(\.stage)) == Set(Stage.allCases))
        #expect(Set(tickets.map(\.grade)) == Set(Grade.allCases))
        #expect(Set(tickets.map(\.intake.service)) == Set(ServiceLine.allCases))
        #expect(Set(tickets.map(\.intake.channel)) == Set(Channel.allCases))
        #expect(Set(tickets.compactMap(\.cause)).count >= 8)
        let states = tickets.compactMap { f.policy.sla(for: $0, at: Fixture.now)?.state }
        #expect(states.contains(.overdue) && states.contains(.dueSoon) && states.contains(.onTime))
        #expect(tickets.contains { !$0.related.isEmpty })
        #expect(tickets.contains { $0.reopenCount > 0 })
        #expect(tickets.contains { $0.resolution?.approval == .pending })
        #expect(tickets.contains { $0.stage == .closed && $0.satisfaction == nil })
        #expect(tickets.contains { $0.customer.name.unicodeScalars.first!.value >= 0x4E00 })
        #expect(tickets.contains { $0.customer.name.first!.isASCII })
        #expect(Set(tickets.compactMap(\.assignee)).count >= 5)
    }
}

@Suite struct QueryTests {
    let f = Fixture()
    let desk = DemoDesk.generate(tickets: 400, seed: 3, now: Fixture.now, policy: DemoDesk.policy(founder: "tester"))

    func run(_ filter: TicketFilter) -> [Ticket] {
        TicketQuery.run(desk, policy: f.policy, filter: filter, now: Fixture.now).map { desk.ticket($0)! }
    }

    @Test func theQueueIsOrderedByUrgency() {
        let queue = run(TicketFilter())
        #expect(!queue.isEmpty && queue.allSatisfy(\.isOpen))
        let states = queue.map { f.policy.sla(for: $0, at: Fixture.now)!.state }
        #expect(states == states.sorted())
        let overdue = queue.prefix { f.policy.sla(for: $0, at: Fixture.now)!.state == .overdue }
        let priority = overdue.map(\.intake.isPriority)
        #expect(priority == priority.sorted { $0 && !$1 })
    }

    @Test func filtersCombine() {
        var filter = TicketFilter()
        filter.stages = [.investigating, .resolving]
        filter.grades = [.serious]
        filter.assignee = "li.hua"
        let found = run(filter)
        let expected = desk.tickets.filter { [.investigating, .resolving].contains($0.stage) && $0.grade == .serious && $0.assignee == "li.hua" }
        #expect(Set(found.map(\.id)) == Set(expected.map(\.id)))
        filter = TicketFilter()
        filter.unassigned = true
        filter.overdueOnly = true
        #expect(run(filter).allSatisfy {
            $0.assignee == nil && f.policy.sla(for: $0, at: Fixture.now)?.state == .overdue
        })
        filter = TicketFilter()
        filter.stages = [.closed]
        #expect(run(filter).allSatisfy { $0.stage == .closed })
    }

    @Test func textSearchFindsChineseAndIgnoresLatinCase() {
        var filter = TicketFilter()
        filter.includeClosed = true
        filter.text = "毛"
        let chinese = run(filter)
        #expect(!chinese.isEmpty && chinese.allSatisfy { $0.intake.description.contains("毛") || $0.customer.name.contains("毛") || $0.pet.name.contains("毛") })
        filter.text = "BISCUIT"
        let latin = run(filter)
        #expect(latin.count == desk.tickets.filter { $0.pet.name == "Biscuit" || $0.intake.description.contains("Biscuit") }.count)
        #expect(TextMatcher("t-1005")!.matches(desk.tickets[4]))
    }
}
