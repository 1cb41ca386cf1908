import Foundation
@testable import TendConsole
import TendCore
import TendTerminal

extension ConsoleReducer {
    /// A key through `update`, for tests that press keys: the effects it asked for.
    @discardableResult
    static func handle(_ key: Key, _ state: inout ConsoleState, desk: Desk, policy: Policy, page: Int) -> [ConsoleEffect] {
        update(.key(key), &state, ConsoleEnvironment(desk: desk, policy: policy, page: page))
    }
}

/// A change the reducer asked the core to record, without the request id it goes under.
struct Asked: Equatable {
    var ticket: TicketID?
    var action: TicketAction

    init(_ ticket: TicketID?, _ action: TicketAction) {
        self.ticket = ticket
        self.action = action
    }

    /// The last change asked for among these effects, if any.
    static func last(_ effects: [ConsoleEffect]) -> Asked? {
        effects.compactMap { effect -> Asked? in
            if case .commit(let commit) = effect { Asked(commit.ticket, commit.action) } else { nil }
        }.last
    }
}
