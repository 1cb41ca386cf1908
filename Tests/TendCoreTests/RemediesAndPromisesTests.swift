import Foundation
import Testing
@testable import TendCore

/// A resolution of several remedies: their sum is what authority checks, and a remedy promised
/// by a time is tracked until it is ticked done.
struct RemediesAndPromisesTests {
    let f = Fixture()
    func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: "CNY") }

    /// The issue's case: ¥600 of a vet bill, a ¥150 fee waived and an apology come to ¥750.
    func vetBillWaiverAndApology(due: Date? = nil) -> AdvanceFields {
        var fields = AdvanceFields()
        fields.remedies = [Remedy(kind: .reimbursement, amount: yuan(600), due: due), Remedy(kind: .waiver, amount: yuan(150)), Remedy(kind: .apology)]
        fields.details = "vet bill paid back, grooming fee waived, letter of apology"
        return fields
    }

    @Test func theSumOfTheRemediesIsWhatAuthorityChecks() throws {
        let ticket = try f.ticket(at: .resolving)
        // ¥750 is above a handler's ¥200, though no single remedy but the first is.
        let events = try f.workflow(f.handler).advance(ticket, vetBillWaiverAndApology())
        guard case .remediesProposed(let remedies, _, let needsApproval) = try #require(events.first) else { Issue.record("\(events)"); return }
        #expect(remedies.count == 3 && needsApproval && events.count == 1)
        var waiting = ticket
        f.apply(&waiting, f.handler, events)
        #expect(waiting.resolution?.amount == yuan(750) && waiting.resolution?.kind == .reimbursement)
        #expect(PendingApproval(waiting, policy: f.policy)?.amount == yuan(750))
        // The supervisor reads every remedy they approve, not the first one's kind for the total.
        let summary = try #require(PendingApproval(waiting, policy: f.policy)?.summary(.en))
        #expect(summary.hasPrefix("¥750.00 reimbursement of a vet bill + free of charge with written apology + apology by li.hua"), "\(summary)")
        #expect(PendingApproval(waiting, policy: f.policy)?.summary(.zh).hasPrefix("¥750.00 报销医疗费 + 免单并书面致歉 + 道歉，由 li.hua") == true)
        // Within a supervisor's ceiling it takes effect at once, and the grant counts ¥750.
        var granted = ticket
        f.apply(&granted, f.supervisor, try f.workflow(f.supervisor).advance(ticket, vetBillWaiverAndApology()))
        #expect(granted.stage == .followUp && granted.grantedTotal == 75_000)
        // Split into remedies each under the ceiling, the sum still needs approval.
        var split = AdvanceFields()
        split.remedies = [Remedy(kind: .voucher, amount: yuan(150)), Remedy(kind: .voucher, amount: yuan(150))]
        split.details = "two vouchers"
        #expect(try f.workflow(f.handler).advance(ticket, split) == [.remediesProposed(remedies: split.remedies, details: "two vouchers", needsApproval: true)])
    }

    @Test func aRemedyThatIsMoneyNeedsItsAmount() throws {
        let ticket = try f.ticket(at: .resolving)
        var fields = AdvanceFields()
        fields.remedies = [Remedy(kind: .apology), Remedy(kind: .reimbursement)]
        fields.details = "d"
        #expect(throws: WorkflowError.gate(GateRefusal(.remedy, .neededFor(.reimbursement)))) { try f.workflow(f.handler).advance(ticket, fields) }
        fields.remedies = [Remedy(kind: .compensation, amount: yuan(100), due: Fixture.now.addingTimeInterval(-60))]
        #expect(throws: WorkflowError.gate(GateRefusal(.remedy, .inPast))) { try f.workflow(f.handler).advance(ticket, fields) }
    }

    @Test func remediesAreReadAsTyped() throws {
        let policy = f.policy
        func read(_ text: String) throws -> Remedy {
            try RemedyText.read(text, currency: "CNY", now: Fixture.now, zone: policy.zone, field: "--remedy")
        }
        #expect(try read("reimbursement:600") == Remedy(kind: .reimbursement, amount: yuan(600)))
        #expect(try read("waiver 150") == Remedy(kind: .waiver, amount: yuan(150)))
        #expect(try read("apology") == Remedy(kind: .apology))
        #expect(try read("partial refund ¥80.50") == Remedy(kind: .partialRefund, amount: Money(minorUnits: 8_050, currency: "CNY")))
        #expect(try read("赔偿 300 @48h") == Remedy(kind: .compensation, amount: yuan(300), due: Fixture.now.addingTimeInterval(48 * 3600)))
        // 2026-11-18 was a Wednesday: three working days on is the Monday after the weekend.
        let due = try #require(try read("报销医疗费 600 @3个工作日").due)
        #expect(due == Fixture.now.addingTimeInterval(5 * 86400))
        #expect(try read("reimbursement:600@3wd").due == due)
        #expect(throws: InputRefusal.notOneOf(field: "--remedy", text: "flowers", words: ResolutionKind.identifiers)) { try read("flowers 5") }
        #expect(throws: InputRefusal.notARemedy(field: "--remedy", text: "waiver 5 @")) { try read("waiver 5 @") }
        // A known kind with an amount that is not one is refused for its amount, not its kind.
        do {
            _ = try read("waiver:abc")
            Issue.record("waiver:abc was read")
        } catch let error as InputRefusal {
            #expect(error.message(.en).contains("abc") && !error.message(.en).contains("not one of"), "\(error.message(.en))")
        } catch {
            Issue.record("\(error)")
        }
        #expect(try RemedyText.readLines("waiver 150\n\napology\n", currency: "CNY", now: Fixture.now, zone: policy.zone, field: "x").count == 2)
    }

    @Test func aPromiseIsTrackedUntilItIsKeptAndBreachesWhenLate() throws {
        let due = Fixture.now.addingTimeInterval(3 * 86400)
        var ticket = try f.ticket(at: .resolving)
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor).advance(ticket, vetBillWaiverAndApology(due: due)))
        #expect(ticket.promises.count == 1 && ticket.openPromises.map(\.index) == [0])
        #expect(ticket.promises[0].remedy.kind == .reimbursement && ticket.promises[0].due == due)
        // Reaching the customer records the score; the case waits for the promise before it closes.
        var fields = AdvanceFields()
        fields.score = 4
        #expect(try f.workflow(f.supervisor).advance(ticket, fields) == [.followUpReached(score: 4, comment: "")])
        fields.score = nil
        fields.unreachable = true
        // Late, and not kept: a breach, recorded with the next change like a clock's.
        let late = f.workflow(f.handler, at: due.addingTimeInterval(60))
        #expect(late.breachesDue(ticket) == [.clockBreached(.remedy, due: due)])
        let kept = try late.keepPromise(ticket, number: nil, note: "transfer 8812")
        #expect(kept == [.promiseKept(index: 0, note: "transfer 8812")])
        f.apply(&ticket, f.handler, try TicketAction.keep(number: nil, note: "transfer 8812").events(late, ticket), at: due.addingTimeInterval(60))
        #expect(ticket.breaches == [Breach(clock: .remedy, due: due)] && ticket.openPromises.isEmpty)
        #expect(ticket.promises[0].keptBy == "li.hua" && ticket.promises[0].keptNote == "transfer 8812")
        #expect(throws: WorkflowError.noPromiseOpen) { try late.keepPromise(ticket, number: nil, note: "") }
        #expect(throws: WorkflowError.promiseAlreadyKept(number: 1)) { try late.keepPromise(ticket, number: 1, note: "") }
        #expect(throws: WorkflowError.noSuchPromise(number: 2, count: 1)) { try late.keepPromise(ticket, number: 2, note: "") }
    }

    @Test func aCaseCannotCloseWithAPromiseOpen() throws {
        var ticket = try f.ticket(at: .resolving)
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor).advance(ticket, vetBillWaiverAndApology(due: Fixture.now.addingTimeInterval(86400))))
        var recorded = ticket
        var fields = AdvanceFields()
        fields.score = 5
        f.apply(&recorded, f.handler, try f.workflow(f.handler).advance(ticket, fields))
        #expect(recorded.stage == .followUp && recorded.recordedScore?.score == 5)
        #expect(throws: WorkflowError.promiseOpen(index: 0, promise: recorded.promises[0])) {
            try f.workflow(f.handler).advance(recorded, AdvanceFields())
        }
        f.apply(&recorded, f.handler, try f.workflow(f.handler).keepPromise(recorded, number: 1, note: ""))
        #expect(try f.workflow(f.handler).advance(recorded, AdvanceFields()) == [.closed(score: 5, comment: "")])
    }
}
