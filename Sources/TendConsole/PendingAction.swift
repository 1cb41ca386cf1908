import Foundation
import TendCore

/// A change asked for from the keyboard, to be checked and recorded by the core: the console
/// never decides on its own whether a change is allowed.
public enum PendingAction: Sendable, Equatable {
    case reveal(TicketID)
    case take(TicketID)
    case advance(TicketID, AdvanceFields)
    case assign(TicketID, to: String)
    case changeGrade(TicketID, Grade, reason: String)
    case note(TicketID, String)
    case reopen(TicketID, reason: String)
    case mediate(TicketID, reason: String)
    case failedFollowUp(TicketID, note: String)
    case approve(TicketID)
    case receive(Intake)
    case setAnger(TicketID, Anger)
    case markSaid(TicketID, script: String)

    public var ticket: TicketID? {
        switch self {
        case .reveal(let id), .take(let id), .advance(let id, _), .assign(let id, _), .changeGrade(let id, _, _),
             .note(let id, _), .reopen(let id, _), .mediate(let id, _), .failedFollowUp(let id, _), .approve(let id),
             .setAnger(let id, _), .markSaid(let id, _):
            id
        case .receive: nil
        }
    }

    /// The events the workflow makes of this action on this ticket, or its refusal. (A new
    /// complaint has no ticket yet: the console records it with `Store.receive`.)
    func events(_ workflow: Workflow, _ ticket: Ticket, actor: StaffMember, library: ScriptLibrary) throws -> [TicketEvent] {
        switch self {
        case .reveal: try workflow.revealContact(ticket)
        case .take: try workflow.assign(ticket, to: actor.login)
        case .advance(_, let fields): try workflow.advance(ticket, fields)
        case .assign(_, let login): try workflow.assign(ticket, to: login)
        case .changeGrade(_, let grade, let reason): try workflow.changeGrade(ticket, to: grade, reason: reason)
        case .note(_, let text): try workflow.addNote(ticket, text: text)
        case .reopen(_, let reason): try workflow.reopen(ticket, reason: reason)
        case .mediate(_, let reason): try workflow.startMediation(ticket, reason: reason)
        case .failedFollowUp(_, let note): try workflow.recordFailedFollowUp(ticket, note: note)
        case .approve: try workflow.approve(ticket)
        case .receive(let intake): try workflow.receive(intake)
        case .setAnger(_, let level): try workflow.setAnger(ticket, to: level)
        case .markSaid(_, let id):
            if let script = library.script(id) { try workflow.markSaid(ticket, script: script) } else { [] }
        }
    }

    /// What the status bar says once the core has recorded it.
    func done(_ before: Ticket?, _ after: Ticket, lang: Language, library: ScriptLibrary) -> String {
        let id = after.id
        switch self {
        case .reveal: return lang.pick("Contact shown; this was logged in the timeline.", "已显示联系方式，并记录在处理记录中。")
        case .take: return lang.pick("\(id) is yours.", "\(id) 已由您负责。")
        case .advance:
            if let before, before.stage == after.stage, after.resolution?.approval == .pending {
                return lang.pick("\(id): resolution recorded; it waits for a supervisor's approval.", "\(id)：处理方案已记录，等待主管批准。")
            }
            return lang.pick("\(id): \(before?.stage.english ?? "") → \(after.stage.english)", "\(id)：\(before?.stage.chinese ?? "") → \(after.stage.chinese)")
        case .assign(_, let login): return lang.pick("\(id) assigned to \(login).", "\(id) 已改派给 \(login)。")
        case .changeGrade(_, let grade, _): return lang.pick("\(id) is now \(grade.english).", "\(id) 已改为\(grade.chinese)。")
        case .note: return lang.pick("Note added to \(id).", "已为 \(id) 添加备注。")
        case .reopen: return lang.pick("\(id) reopened.", "\(id) 已重开。")
        case .mediate: return lang.pick("\(id) is in mediation.", "\(id) 已转第三方调解。")
        case .failedFollowUp: return lang.pick("\(id): follow-up attempt logged (\(after.failedFollowUps)).", "\(id)：已记录回访尝试（第 \(after.failedFollowUps) 次）。")
        case .approve: return lang.pick("\(id): compensation approved.", "\(id)：补偿已批准。")
        case .receive: return lang.pick("\(id) taken in.", "\(id) 已受理。")
        case .setAnger(_, let level): return lang.pick("\(id): customer's mood set to \(level.english).", "\(id)：客户情绪已设为\(level.chinese)。")
        case .markSaid(_, let script):
            let title = library.script(script)?.title.text(lang) ?? script
            return lang.pick("\(id): marked “\(title)” as said.", "\(id)：已将“\(title)”标记为已说。")
        }
    }
}
