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

    /// A serious or critical complaint that nobody owns has just come in (or lost its owner):
    /// supervisors get the bell, a flash and its ID on the status row; everyone's status row
    /// counts them.
    static func alertNeedingOwner(since before: Int, changed: [TicketID]?, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard state.actor.role == .supervisor, state.counts.needsOwner > before else { return [] }
        // One this supervisor just took in themselves needs no bell.
        let ids = (changed ?? []).filter { env.desk.ticket($0)?.needsOwner == true && env.desk.ticket($0)?.timeline.last?.actor != state.actor.login }
        if changed != nil && ids.isEmpty { return [] }
        let named = ids.prefix(3).map { id in "\(id) (\(env.desk.ticket(id)!.grade.name(state.lang)))" }
        let list = named.isEmpty ? "" : state.lang.pick(": ", "：") + named.joined(separator: state.lang.pick(", ", "、"))
        state.say(state.lang.pick("Needs an owner\(list). It is in the “needs an owner” lane (◆) that heads the queue: take it (t) or assign it (r).",
                                  "有投诉待认领\(list)，已列入队列最前面的待认领区（◆）：按 t 接单，或按 r 指派。"), error: true)
        return [.alert]
    }

    /// The roster is the policy's, and the policy can change while the console is open (a
    /// supervisor makes someone a trainee): what this user may do follows it at once, and they
    /// are told, instead of finding out from a refusal.
    static func followRoster(_ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        guard let member = env.policy.member(state.actor.login), member != state.actor else { return }
        let before = state.actor.role
        state.actor = member
        guard member.role != before else { return }
        state.say(state.lang.pick("The roster changed: you are now a \(member.role.english) (were a \(before.english)).",
                                  "员工名册已更新：您现在是\(member.role.chinese)（原为\(before.chinese)）。"), error: true)
    }

    /// A supervisor's decision on a resolution this user proposed or holds reaches them at once,
    /// in the status row, whatever they are looking at (the queue marks the ticket too).
    static func announceDecisions(_ update: DeskUpdate, _ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        let me = state.actor.login
        for id in update.changed {
            guard update.before[id]?.resolution?.approval == .pending, let ticket = env.desk.ticket(id),
                  let resolution = ticket.resolution, let decision = resolution.approval.decision,
                  decision.by != me, resolution.proposedBy == me || ticket.assignee == me else { continue }
            let comment = decision.comment.isEmpty ? "" : state.lang.pick(": “\(decision.comment)”", "：“\(decision.comment)”")
            if decision.approved {
                state.say(state.lang.pick("\(decision.by) approved the resolution on \(id)\(comment). Move it on to follow-up with a.",
                                          "\(decision.by) 批准了 \(id) 的处理方案\(comment)。按 a 推进到回访。"))
            } else {
                state.say(state.lang.pick("\(decision.by) rejected the resolution on \(id)\(comment). Propose another with a.",
                                          "\(decision.by) 驳回了 \(id) 的处理方案\(comment)。按 a 另提方案。"), error: true)
            }
        }
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
