import Foundation
import Testing
@testable import TendCore

/// A ceiling bounds a ticket's total compensation, not each grant: reopening and resolving again
/// cannot split an amount into pieces below it. The ticket keeps every grant.
@Suite struct CompensationTotalTests {
    let f = Fixture()

    func yuan(_ amount: Int64) -> Money { Money(minorUnits: amount * 100, currency: "CNY") }

    func refusal(_ body: () throws -> [TicketEvent]) -> WorkflowError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? WorkflowError
        }
    }

    func proposal(_ amount: Int64?, kind: ResolutionKind = .voucher) -> AdvanceFields {
        var fields = AdvanceFields()
        fields.resolution = kind
        fields.amount = amount.map(yuan)
        fields.details = "for the trouble"
        return fields
    }

    /// Reopened from follow-up and walked back to resolving by the handler.
    func reopenedToResolving(_ ticket: inout Ticket, at: Date) throws {
        f.apply(&ticket, f.handler, try f.workflow(f.handler, at: at).reopen(ticket, reason: "still unhappy"), at: at)
        var fields = AdvanceFields()
        fields.findings = "the customer came back"
        f.apply(&ticket, f.handler, try f.workflow(f.handler, at: at).advance(ticket, fields), at: at)
        #expect(ticket.stage == .resolving)
    }

    @Test func theRepro_150ThenAfterAReopen190WaitsForApproval() throws {
        #expect(f.policy.ceiling(for: f.handler) == 20_000)
        var ticket = try f.ticket(at: .resolving)
        let first = try f.workflow(f.handler).advance(ticket, proposal(150))
        #expect(Array(first.prefix(2)) == [.resolutionProposed(kind: .voucher, amount: yuan(150), details: "for the trouble", needsApproval: false), .followUpStarted])
        f.apply(&ticket, f.handler, first)
        let later = Fixture.now.addingTimeInterval(3600)
        try reopenedToResolving(&ticket, at: later)
        // ¥190 alone is within ¥200, but ¥150 + ¥190 on this ticket is not.
        let second = try f.workflow(f.handler, at: later).advance(ticket, proposal(190))
        #expect(second == [.resolutionProposed(kind: .voucher, amount: yuan(190), details: "for the trouble", needsApproval: true)])
        f.apply(&ticket, f.handler, second, at: later)
        #expect(ticket.stage == .resolving)
        #expect(refusal { try f.workflow(f.handler, at: later).advance(ticket, AdvanceFields()) }
                == .awaitingApproval(amount: yuan(190), ceiling: yuan(200), granted: yuan(150)))
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor, at: later).approve(ticket), at: later)
        f.apply(&ticket, f.handler, try f.workflow(f.handler, at: later).advance(ticket, AdvanceFields()), at: later)
        #expect(ticket.stage == .followUp)
        #expect(ticket.grants == [
            Resolution(kind: .voucher, amount: yuan(150), details: "for the trouble", approval: .notNeeded, proposedBy: "li.hua",
                       proposedAt: Fixture.now),
            Resolution(kind: .voucher, amount: yuan(190), details: "for the trouble", approval: .approved(by: "zhao.min", at: later, comment: ""),
                       proposedBy: "li.hua", proposedAt: later),
        ])
        #expect(ticket.grantedTotal == 34_000)
        // A third round waits as well, even for an amount that would fit a fresh ticket.
        try reopenedToResolving(&ticket, at: later)
        let third = try f.workflow(f.handler, at: later).advance(ticket, proposal(10))
        #expect(third.count == 1 && ticket.stage == .resolving)
    }

    @Test func keepingTheResolutionAfterAReopenGrantsNothingMore() throws {
        var ticket = try f.ticket(at: .followUp)
        #expect(ticket.grants.map(\.amount) == [yuan(50)])
        try reopenedToResolving(&ticket, at: Fixture.now)
        f.apply(&ticket, f.handler, try f.workflow(f.handler).advance(ticket, AdvanceFields()))
        #expect(ticket.stage == .followUp)
        #expect(ticket.grants.count == 1 && ticket.grantedTotal == 5_000)
        // Words cost nothing: an apology after the voucher needs no approval and adds no money.
        try reopenedToResolving(&ticket, at: Fixture.now)
        f.apply(&ticket, f.handler, try f.workflow(f.handler).advance(ticket, proposal(nil, kind: .apology)))
        #expect(ticket.stage == .followUp)
        #expect(ticket.grants.map(\.kind) == [.voucher, .apology] && ticket.grantedTotal == 5_000)
    }

    @Test func anApprovalReplacedBeforeFollowUpNeverTookEffect() throws {
        var ticket = try f.ticket(at: .resolving)
        f.apply(&ticket, f.handler, try f.workflow(f.handler).advance(ticket, proposal(500, kind: .refund)))
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor).approve(ticket))
        #expect(ticket.grants.isEmpty)
        // The handler settles for less instead: only what the ticket moved on with counts.
        f.apply(&ticket, f.handler, try f.workflow(f.handler).advance(ticket, proposal(100)))
        #expect(ticket.stage == .followUp)
        #expect(ticket.grants.map(\.amount) == [yuan(100)])
    }

    @Test func aSupervisorApprovesOnlyWhileTheTotalStaysWithinTheirCeiling() throws {
        var ticket = try f.ticket(at: .resolving)
        f.apply(&ticket, f.supervisor, try f.workflow(f.supervisor).advance(ticket, proposal(4_900, kind: .refund)))
        #expect(ticket.stage == .followUp && ticket.grantedTotal == 490_000)
        try reopenedToResolving(&ticket, at: Fixture.now)
        f.apply(&ticket, f.handler, try f.workflow(f.handler).advance(ticket, proposal(150)))
        // With an owner named as the top approver, the supervisor's own ceiling binds them.
        var policy = f.policy
        policy.topApproverLogin = "tester"
        #expect(refusal { try Workflow(policy: policy, actor: f.supervisor, now: Fixture.now).approve(ticket) }
                == .beyondAuthority(amount: yuan(150), ceiling: yuan(5_000), granted: yuan(4_900), approver: "tester"))
        let owner = try #require(policy.member("tester"))
        #expect(try Workflow(policy: policy, actor: owner, now: Fixture.now).approve(ticket, comment: "一次性") == [.resolutionApproved(comment: "一次性")])
        // Nor can the supervisor grant it directly past their own ceiling.
        let direct = try f.workflow(f.supervisor).advance(ticket, proposal(150))
        #expect(direct == [.resolutionProposed(kind: .voucher, amount: yuan(150), details: "for the trouble", needsApproval: true)])
    }

    /// Above every supervisor's ceiling a resolution still has someone to decide it: the policy's
    /// named top approver, or the supervisor with the highest ceiling.
    @Test func aboveEveryCeilingTheTopApproverDecides() throws {
        var policy = f.policy
        policy.staff.append(StaffMember(login: "gao.lan", name: "高岚", role: .supervisor, ceiling: 2_000_000))
        #expect(policy.topApprover?.login == "gao.lan")
        #expect(policy.approvers(forTotal: 400_000).map(\.login) == ["zhao.min", "tester", "gao.lan"])
        #expect(policy.approvers(forTotal: 9_000_000).map(\.login) == ["gao.lan"])
        policy.topApproverLogin = "tester"
        #expect(policy.approvers(forTotal: 9_000_000).map(\.login) == ["tester"])
        // The file says so, and reads back; a top approver who is not a supervisor is refused.
        let text = PolicyFile.render(policy)
        #expect(try PolicyFile.parse(text, path: "policy.toml").topApproverLogin == "tester")
        let wrong = text.replacingOccurrences(of: "top_approver = \"tester\"", with: "top_approver = \"li.hua\"")
        #expect(throws: (any Error).self) { try PolicyFile.parse(wrong, path: "policy.toml") }
    }

    @Test func refusalsSayWhatWasAlreadyGranted() {
        let waiting = WorkflowError.awaitingApproval(amount: yuan(190), ceiling: yuan(200), granted: yuan(150))
        #expect(waiting.message(.en).contains("¥150.00") && waiting.message(.en).contains("¥340.00"))
        #expect(waiting.message(.zh).contains("¥150.00") && waiting.message(.zh).contains("¥340.00"))
        let beyond = WorkflowError.beyondAuthority(amount: yuan(150), ceiling: yuan(5_000), granted: yuan(4_900))
        #expect(beyond.message(.en).contains("¥4900.00") && beyond.message(.zh).contains("¥5050.00"))
    }
}
