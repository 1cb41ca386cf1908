import Foundation
import TendCore

/// Starting a change from a key: checks first what the core would refuse whatever was typed
/// (a trainee, someone else's ticket, a closed ticket), then opens the form for the rest.
enum TicketActions {
    static func start(_ command: ConsoleCommand, _ state: inout ConsoleState, desk: Desk, policy: Policy) {
        let lang = state.lang
        let workflow = Workflow(policy: policy, actor: state.actor, now: state.now)
        let builder = FormBuilder(desk: desk, policy: policy, actor: state.actor)
        func refuse(_ error: WorkflowError) { state.say(error.message(lang), error: true) }

        switch command {
        case .newComplaint:
            if let refusal = workflow.refusal(toWorkOn: nil) { return refuse(refusal) }
            open(builder.form(.intake), &state)
            return
        case .filterForm:
            open(builder.filter(current: state.filter), &state)
            return
        default:
            break
        }

        guard let id = state.selectedID, let ticket = desk.ticket(id) else {
            state.say(lang.pick("No ticket selected.", "未选中工单。"), error: true)
            return
        }
        switch command {
        case .advance:
            if let refusal = workflow.refusal(toWorkOn: ticket) { return refuse(refusal) }
            if ticket.stage == .closed { return refuse(.alreadyClosed) }
            open(builder.form(.advance(id)), &state)
        case .reassign:
            if let refusal = workflow.refusal(toWorkOn: nil) { return refuse(refusal) }
            if state.actor.role != .supervisor { return refuse(.needsSupervisor(action: "assign tickets to others")) }
            if !ticket.isOpen { return refuse(.alreadyClosed) }
            open(builder.form(.reassign(id)), &state)
        case .changeGrade:
            if let refusal = workflow.refusal(toWorkOn: ticket) { return refuse(refusal) }
            if !ticket.isOpen { return refuse(.alreadyClosed) }
            open(builder.form(.grade(id)), &state)
        case .addNote:
            if let refusal = workflow.refusal(toWorkOn: nil) { return refuse(refusal) }
            open(builder.form(.note(id)), &state)
        case .reopen:
            do { _ = try workflow.reopen(ticket, reason: "-") } catch let error as WorkflowError { return refuse(error) } catch {}
            open(builder.form(.reopen(id)), &state)
        case .mediate:
            do { _ = try workflow.startMediation(ticket, reason: "-") } catch let error as WorkflowError { return refuse(error) } catch {}
            open(builder.form(.mediate(id)), &state)
        case .approve:
            // Approving is one keystroke and cannot be taken back: the core is asked first whether
            // it would accept, then the user.
            do { _ = try workflow.approve(ticket) } catch let error as WorkflowError { return refuse(error) } catch {}
            let amount = ticket.resolution?.amount?.formatted ?? ""
            state.confirmation = Confirmation(question: lang.pick("Approve \(amount) compensation on \(id)? (y/n)", "批准 \(id) 的补偿 \(amount)？(y/n)"),
                                              onYes: .perform(.approve(id)))
        default:
            break
        }
    }

    /// Opens a form, bringing back a draft of the same form if one was kept.
    private static func open(_ form: Form?, _ state: inout ConsoleState) {
        guard var form else { return }
        if let draft = state.drafts[Draft.key(form.purpose)] {
            form.restore(draft)
            state.say(state.lang.pick("Your unfinished text is back. Esc discards it.", "已恢复您未完成的内容。按 Esc 可放弃。"))
        }
        state.form = form
        state.showingHelp = false
    }
}
