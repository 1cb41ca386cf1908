import Foundation
import TendCore
import TendTerminal

/// Keys: routed by what holds the keyboard, then run as the keymap's commands.
extension ConsoleReducer {
    /// Keys go to whatever holds the keyboard: the question, the `:` line, a form's field, the
    /// search being typed; else the keymap of the modal or the focused pane.
    static func handle(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        switch state.modal {
        case .question: return answer(key, &state, env)
        case .command: return CommandLineInput.handle(key, &state, env)
        case .search: return editSearch(key, &state, env)
        case .form where Keymap.command(for: key, in: .form) == nil: return editForm(key, &state, env)
        default: break
        }
        guard let command = Keymap.command(for: key, in: state.keyContext) else {
            if key != .resize { state.say(state.lang.pick("\(key) does nothing here — press ? for help", "\(key) 在此无效——按 ? 查看帮助")) }
            return []
        }
        return run(command, &state, env)
    }

    public static func run(_ command: ConsoleCommand, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        let step = max(1, env.page - 1)
        switch command {
        case .down: move(&state, by: 1)
        case .up: move(&state, by: -1)
        case .pageDown: move(&state, by: step)
        case .pageUp: move(&state, by: -step)
        case .top: move(&state, by: Int.min / 2)
        case .bottom: move(&state, by: Int.max / 2)
        case .nextPane: cycleFocus(&state, by: 1)
        case .previousPane: cycleFocus(&state, by: -1)
        case .open:
            state.focus = .ticket
            state.ticketScroll = 0
        case .back:
            if case .stats(let view) = state.modal {
                state.statsKept = view
                state.modal = nil
            } else if state.modal != nil {
                state.modal = nil
            } else if state.focus == .queue && state.drill != nil {
                return statistics(.statistics, &state, env)
            } else if state.focus == .queue && state.caseLibrary {
                return run(.caseLibrary, &state, env)
            } else if state.focus == .queue && state.approvalsView {
                return run(.approvals, &state, env)
            } else if state.focus == .queue && state.callsView {
                return run(.callsDue, &state, env)
            } else {
                state.focus = .queue
            }
        case .help: state.modal = .help(scroll: 0)
        case .search: state.modal = .search("")
        case .nextMatch: findMatch(&state, env, forward: true)
        case .previousMatch: findMatch(&state, env, forward: false)
        case .toggleMine:
            state.filter.assignee = state.filter.assignee == nil ? state.actor.login : nil
            state.filter.unassigned = false
        case .toggleUnassigned:
            state.filter.unassigned.toggle()
            state.filter.assignee = nil
        case .toggleOverdue:
            state.filter.overdueOnly.toggle()
            state.filter.dueSoonOnly = false
        case .toggleDueSoon:
            state.filter.dueSoonOnly.toggle()
            state.filter.overdueOnly = false
        case .clearFilters:
            // In the case library "clear" keeps to closed cases: the live queue is `L` or Esc away.
            state.filter = TicketFilter()
            if state.caseLibrary {
                state.filter.stages = [.closed]
                state.filter.includeClosed = true
            }
            state.filter.awaitingApproval = state.approvalsView
            state.filter.callsDue = state.callsView
        case .toggleScripts:
            state.scriptsFolded.toggle()
            if state.scriptsFolded && state.focus == .scripts { state.focus = .queue }
        case .zoom: state.zoomed.toggle()
        case .redraw: break
        case .quit: return [.quit]
        case .advance, .reassign, .changeGrade, .addNote, .reopen, .mediate, .approve, .reject, .newComplaint, .filterForm,
             .take, .reveal, .cycleAnger, .markSaid, .holdClocks:
            return TicketActions.start(command, &state, env)
        case .commandLine: state.modal = .command(TextField())
        case .statistics, .nextStatsPage, .previousStatsPage, .longerSpan, .shorterSpan, .drillDown:
            return statistics(command, &state, env)
        case .toggleWhy: state.showWhy.toggle()
        case .approvals:
            guard state.actor.role == .supervisor else {
                state.say(WorkflowError.needsSupervisor(.approveCompensation).message(state.lang, terms: ConsoleTerms(role: state.actor.role)), error: true)
                return []
            }
            state.approvalsView.toggle()
            state.caseLibrary = false
            state.callsView = false
            state.filter = TicketFilter()
            state.filter.awaitingApproval = state.approvalsView
            state.say(state.approvalsView
                ? state.lang.pick("Approvals: every resolution waiting for a supervisor, most urgent first. p approves, R rejects with a reason; $ returns to the queue.",
                                  "待审批：所有等待主管审批的处理方案，最紧急的在前。p 批准，R 驳回并说明理由；按 $ 返回队列。")
                : state.lang.pick("Back to the live queue.", "已返回实时队列。"))
        case .callsDue:
            state.callsView.toggle()
            state.caseLibrary = false
            state.approvalsView = false
            state.filter = TicketFilter()
            state.filter.callsDue = state.callsView
            let calls = CallDue.all(on: env.desk, policy: env.policy, now: state.now, window: .today).count
            state.say(state.callsView
                ? state.lang.pick("Calls due: follow-up calls, soonest first (\(calls) by the end of today). a records the call — reached, with the score, or no answer; C returns to the queue.",
                                  "待回访：回访电话，最早的在前（今天到期 \(calls) 个）。按 a 记录回访——接通并记录满意度，或未接通；按 C 返回队列。")
                : state.lang.pick("Back to the live queue.", "已返回实时队列。"))
        case .caseLibrary:
            state.caseLibrary.toggle()
            state.approvalsView = false
            state.callsView = false
            state.filter = TicketFilter()
            if state.caseLibrary {
                state.filter.stages = [.closed]
                state.filter.includeClosed = true
            }
            state.say(state.caseLibrary ? state.lang.pick("Case library: closed cases, contacts removed. L returns to the queue.", "案例库：已结案例，已隐去联系方式。按 L 返回队列。")
                                        : state.lang.pick("Back to the live queue.", "已返回实时队列。"))
        case .practice:
            let rounds = Practice.rounds(state.library, count: PracticeSession.length, seed: UInt64(state.now.timeIntervalSince1970 * 1000))
            guard !rounds.isEmpty else {
                state.say(state.lang.pick("No practice scenarios in the library.", "话术库中没有练习场景。"), error: true)
                return []
            }
            state.modal = .practice(PracticeSession(rounds: rounds))
        case .choose1, .choose2, .choose3, .choose4:
            guard case .practice(var session) = state.modal else { return [] }
            session.choose([ConsoleCommand.choose1, .choose2, .choose3, .choose4].firstIndex(of: command)!)
            state.modal = .practice(session)
        case .nextRound:
            guard case .practice(var session) = state.modal, session.chosen != nil else { return [] }
            session.next()
            state.modal = .practice(session)
            if session.finished {
                return [.saveTraining(TrainingResult(login: state.actor.login, finishedAt: state.now, answers: session.answers))]
            }
        case .trainingReport:
            if let refusal = Workflow.refusalToReadTrainingResults(state.actor.role) {
                state.say(refusal.message(state.lang, terms: ConsoleTerms(role: state.actor.role)), error: true)
                return []
            }
            return [.loadTrainingReport]
        case .terms, .citeClause, .closeTerms: return terms(command, &state, env)
        case .submitForm: return submitForm(&state, env)
        case .takeSuggestion:
            guard let form = state.form, form.purpose == .intake else { return [] }
            guard let suggestion = FormSubmission.suggestion(form, state.triage) else {
                state.say(form.trimmedValue("description") == nil
                    ? state.lang.pick("Nothing to suggest yet: type what happened first.", "暂无建议：请先填写投诉内容。")
                    : state.lang.pick("Nothing in these words points to a grade, harm or mood: choose them yourself.",
                                      "这段描述里没有能判断等级、受损或情绪的词，请自行选择。"))
                return []
            }
            state.editForm {
                $0.choose("grade", value: suggestion.grade.rawValue)
                $0.choose("harm", value: suggestion.harm.rawValue)
                $0.choose("cause", value: suggestion.cause?.rawValue ?? "")
                $0.choose("anger", value: suggestion.anger.rawValue)
            }
            state.say(state.lang.pick("Suggestion taken; change any of it before Ctrl-S.", "已采用建议；提交前仍可修改。"))
        case .nextField: state.editForm { $0.moveFocus(by: 1) }
        case .previousField: state.editForm { $0.moveFocus(by: -1) }
        case .cancelForm:
            guard let form = state.form else { return [] }
            if form.edited && form.purpose.keepsDraft {
                state.modal = .question(Confirmation(question: state.lang.pick("Throw away what you typed in this form? (y/n)", "放弃此表单中已填写的内容？（y/n）"),
                                                     onYes: .discardForm), over: state.modal)
            } else {
                state.modal = nil
            }
        }
        return []
    }

    static func answer(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard case .question(let confirmation, let below) = state.modal else { return [] }
        switch key {
        case .character("y"), .character("Y"), .enter:
            state.modal = below
            switch confirmation.onYes {
            case .perform(let commit): return [.commit(commit)]
            case .discardForm:
                state.modal = nil
                state.say(state.lang.pick("Form discarded.", "表单已放弃。"))
            case .takePause(let id):
                state.modal = FormBuilder(desk: env.desk, policy: env.policy, actor: state.actor, lang: state.lang).form(.selfCare(id)).map { .form($0) }
            }
        case .character("n"), .character("N"), .escape:
            state.modal = below
            // Declining a pause comes after a change that was made: its outcome stays on the row.
            if let said = confirmation.saidBefore {
                state.say(said)
            } else {
                state.say(state.lang.pick("Nothing was changed.", "未做任何更改。"))
            }
        case .resize:
            break
        default:
            state.say(state.lang.pick("Answer y (yes) or n (no).", "请按 y（是）或 n（否）。"), error: true)
        }
        return []
    }

    static func editForm(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        var outcome = Form.Outcome.ignored
        let lang = state.lang
        state.editForm { outcome = $0.handle(key, lang: lang) }
        return outcome == .submit ? submitForm(&state, env) : []
    }

    /// Reads the form; a value that cannot be read, or that the core's dry run refuses, keeps the
    /// form open with the reason; anything else goes to the core (after a question, for steps
    /// that cannot be taken back).
    static func submitForm(_ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard let form = state.form else { return [] }
        let submission = FormSubmission.of(form, desk: env.desk, policy: env.policy, actor: state.actor, lang: state.lang, now: state.now,
                                           filter: state.filter, coach: state.coach, triage: state.triage)
        // A change someone else made to the ticket since the form was opened is shown, and the
        // form waits: the next submit goes ahead with the change in view. This form's own
        // request is no such change: it was recorded by a submission whose outcome was lost (a
        // connection dropped during COMMIT), and submitting again is told so.
        if case .perform(let commit, _) = submission, let id = commit.ticket, let ticket = env.desk.ticket(id),
           let seen = form.seen, case let entries = ArraySlice(seen.entriesSince(in: ticket).filter { !$0.isRequest(form.request) }), !entries.isEmpty {
            let message = TimelineMark.message(entries, on: id, petDied: ticket.harm == .died, lang: state.lang)
            state.editForm {
                $0.error = message
                $0.seen = TimelineMark(ticket)
            }
            state.say(message, error: true)
            return []
        }
        switch submission {
        case .refused(let message):
            state.editForm { $0.error = message }
            state.say(message, error: true)
        case .applyFilter(let filter):
            state.filter = filter
            state.modal = nil
        case .keepPrivate(let id, let text):
            state.modal = nil
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else {
                state.say(state.lang.pick("Take your time. Nothing was written.", "慢慢来。没有写下任何内容。"))
                return []
            }
            return [.savePrivateNote(PrivateNote(login: state.actor.login, at: state.now, ticket: id, text: text))]
        case .perform(let commit, let question?):
            state.modal = .question(Confirmation(question: question.text(state.lang) + state.lang.pick(" (y/n)", "（y/n）"), onYes: .perform(commit)),
                                    over: state.modal)
        case .perform(let commit, nil):
            return [.commit(commit)]
        }
        return []
    }
}
