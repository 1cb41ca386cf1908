import Foundation
import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The follow-up form's ways: a score closes; "unreachable" closes without one, and a score typed
/// before choosing it is not read; the core refuses a score and unreachable together.
@Suite struct FollowUpFormTests {
    init() { ConsoleFixture.setUp() }
    static let desk = DemoDesk.generate(tickets: 400, seed: 5, now: ConsoleFixture.now, policy: ConsoleFixture.policy)

    @Test func unreachableIgnoresATypedScore() throws {
        let desk = Self.desk
        var state = ConsoleState(lang: .en, actor: ConsoleFixture.policy.member("zhao.min")!, now: ConsoleFixture.now)
        state.setQueue(TicketQuery.run(desk, policy: ConsoleFixture.policy, filter: state.filter, now: ConsoleFixture.now))
        state.selected = try #require(state.queue.firstIndex { desk.ticket($0)?.stage == .followUp })
        let ticket = try #require(state.selectedID.flatMap(desk.ticket))
        var effects: [ConsoleEffect] = []
        // result: reached → no answer → escalate → unreachable; then a score, submitted (and confirmed, if asked).
        for key in [Key.character("a"), .right, .right, .right, .tab, .character("3"), .control("s")] {
            effects += ConsoleReducer.handle(key, &state, desk: desk, policy: ConsoleFixture.policy, page: 10)
        }
        if state.confirmation != nil { effects += ConsoleReducer.handle(.character("y"), &state, desk: desk, policy: ConsoleFixture.policy, page: 10) }
        if ticket.failedFollowUps >= ConsoleFixture.policy.followUpAttempts {
            guard case .advance(let fields)? = Asked.last(effects)?.action else { Issue.record("no advance asked for"); return }
            #expect(fields.unreachable && fields.score == nil)
        } else {
            // Refused for the calls not yet made — not for a score given with unreachable: it was not read.
            let error = try #require(state.form?.error)
            #expect(error.contains("failed follow-up calls") && !error.contains("not both"), "\(error)")
        }
    }

    @Test func theCoreRefusesAScoreWithUnreachableAndRecordsNoWaiverForUnreachable() throws {
        let policy = ConsoleFixture.policy
        let supervisor = policy.member("zhao.min")!
        let workflow = Workflow(policy: policy, actor: supervisor, now: ConsoleFixture.now)
        let ticket = try #require(Self.desk.tickets.first { $0.stage == .followUp && $0.failedFollowUps >= policy.followUpAttempts }
                                  ?? Self.desk.tickets.first { $0.stage == .followUp })
        var both = AdvanceFields()
        both.score = 3
        both.unreachable = true
        #expect(throws: WorkflowError.gate(GateRefusal(.unreachable, .notWith(.score)))) { try workflow.advance(ticket, both) }
        guard ticket.failedFollowUps >= policy.followUpAttempts else { return }
        var unreachable = AdvanceFields()
        unreachable.unreachable = true
        unreachable.waived = [.thanks, .satisfaction]
        let events = try workflow.advance(ticket, unreachable)
        #expect(!events.contains { if case .checklistWaived = $0 { true } else { false } })
    }
}
