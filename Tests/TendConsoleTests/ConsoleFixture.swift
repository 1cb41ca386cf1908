import Foundation
@testable import TendConsole
import TendCore
import TendTerminal

/// A fixed desk and clock, so screens are the same on every machine.
enum ConsoleFixture {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let policy = DemoDesk.policy(founder: "tester")
    static let desk = DemoDesk.generate(tickets: 60, seed: 11, now: now, policy: policy)
    static let library = try! ScriptLibrary.load(storeDirectory: nil).library

    static func setUp() {
        TerminalLocale.setUp()
        NSTimeZone.default = TimeZone(identifier: "Asia/Shanghai")!
    }

    static func state(_ lang: Language, as login: String = "li.hua") -> ConsoleState {
        var state = ConsoleState(lang: lang, actor: policy.member(login)!, now: now)
        state.library = library
        state.setQueue(TicketQuery.run(desk, policy: policy, filter: state.filter, now: now))
        state.counts = QueueCounts(desk: desk, policy: policy, login: login, now: now)
        return state
    }

    static func screen(_ state: ConsoleState, width: Int, height: Int) -> ScreenBuffer {
        var state = state
        let rows = ConsoleView.queueRows(width: width, height: height, scriptsFolded: state.scriptsFolded)
        state.keepSelectionVisible(rows: rows)
        return ConsoleView.render(RenderContext(state: state, desk: desk, policy: policy), width: width, height: height)
    }
}
