import Foundation
import TendCore

/// The live queue: tickets that changed (this console's commits, other people's) move to where
/// they belong now, and the counts follow them, without querying the whole desk again.
extension ConsoleReducer {
    /// Above this many changed tickets one pass over the desk costs less than moving each one
    /// (each move shifts the rest of the queue's array).
    static let incrementalLimit = 256

    static func apply(_ update: DeskUpdate, _ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        guard !update.isEmpty else { return }
        guard !update.reloaded, update.changed.count <= incrementalLimit, let queriedAt = state.queriedAt,
              let rule = queueRule(state, env) else {
            return requery(&state, env)
        }
        let kept = state.selectedID
        TicketQuery.update(&state.queue, desk: env.desk, changed: update.changed, before: update.before, rule: rule)
        state.keepSelection(foundAt: kept.flatMap { TicketQuery.position(of: $0, in: state.queue, desk: env.desk, rule: rule) })
        state.counts.apply(update, desk: env.desk, policy: env.policy, login: state.actor.login, now: queriedAt)
        settleFollow(&state, env)
    }

    /// The rule the queue is ordered by: this filter, with the clocks where they stood at the
    /// last full query. nil before the first.
    static func queueRule(_ state: ConsoleState, _ env: ConsoleEnvironment) -> QueueRule? {
        state.queriedAt.map { QueueRule(policy: env.policy, filter: state.filter, now: $0) }
    }

    /// Selects the ticket the queue was asked to follow (one just taken in), once it is there.
    static func settleFollow(_ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        guard let follow = state.follow else { return }
        let found = queueRule(state, env).map { TicketQuery.position(of: follow, in: state.queue, desk: env.desk, rule: $0) }
            ?? state.queue.firstIndex(of: follow)
        guard let index = found else { return }
        state.selected = index
        state.ticketScroll = 0
        state.follow = nil
    }
}
