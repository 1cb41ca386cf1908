import Foundation
import TendCore
import TendTerminal

/// What the reducer reads besides the state: the desk and policy as they are now, and how many
/// rows the focused pane shows (for paging).
public struct ConsoleEnvironment {
    public let desk: Desk
    public let policy: Policy
    public let page: Int

    public init(desk: Desk, policy: Policy, page: Int) {
        self.desk = desk
        self.policy = policy
        self.page = page
    }
}

/// The console's update: a message in, the state changed, effects out. Pure — it reads the desk
/// and writes nothing; the run loop (`Console`) carries out the effects and sends back what came
/// of them — so every behaviour is testable without a terminal.
public enum ConsoleReducer {
    public static func update(_ message: ConsoleMessage, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        let formBefore = state.form
        let filterBefore = state.filter
        var effects: [ConsoleEffect] = []
        switch message {
        case .key(let key):
            state.message = nil
            effects = handle(key, &state, env)
        case .tick(let now):
            state.now = now
            if state.queriedMinute != minute(now) { requery(&state, env) }
        case .deskChanged:
            requery(&state, env)
        case .committed(let commit, let ticket, let outcome):
            // Accepted: the form it came from closes (and its draft is forgotten, below).
            if commit.fromForm, state.form != nil { state.modal = nil }
            switch commit.action {
            case .reveal: state.revealed.insert(ticket)
            case .receive:
                // A new complaint is shown at once, whatever the filter.
                state.filter = TicketFilter()
                state.follow = ticket
                state.focus = .ticket
            default: break
            }
            state.say(outcome)
        case .refused(let commit, let text):
            // Nothing typed is lost: the form stays open with the reason in it.
            if commit.fromForm { state.editForm { $0.error = text } }
            state.say(text, error: true)
        case .themeSwitched(let name, let problem):
            if let problem { state.say(problem, error: true) } else { state.say(state.lang.pick("Theme: \(name)", "配色主题：\(name)")) }
        case .trainingSaved(let result, let problem):
            if let problem {
                state.say(state.lang.pick("Could not save the practice result: \(problem)", "无法保存练习成绩：\(problem)"), error: true)
            } else {
                state.say(state.lang.pick("Practice saved: \(result.correct) of \(result.rounds) right (\(result.score)%).",
                                          "练习已保存：答对 \(result.correct)/\(result.rounds)（\(result.score)%）。"))
            }
        case .trainingReport(let summaries, let problem):
            state.modal = .report(summaries)
            if let problem { state.say(problem, error: true) }
        case .draftNotKept(let reason), .refreshFailed(let reason):
            state.say(reason, error: true)
        case .notices(let texts):
            guard !texts.isEmpty else { break }
            let text = texts.joined(separator: " ")
            state.say(state.message.map { $0 + " " + text } ?? text, error: state.messageIsError)
        }
        // A changed filter is queried at once; after a commit, the `.deskChanged` that follows does it.
        if state.filter != filterBefore, !message.isCommitted { requery(&state, env) }
        return effects + draftEffects(formBefore: formBefore, &state)
    }

    /// Keys go to whatever holds the keyboard: the question, the `:` line, a form's field, the
    /// search being typed; else the keymap of the modal or the focused pane.
    static func handle(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        switch state.modal {
        case .question: return answer(key, &state)
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
            if state.modal != nil { state.modal = nil } else { state.focus = .queue }
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
        case .toggleOverdue: state.filter.overdueOnly.toggle()
        case .clearFilters: state.filter = TicketFilter()
        case .toggleScripts:
            state.scriptsFolded.toggle()
            if state.scriptsFolded && state.focus == .scripts { state.focus = .queue }
        case .zoom: state.zoomed.toggle()
        case .redraw: break
        case .quit: return [.quit]
        case .advance, .reassign, .changeGrade, .addNote, .reopen, .mediate, .approve, .newComplaint, .filterForm,
             .take, .reveal, .cycleAnger, .markSaid:
            return TicketActions.start(command, &state, env)
        case .commandLine: state.modal = .command(TextField())
        case .toggleWhy: state.showWhy.toggle()
        case .caseLibrary:
            state.caseLibrary.toggle()
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
        case .submitForm: return submitForm(&state, env)
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

    private static func answer(_ key: Key, _ state: inout ConsoleState) -> [ConsoleEffect] {
        guard case .question(let confirmation, let below) = state.modal else { return [] }
        switch key {
        case .character("y"), .character("Y"), .enter:
            state.modal = below
            switch confirmation.onYes {
            case .perform(let commit): return [.commit(commit)]
            case .discardForm:
                state.modal = nil
                state.say(state.lang.pick("Form discarded.", "表单已放弃。"))
            }
        case .character("n"), .character("N"), .escape:
            state.modal = below
            state.say(state.lang.pick("Nothing was changed.", "未做任何更改。"))
        case .resize:
            break
        default:
            state.say(state.lang.pick("Answer y (yes) or n (no).", "请按 y（是）或 n（否）。"), error: true)
        }
        return []
    }

    private static func editForm(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
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
        switch FormSubmission.of(form, desk: env.desk, policy: env.policy, actor: state.actor, lang: state.lang, now: state.now,
                                 filter: state.filter, coach: state.coach) {
        case .refused(let message):
            state.editForm { $0.error = message }
            state.say(message, error: true)
        case .applyFilter(let filter):
            state.filter = filter
            state.modal = nil
        case .perform(let commit, let question?):
            state.modal = .question(Confirmation(question: question.text(state.lang) + state.lang.pick(" (y/n)", "（y/n）"), onYes: .perform(commit)),
                                    over: state.modal)
        case .perform(let commit, nil):
            return [.commit(commit)]
        }
        return []
    }

    /// Keeps the open form on disk after every change to it; forgets it once it is submitted or
    /// thrown away.
    private static func draftEffects(formBefore: Form?, _ state: inout ConsoleState) -> [ConsoleEffect] {
        if let before = formBefore, state.form == nil {
            let key = Draft.key(before.purpose)
            return state.drafts.removeValue(forKey: key) == nil ? [] : [.forgetDraft(key: key)]
        }
        guard let form = state.form, form != formBefore, form.edited, form.purpose.keepsDraft else { return [] }
        let draft = Draft(form, at: state.now)
        guard !draft.sameContent(as: state.drafts[draft.key]) else { return [] }
        state.drafts[draft.key] = draft
        return [.saveDraft(draft)]
    }

    /// Re-runs the query: the desk, the filter or the minute changed (SLA order moves).
    static func requery(_ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        state.queriedMinute = minute(state.now)
        state.setQueue(TicketQuery.run(env.desk, policy: env.policy, filter: state.filter, now: state.now))
        if let follow = state.follow, let index = state.queue.firstIndex(of: follow) {
            state.selected = index
            state.ticketScroll = 0
            state.follow = nil
        }
        state.counts = QueueCounts(desk: env.desk, policy: env.policy, login: state.actor.login, now: state.now)
    }

    private static func minute(_ date: Date) -> Int { Int(date.timeIntervalSince1970 / 60) }

    private static func move(_ state: inout ConsoleState, by delta: Int) {
        if case .help(let scroll) = state.modal {
            // Kept within the help's lines, so a key back up moves at once after paging past the end.
            let last = max(0, HelpOverlay.lines(state.lang, for: state.actor).count - 1)
            state.modal = .help(scroll: min(last, max(0, scroll.addingClamped(delta))))
            return
        }
        switch state.focus {
        case .queue:
            guard !state.queue.isEmpty else { return }
            let target = min(state.queue.count - 1, max(0, state.selected.addingClamped(delta)))
            if target != state.selected {
                state.selected = target
                state.ticketScroll = 0
                state.scriptIndex = 0
            }
        case .ticket:
            state.ticketScroll = max(0, state.ticketScroll.addingClamped(delta))
        case .scripts:
            state.scriptIndex = max(0, state.scriptIndex.addingClamped(delta))
        }
    }

    private static func cycleFocus(_ state: inout ConsoleState, by step: Int) {
        let order: [PaneFocus] = state.scriptsFolded ? [.queue, .ticket] : [.queue, .ticket, .scripts]
        let index = order.firstIndex(of: state.focus) ?? 0
        state.focus = order[(index + step + order.count) % order.count]
    }

    private static func editSearch(_ key: Key, _ state: inout ConsoleState, _ env: ConsoleEnvironment) -> [ConsoleEffect] {
        guard case .search(var text) = state.modal else { return [] }
        switch key {
        case .enter:
            state.modal = nil
            guard !text.isEmpty else { return [] }
            state.lastSearch = text
            findMatch(&state, env, forward: true, includeCurrent: true)
            return []
        case .escape:
            state.modal = nil
            return []
        case .backspace:
            if !text.isEmpty { text.removeLast() }
        case .control("u"):
            text = ""
        case .character(let c) where !c.isNewline:
            text.append(c)
        default:
            break
        }
        state.modal = .search(text)
        return []
    }

    /// Moves the selection to the next (or previous) ticket in the queue matching the last search,
    /// wrapping around.
    private static func findMatch(_ state: inout ConsoleState, _ env: ConsoleEnvironment, forward: Bool, includeCurrent: Bool = false) {
        guard let text = state.lastSearch, let matcher = TextMatcher(text) else {
            state.say(state.lang.pick("No search yet: press / to search", "尚未搜索：按 / 开始搜索"))
            return
        }
        let count = state.queue.count
        guard count > 0 else { return }
        for step in (includeCurrent ? 0 : 1)...count {
            let index = ((state.selected + (forward ? step : -step)) % count + count) % count
            if let ticket = env.desk.ticket(state.queue[index]), matcher.matches(ticket) {
                state.selected = index
                state.focus = .queue
                state.ticketScroll = 0
                state.say(state.lang.pick("/\(text): \(ticket.id)", "/\(text)：\(ticket.id)"))
                return
            }
        }
        state.say(state.lang.pick("No ticket in this queue matches “\(text)”", "当前队列中没有匹配“\(text)”的工单"), error: true)
    }
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
