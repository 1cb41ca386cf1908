import Testing
@testable import TendConsole
import TendCore
import TendTerminal

/// The case library is left with Esc as well as L, and clearing its filters keeps to closed cases.
@Suite struct CaseLibraryKeysTests {
    init() { ConsoleFixture.setUp() }

    @Test func escLeavesTheCaseLibraryAndZeroKeepsToClosedCases() {
        var state = ConsoleFixture.state(.zh)
        func press(_ key: Key) { ConsoleReducer.handle(key, &state, desk: ConsoleFixture.desk, policy: ConsoleFixture.policy, page: 10) }
        press(.character("L"))
        #expect(state.caseLibrary && state.filter.stages == [.closed])
        press(.character("0"))
        #expect(state.caseLibrary && state.filter.stages == [.closed])
        #expect(state.queue.allSatisfy { ConsoleFixture.desk.ticket($0)?.stage == .closed })
        press(.escape)
        #expect(!state.caseLibrary && state.filter == TicketFilter())
    }
}
