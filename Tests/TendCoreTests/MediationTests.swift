import Foundation
import Testing
@testable import TendCore

/// A dispute taken to a mediator: who, their reference, the next date, what was sent; the clocks
/// wait for the mediator where the policy allows; the outcome brings the ticket back to resolving.
struct MediationTests {
    let f = Fixture()
    let hearing = Fixture.now.addingTimeInterval(5 * 86400)

    var referral: MediationReferral {
        MediationReferral(party: .consumerAssociation, reference: " 消协 2026-031 ", reason: "金额谈不拢", next: hearing, sent: "照片、病历")
    }

    @Test func aReferralRecordsTheMediatorAndStopsTheClocks() throws {
        var ticket = try f.ticket(at: .resolving)
        let events = try f.workflow(f.handler).startMediation(ticket, referral)
        var trimmed = referral
        trimmed.reference = "消协 2026-031"
        #expect(events == [.mediationReferred(trimmed), .clockPaused(.mediator)])
        f.apply(&ticket, f.handler, events)
        #expect(ticket.stage == .mediation && ticket.runningPause?.reason == .mediator)
        let open = try #require(ticket.openMediation)
        #expect(open.party == .consumerAssociation && open.reference == "消协 2026-031" && open.next == hearing)
        #expect(open.sent.map(\.text) == ["照片、病历"])
        #expect(MediationText.summary(open, .zh).hasPrefix("消费者协会 · 编号 消协 2026-031 · 下次 "))
    }

    @Test func whereThePolicyKeepsTheClocksRunningTheyRun() throws {
        var policy = f.policy
        policy.pauseReasons = [.customer]
        let ticket = try f.ticket(at: .resolving)
        let events = try Workflow(policy: policy, actor: f.handler, now: Fixture.now).startMediation(ticket, referral)
        #expect(events.count == 1 && !events.contains(.clockPaused(.mediator)))
    }

    @Test func aPauseAlreadyRunningIsLeftAndNotEndedByTheOutcome() throws {
        var ticket = try f.ticket(at: .resolving)
        f.apply(&ticket, f.handler, [.clockPaused(.vetReport)])
        let events = try f.workflow(f.handler).startMediation(ticket, referral)
        #expect(!events.contains(.clockPaused(.mediator)))
        f.apply(&ticket, f.handler, events)
        var fields = AdvanceFields()
        fields.outcome = "agreed"
        #expect(try f.workflow(f.handler).advance(ticket, fields) == [.mediationEnded(outcome: "agreed")])
    }

    @Test func newsIsRecordedAndTheOutcomeReturnsToResolvingWithTheClocksRunning() throws {
        var ticket = try f.ticket(at: .resolving)
        f.apply(&ticket, f.handler, try f.workflow(f.handler).startMediation(ticket, referral))
        let later = hearing.addingTimeInterval(7 * 86400)
        let update = MediationUpdate(reference: "", next: later, sent: " 收据 ", note: "调解员来电")
        let events = try f.workflow(f.handler).updateMediation(ticket, update)
        #expect(events == [.mediationUpdated(MediationUpdate(next: later, sent: "收据", note: "调解员来电"))])
        f.apply(&ticket, f.handler, events, at: Fixture.now.addingTimeInterval(3600))
        #expect(ticket.openMediation?.next == later && ticket.openMediation?.sent.map(\.text) == ["照片、病历", "收据"])
        #expect(ticket.openMediation?.reference == "消协 2026-031", "a blank reference leaves it as it was")
        // Nothing new is refused, and so is a date that has passed.
        #expect(throws: WorkflowError.emptyText(.mediationNews)) { try f.workflow(f.handler).updateMediation(ticket, MediationUpdate(note: "  ")) }
        let past = Fixture.now.addingTimeInterval(-60)
        #expect(throws: WorkflowError.mediationDateInPast(past)) { try f.workflow(f.handler).updateMediation(ticket, MediationUpdate(next: past)) }
        // The outcome: back to resolving, and the clocks that waited for the mediator run again.
        var fields = AdvanceFields()
        fields.outcome = "同意报销医疗费"
        let ended = try f.workflow(f.handler).advance(ticket, fields)
        #expect(ended == [.mediationEnded(outcome: "同意报销医疗费"), .clockResumed])
        f.apply(&ticket, f.handler, ended, at: Fixture.now.addingTimeInterval(7200))
        #expect(ticket.stage == .resolving && ticket.runningPause == nil && ticket.openMediation == nil)
        #expect(ticket.mediations.count == 1 && ticket.mediations[0].outcome == "同意报销医疗费")
    }

    @Test func aReferralNeedsAReasonAFutureDateAndTheRightStage() throws {
        let ticket = try f.ticket(at: .resolving)
        var empty = referral
        empty.reason = " "
        #expect(throws: WorkflowError.emptyText(.mediationReason)) { try f.workflow(f.handler).startMediation(ticket, empty) }
        var past = referral
        past.next = Fixture.now
        #expect(throws: WorkflowError.mediationDateInPast(Fixture.now)) { try f.workflow(f.handler).startMediation(ticket, past) }
        #expect(throws: WorkflowError.self) { try f.workflow(f.handler).startMediation(try f.ticket(at: .acknowledged), referral) }
        #expect(throws: WorkflowError.self) { try f.workflow(f.handler).updateMediation(ticket, MediationUpdate(note: "x")) }
        #expect(throws: WorkflowError.self) { try f.workflow(f.trainee).startMediation(ticket, referral) }
    }

    /// Through the store: written to the journal, read back from it whole.
    @Test func aMediationSurvivesTheJournal() throws {
        let store = try f.store("mediation", tickets: 0)
        let added = try store.receive(Fixture.intake(), as: f.handler, at: Fixture.now)
        let id = added.after.id
        let walked = try f.ticket(at: .resolving)
        for entry in walked.timeline.dropFirst() {
            try store.act(on: id, as: f.policy.member(entry.actor)!, at: entry.at) { _, _ in [entry.event] }
        }
        try store.act(on: id, as: f.handler, at: Fixture.now) { workflow, ticket in try workflow.startMediation(ticket, referral) }
        try store.act(on: id, as: f.handler, at: Fixture.now) { workflow, ticket in
            try workflow.updateMediation(ticket, MediationUpdate(reference: "CA-77", sent: "CCTV"))
        }
        let reopened = try Store.open(at: store.directory).desk.ticket(id)
        #expect(reopened == store.desk.ticket(id))
        #expect(reopened?.openMediation?.reference == "CA-77" && reopened?.openMediation?.sent.count == 2)
        #expect(reopened?.runningPause?.reason == .mediator)
    }
}
