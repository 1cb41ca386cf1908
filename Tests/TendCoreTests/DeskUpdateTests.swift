import Foundation
import Testing
@testable import TendCore

/// The store says which tickets changed, and how each was, so a console moves just those.
@Suite struct DeskUpdateTests {
    let f = Fixture()

    func note(_ store: Store, on id: TicketID, _ text: String, as actor: StaffMember) throws {
        try store.act(on: id, as: actor, at: Fixture.now) { workflow, ticket in try workflow.addNote(ticket, text: text) }
    }

    @Test func anotherWritersChangeComesWithTheTicketAsItWas() throws {
        let console = try f.store(#function, tickets: 20)
        let other = try Store.open(at: console.directory)
        let id = TicketID(1005)
        let was = try #require(console.desk.ticket(id))
        try note(other, on: id, "called back", as: f.supervisor)
        let update = try console.refresh()
        #expect(update.changed == [id])
        #expect(update.before[id] == was)
        #expect(!update.reloaded)
        #expect(console.desk.ticket(id) == other.desk.ticket(id))
        #expect(try console.refresh().isEmpty)
    }

    @Test func ownCommitsAreReportedEachTicketOnceWithItsFirstState() throws {
        let store = try f.store(#function, tickets: 10)
        let first = TicketID(1003), second = TicketID(1002)
        let was = try #require(store.desk.ticket(first))
        try note(store, on: first, "one", as: f.supervisor)
        try note(store, on: second, "two", as: f.supervisor)
        try note(store, on: first, "three", as: f.supervisor)
        let received = try store.receive(Fixture.intake(), as: f.handler, at: Fixture.now).after.id
        #expect(store.hasUnreportedChanges)
        let update = store.takeUpdate()
        #expect(update.changed == [first, second, received])
        #expect(update.before[first] == was)
        #expect(update.before[received] == nil)
        #expect(!store.hasUnreportedChanges && store.takeUpdate().isEmpty)
    }

    @Test func aTicketCreatedAndChangedSinceHasNoStateBefore() throws {
        let store = try f.store(#function, tickets: 3)
        let id = try store.receive(Fixture.intake(), as: f.handler, at: Fixture.now).after.id
        try note(store, on: id, "after intake", as: f.handler)
        let update = store.takeUpdate()
        #expect(update.changed == [id] && update.before.isEmpty)
    }

    @Test func openingADeskIsNotAChange() throws {
        let store = try f.store(#function, tickets: 5)
        try note(store, on: TicketID(1001), "kept", as: f.supervisor)
        let reopened = try Store.open(at: store.directory)
        #expect(!reopened.hasUnreportedChanges)
        #expect(try reopened.refresh().isEmpty)
    }

    @Test func anotherWritersCompactionMeansEverythingIsWorkedOutAgain() throws {
        let console = try f.store(#function, tickets: 8)
        let other = try Store.open(at: console.directory)
        try note(other, on: TicketID(1002), "before the snapshot", as: f.supervisor)
        try other.compact()
        let update = try console.refresh()
        #expect(update.reloaded && update.changed.isEmpty && update.before.isEmpty)
        #expect(console.desk.tickets == other.desk.tickets)
    }

    @Test func aNewPolicyMeansEverythingIsWorkedOutAgain() throws {
        let store = try f.store(#function, tickets: 4)
        var policy = store.policy
        policy.sla[.general]?.resolve += 3600
        try FileIO.replace(store.policyPath, with: Array(PolicyFile.render(policy).utf8))
        #expect(try store.refresh().reloaded)
        #expect(try store.refresh().isEmpty)
    }

    @Test func moreChangesThanAreWorthListingMeanEverythingIsWorkedOutAgain() {
        let many = (0...DeskUpdate.listLimit).map { TicketID(Desk.firstNumber + Int32($0)) }
        let update = DeskUpdate(changed: many, before: [:])
        #expect(update.reloaded && update.changed.isEmpty)
        #expect(DeskUpdate(changed: Array(many.prefix(3)), before: [:]).changed.count == 3)
    }
}
