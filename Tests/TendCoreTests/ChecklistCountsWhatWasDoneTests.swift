import Foundation
import Testing
@testable import TendCore

/// The must-say checklist counts what the handler just did, and asks once per stage (issue 11).
@Suite struct ChecklistCountsWhatWasDoneTests {
    let f = Fixture()

    @Test func thePromisedTimeIsGivingATime() throws {
        let ticket = try f.ticket(at: .acknowledged)
        // Acknowledging promised the answer time: only the next step is left to say.
        #expect(Checklist.missing(ticket) == [.nextStep])
    }

    @Test func aScoreRecordedIsAskingAboutSatisfaction() throws {
        let ticket = try f.ticket(at: .followUp)
        var fields = AdvanceFields()
        #expect(Checklist.missing(ticket, doing: fields) == [.thanks, .satisfaction])
        fields.score = 4
        #expect(Checklist.missing(ticket, doing: fields) == [.thanks])
    }

    @Test func aStageAsksOnceEvenWhenTheResolutionWaits() throws {
        var ticket = try f.ticket(at: .resolving)
        var fields = AdvanceFields()
        fields.resolution = .refund
        fields.amount = Money(minorUnits: 90_000, currency: "CNY")
        fields.details = "full refund"
        fields.waived = Checklist.missing(ticket, doing: fields)
        #expect(!fields.waived.isEmpty)
        let events = try f.workflow(f.handler).advance(ticket, fields)
        f.apply(&ticket, f.handler, events)
        #expect(ticket.stage == .resolving && ticket.resolution?.approval == .pending)
        // Warned once and gone on: after the decision the handler is not asked again.
        #expect(Checklist.missing(ticket).isEmpty)
    }
}
