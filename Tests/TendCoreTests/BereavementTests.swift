import Foundation
import Testing
@testable import TendCore

/// Where the pet died nobody asks the owner for a score: the follow-up's checklist does not ask
/// for one, the call closes the case without it, the timeline says why, and the statistics do
/// not count the owner as unreachable.
struct BereavementTests {
    let f = Fixture()

    /// A critical case where the pet died, resolved by a supervisor now and waiting for its call.
    func diedAtFollowUp() throws -> Ticket {
        var ticket = try f.ticket(at: .resolving, grade: .critical)
        f.apply(&ticket, f.handler, [.harmSet(.died), .angerSet(.grieving)])
        var fields = AdvanceFields()
        fields.resolution = .apology
        fields.details = "condolences; the vet's report sent"
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor).advance(ticket, fields))
        #expect(ticket.stage == .followUp)
        return ticket
    }

    @Test func theChecklistAsksForNoScoreWhereThePetDied() throws {
        let ticket = try diedAtFollowUp()
        #expect(Checklist.required(ticket) == [.thanks])
        #expect(Checklist.required(.followUp) == [.thanks, .satisfaction])
        #expect(!ScriptContext(ticket).needs.contains(.satisfaction))
    }

    @Test func theCallClosesTheCaseWithoutAScore() throws {
        var ticket = try diedAtFollowUp()
        let events = try f.workflow(f.supervisor).advance(ticket, AdvanceFields())
        #expect(events == [.closed(score: nil, comment: "")])
        f.apply(&ticket, f.supervisor, events)
        #expect(ticket.stage == .closed)
        let last = try #require(ticket.timeline.last)
        #expect(TimelineText.sentence(last.event, .en, petDied: true) == "Closed without a score: the pet died")
        #expect(TimelineText.sentence(last.event, .zh, petDied: true) == "宠物离世，未请主人评分，已结案")
        #expect(TicketPresenter(policy: f.policy, viewer: f.supervisor, now: Fixture.now, lang: .en).timeline(ticket).last?.text == "Closed without a score: the pet died")
        // Elsewhere a close with no score still needs the failed calls.
        let plain = try f.ticket(at: .followUp)
        #expect(throws: WorkflowError.gate(GateRefusal(.score, .missing))) { try f.workflow(f.handler).advance(plain, AdvanceFields()) }
    }

    @Test func aScoreMayStillBeRecordedWhereTheOwnerGivesOne() throws {
        let ticket = try diedAtFollowUp()
        var fields = AdvanceFields()
        fields.score = 4
        #expect(try f.workflow(f.supervisor).advance(ticket, fields).last == .closed(score: 4, comment: ""))
    }

    @Test func theStatisticsDoNotCountTheOwnerAsUnreachable() throws {
        var desk = Desk()
        var ticket = try diedAtFollowUp()
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor).advance(ticket, AdvanceFields()))
        for entry in ticket.timeline { _ = desk.apply(Change(ticket: ticket.id, entry: entry)) }
        let unreachable = try f.ticket(at: .followUp, grade: .general)
        var closedUnreachable = unreachable
        for _ in 0..<f.policy.followUpAttempts {
            f.apply(&closedUnreachable, f.handler, try f.workflow(f.handler).recordFailedFollowUp(closedUnreachable, note: ""))
        }
        #expect(closedUnreachable.stage == .closed)
        for entry in closedUnreachable.timeline { _ = desk.apply(Change(ticket: TicketID(1002), entry: entry)) }
        let period = StatsPeriod(from: Fixture.now.addingTimeInterval(-86400), to: Fixture.now.addingTimeInterval(86400), zone: f.policy.zone)
        let figures = Statistics.compute(desk.digested(), policy: f.policy, period: period, now: Fixture.now.addingTimeInterval(3600))
        #expect(figures.satisfaction.closed == 2)
        #expect(figures.satisfaction.unreachable == 1)
    }
}
