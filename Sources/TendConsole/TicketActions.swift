import Foundation
import TendCore

/// Starting a change from a key or the `:` line. The core says first what it would refuse
/// whatever was typed (a trainee, someone else's ticket, a closed ticket: `Workflow.refusal
/// (toStart:on:)`); then a form opens for the fields, or an action that needs none is recorded.
enum TicketActions {
    static func start(_ command: ConsoleCommand, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        let lang = state.lang
        let builder = FormBuilder(desk: env.desk, policy: env.policy, actor: state.actor, lang: state.lang)
        if command == .filterForm {
            open(builder.filter(current: state.filter), &state)
            return []
        }
        guard let name = command.action else { return [] }
        if name == .add {
            guard allowed(.add, nil, &state, env) else { return [] }
            open(builder.form(.intake), &state)
            return []
        }
        guard let id = state.selectedID, let ticket = env.desk.ticket(id) else {
            state.say(lang.pick("No ticket selected.", "未选中工单。"), error: true)
            return []
        }
        // A key that changes the ticket with nothing to type is sent to the core as it is: its
        // refusal, if any, comes back as the outcome. The others are checked before a form opens.
        let immediate: Set<TicketAction.Name> = [.take, .reveal, .anger, .said]
        // The same key starts the clocks again on a paused ticket.
        if command == .holdClocks, ticket.runningPause != nil { return [.commit(Commit(ticket: id, action: .resume))] }
        // The mediation key on a ticket already in mediation records news of it.
        let asked = name == .mediate && ticket.stage == .mediation ? .mediation : name
        guard immediate.contains(asked) || allowed(asked, ticket, &state, env) else { return [] }
        switch command {
        case .advance: open(builder.form(.advance(id)), &state)
        case .reassign: open(builder.form(.reassign(id)), &state)
        case .changeGrade: open(builder.form(.grade(id)), &state)
        case .addNote: open(builder.form(.note(id)), &state)
        case .reopen: open(builder.form(.reopen(id)), &state)
        case .mediate: open(builder.form(ticket.stage == .mediation ? .mediationNews(id) : .mediate(id)), &state)
        case .reject: open(builder.form(.reject(id)), &state)
        case .holdClocks: open(builder.form(.pause(id)), &state)
        case .take: return [.commit(Commit(ticket: id, action: .take))]
        case .reveal: return [.commit(Commit(ticket: id, action: .reveal))]
        case .cycleAnger: return [.commit(Commit(ticket: id, action: .anger(ticket.anger.next)))]
        case .markSaid:
            let scripts = state.library.matching(ticket)
            guard !scripts.isEmpty else { return [] }
            return [.commit(Commit(ticket: id, action: .said(scripts[min(state.scriptIndex, scripts.count - 1)])))]
        case .approve:
            // Approving is one keystroke and cannot be taken back: the core has been asked
            // whether it would accept; now the user is.
            let amount = ticket.resolution?.amount?.formatted ?? ""
            return ask(.approve(comment: ""), &state, env) { id in Bilingual("Approve \(amount) compensation on \(id)?", "批准 \(id) 的补偿 \(amount)？") }
        default:
            break
        }
        return []
    }

    /// An action typed in full on the `:` line: checked by the core's dry run, then recorded.
    static func commit(_ action: TicketAction, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard let id = checked(action, &state, env) else { return [] }
        return [.commit(Commit(ticket: id, action: action))]
    }

    /// An action that cannot be taken back: the core's dry run first, then a yes/no question.
    static func ask(_ action: TicketAction, _ state: inout ConsoleState, _ env: ConsoleEnvironment,
                    _ question: (TicketID) -> Bilingual) -> [ConsoleEffect] {
        guard let id = checked(action, &state, env) else { return [] }
        let text = question(id).text(state.lang) + state.lang.pick(" (y/n)", "（y/n）")
        state.modal = .question(Confirmation(question: text, onYes: .perform(Commit(ticket: id, action: action))), over: state.modal)
        return []
    }

    /// The selected ticket, if the core's dry run of the action on it passes; otherwise says why.
    private static func checked(_ action: TicketAction, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> TicketID? {
        guard let id = state.selectedID, let ticket = env.desk.ticket(id) else {
            state.say(state.lang.pick("No ticket selected.", "未选中工单。"), error: true)
            return nil
        }
        do {
            try Workflow(policy: env.policy, actor: state.actor, now: state.now).check(action, on: ticket)
            return id
        } catch {
            state.say(ConsoleTerms.describe(error, state.lang, role: state.actor.role), error: true)
            return nil
        }
    }

    /// Whether the core lets this user start the action on this ticket; says why not otherwise.
    private static func allowed(_ name: TicketAction.Name, _ ticket: Ticket?, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> Bool {
        let workflow = Workflow(policy: env.policy, actor: state.actor, now: state.now)
        guard let refusal = workflow.refusal(toStart: name, on: ticket) else { return true }
        state.say(refusal.message(state.lang, terms: ConsoleTerms(role: state.actor.role)), error: true)
        return false
    }

    /// Opens a form, bringing back a draft of the same form if one was kept.
    private static func open(_ form: Form?, _ state: inout ConsoleState) {
        guard var form else { return }
        if let draft = state.drafts[Draft.key(form.purpose)] {
            form.restore(draft)
            state.say(state.lang.pick("Your unfinished text is back. Esc discards it.", "已恢复您未完成的内容。按 Esc 可放弃。"))
        }
        state.modal = .form(form)
    }
}
