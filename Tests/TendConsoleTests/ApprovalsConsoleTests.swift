import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The supervisor's approvals: one key shows every resolution waiting, the status row counts
/// them, and a decision reaches the handler who proposed it at once.
@Suite struct ApprovalsConsoleTests {
    init() { ConsoleFixture.setUp() }

    let policy = ConsoleFixture.policy
    let now = ConsoleFixture.now

    @Test func dollarShowsEveryWaitingResolutionToASupervisorOnly() throws {
        let desk = ConsoleFixture.desk
        let waiting = PendingApproval.all(on: desk, policy: policy, now: now)
        try #require(!waiting.isEmpty, "the demo desk has resolutions waiting")
        var state = ConsoleFixture.state(.en, as: "zhao.min")
        ConsoleReducer.handle(.character("$"), &state, desk: desk, policy: policy, page: 10)
        #expect(state.approvalsView)
        #expect(state.queue == waiting.map(\.ticket))
        let text = ConsoleFixture.screen(state, width: 120, height: 40).text()
        #expect(text.contains("Approvals \(waiting.count)") && text.contains("approvals \(waiting.count)"))
        // Each row says what deciding it needs: amount, who proposed it, the total, their limit, why.
        let first = waiting[0]
        // The mark, then the priority star's cell, then the ID.
        let row = try #require(text.split(separator: "\n").first { $0.contains("$  \(first.ticket)") || $0.contains("$★ \(first.ticket)") })
        for cell in [first.amount!.formatted, first.proposedBy, first.totalWithIt.formatted, first.proposerCeiling.formatted] {
            #expect(row.contains(cell), "\(row)")
        }
        // R opens the rejection form, which needs a reason.
        ConsoleReducer.handle(.character("R"), &state, desk: desk, policy: policy, page: 10)
        #expect(state.form?.purpose == .reject(waiting[0].ticket))
        ConsoleReducer.handle(.escape, &state, desk: desk, policy: policy, page: 10)
        // $ again is the live queue.
        ConsoleReducer.handle(.character("$"), &state, desk: desk, policy: policy, page: 10)
        #expect(!state.approvalsView && state.queue.count > waiting.count)

        var handler = ConsoleFixture.state(.zh, as: "li.hua")
        ConsoleReducer.handle(.character("$"), &handler, desk: desk, policy: policy, page: 10)
        #expect(!handler.approvalsView && handler.messageIsError && handler.message?.contains("主管") == true)
        // The status row counts no approvals for a handler (a script offered for a ticket waiting
        // for approval, "补偿等待审批", may say the word elsewhere on the screen).
        let statusRow = ConsoleFixture.screen(handler, width: 120, height: 40).text().split(separator: "\n").last ?? ""
        #expect(!statusRow.contains("待审批"), "\(statusRow)")
    }

    /// A rejection made at another console reaches the handler's status row and marks the ticket
    /// in their queue; an approval likewise.
    @Test(arguments: [false, true]) func aDecisionReachesTheHandlerAtOnce(approved: Bool) throws {
        let directory = NSTemporaryDirectory() + "tend-approvals-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try Store.create(at: directory, policy: policy, desk: ConsoleFixture.desk)
        let supervisorStore = try Store.open(at: directory)
        let pending = try #require(PendingApproval.all(on: store.desk, policy: policy, now: now).first { $0.totalWithIt.minorUnits <= 500_000 })
        let handler = try #require(policy.member(pending.proposedBy))
        var state = ConsoleState(lang: .en, actor: handler, now: now)
        _ = ConsoleReducer.update(.deskChanged, &state, ConsoleEnvironment(desk: store.desk, policy: policy, page: 20))
        let supervisor = policy.member("zhao.min")!
        try supervisorStore.act(on: pending.ticket, as: supervisor, at: now) { workflow, ticket in
            approved ? try workflow.approve(ticket, comment: "ok") : try workflow.reject(ticket, comment: "too much for a bath")
        }
        let update = try store.refresh()
        _ = ConsoleReducer.update(.deskUpdated(update), &state, ConsoleEnvironment(desk: store.desk, policy: policy, page: 20))
        let message = try #require(state.message)
        #expect(message.contains("zhao.min \(approved ? "approved" : "rejected") the resolution on \(pending.ticket)"))
        #expect(state.messageIsError == !approved)
        let ticket = try #require(store.desk.ticket(pending.ticket))
        #expect(QueuePane.approvalMark(ticket, ascii: false)?.0 == (approved ? "✓" : "✗"))
    }
}
