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
        // The "needs an owner" lane first: serious and critical tickets nobody has taken.
        let lane = queue.prefix { $0.needsOwner }
        #expect(!lane.isEmpty && !queue.dropFirst(lane.count).contains { $0.needsOwner })
        // In the lane and after it: grade first, priority customers first within a grade, then
        // the least time left.
        for part in [Array(lane), Array(queue.dropFirst(lane.count))] {
            let grades = part.map(\.grade)
            #expect(grades == grades.sorted(by: >))
            for grade in Grade.allCases {
                let ofGrade = part.filter { $0.grade == grade }
                let priority = ofGrade.map(\.intake.isPriority)
                #expect(priority == priority.sorted { $0 && !$1 })
                for group in [true, false] {
                    let left = ofGrade.filter { $0.intake.isPriority == group }.map { f.policy.sla(for: $0, at: Fixture.now)!.timeLeft }
                    #expect(left == left.sorted())
                }
            }
        }
    }

    /// The case that ranked 67th: an unassigned critical ticket 13 minutes from its first-answer
    /// deadline, among general tickets overdue by a day.
    @Test func aCriticalTicketWithMinutesLeftRanksAboveAGeneralOneOverdueByADay() throws {
        var desk = Desk()
        let criticalTaken = Fixture.now.addingTimeInterval(-17 * 60)
        let generalTaken = Fixture.now.addingTimeInterval(-48 * 3600)
        for number in 0..<5 {
            let intake = Fixture.intake(grade: .general, name: "客户\(number)")
            _ = desk.apply(Change(ticket: desk.nextID, entry: TimelineEntry(at: generalTaken, actor: "li.hua", event: .received(intake))))
        }
        _ = desk.apply(Change(ticket: desk.nextID, entry: TimelineEntry(at: criticalTaken, actor: "li.hua", event: .received(Fixture.intake(grade: .critical)))))
        let priority = Intake(customer: Customer(name: "老人", contact: "13800000000", specialNeeds: true), pet: Pet(name: "球球", species: "猫", breed: ""),
                              service: .grooming, channel: .phone, description: "等了很久", grade: .general)
        _ = desk.apply(Change(ticket: desk.nextID, entry: TimelineEntry(at: Fixture.now, actor: "li.hua", event: .received(priority))))
        let order = TicketQuery.run(desk, policy: f.policy, filter: TicketFilter(), now: Fixture.now).map { desk.ticket($0)! }
        let first = try #require(order.first)
        #expect(first.grade == .critical)
        #expect(f.policy.sla(for: first, at: Fixture.now)!.timeLeft == 13 * 60)
        #expect(order.dropFirst().first?.intake.isPriority == true, "a priority customer first among the general tickets, though on time")
        #expect(order.dropFirst(2).allSatisfy { f.policy.sla(for: $0, at: Fixture.now)!.state == .overdue })
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
        filter.dueSoonOnly = true
        let dueSoon = run(filter)
        #expect(!dueSoon.isEmpty && dueSoon.allSatisfy { f.policy.sla(for: $0, at: Fixture.now)?.state == .dueSoon })
        #expect(dueSoon.count == desk.tickets.count { f.policy.sla(for: $0, at: Fixture.now)?.state == .dueSoon })
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
