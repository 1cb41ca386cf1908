import Foundation
import TendCore

/// What other people's changes mean for this user, said on the status row as they arrive: a
/// complaint that needs an owner, a decision on their resolution, a new role on the roster.
extension ConsoleReducer {
    /// A serious or critical complaint that nobody owns has just come in (or lost its owner):
    /// supervisors get the bell, a flash and its ID on the status row; everyone's status row
    /// counts them.
    static func alertNeedingOwner(since before: Int, changed: [TicketID]?, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard state.actor.role == .supervisor, state.counts.needsOwner > before else { return [] }
        // One this supervisor just took in themselves needs no bell.
        let arrived = (changed ?? []).compactMap { env.desk.ticket($0) }.filter { $0.needsOwner && $0.timeline.last?.actor != state.actor.login }
        if changed != nil && arrived.isEmpty { return [] }
        let named = arrived.prefix(3).map { state.lang.pick("\($0.id) (\($0.grade.english))", "\($0.id)（\($0.grade.chinese)）") }
        let list = named.isEmpty ? "" : state.lang.pick(": ", "：") + named.joined(separator: state.lang.pick(", ", "、"))
        // The policy's routing sent it to this supervisor by name (or as the one on duty).
        let toMe = arrived.contains { $0.routedTo.contains(state.actor.login) }
        let lead = toMe ? state.lang.pick("Sent to you. ", "已派送给您。") : ""
        state.say(lead + state.lang.pick("Needs an owner\(list). It is in the “needs an owner” lane (◆) that heads the queue: take it (t) or assign it (r).",
                                         "有投诉待认领\(list)，已列入队列最前面的待认领区（◆）：按 t 接单，或按 r 指派。"), error: true)
        state.ownerAlert = (state.message ?? "", arrived.map(\.id))
        return [.alert]
    }

    /// The alert above, still on the status row when every ticket it named has been taken: the
    /// row says who took them rather than calling for an owner that is no longer needed.
    static func settleOwnerAlert(_ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        guard let alert = state.ownerAlert else { return }
        guard state.message == alert.message else { state.ownerAlert = nil; return }
        let tickets = alert.tickets.compactMap { env.desk.ticket($0) }
        guard !tickets.isEmpty, tickets.allSatisfy({ !$0.needsOwner }) else { return }
        let owners = tickets.map { "\($0.id) → \($0.assignee ?? "—")" }.joined(separator: state.lang.pick(", ", "、"))
        state.say(state.lang.pick("Taken: \(owners).", "已有人负责：\(owners)。"))
        state.ownerAlert = nil
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
}
