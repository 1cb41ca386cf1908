import Foundation
import TendCore
import TendTerminal

/// Turns keys into state changes. Pure: everything it needs is in the state and the arguments,
/// so every behaviour is testable without a terminal.
public enum ConsoleReducer {
    /// `page` is how many rows the focused pane shows; `desk` and `policy` are read for searches,
    /// forms and the checks made before a form opens.
    public static func handle(_ key: Key, _ state: inout ConsoleState, desk: Desk, policy: Policy, page: Int) {
        if state.confirmation != nil {
            answer(key, &state)
            return
        }
        if state.commandInput != nil {
            CommandLineInput.handle(key, &state, desk: desk, policy: policy, page: page)
            return
        }
        if state.form != nil, Keymap.command(for: key, in: .form) == nil {
            editForm(key, &state, desk: desk, policy: policy)
            return
        }
        if state.searchInput != nil {
            editSearch(key, &state, desk: desk)
            return
        }
        guard let command = Keymap.command(for: key, in: state.keyContext) else {
            if key != .resize { state.say(state.lang.pick("\(key) does nothing here — press ? for help", "\(key) 在此无效——按 ? 查看帮助")) }
            return
        }
        run(command, &state, desk: desk, policy: policy, page: page)
    }

    public static func run(_ command: ConsoleCommand, _ state: inout ConsoleState, desk: Desk, policy: Policy, page: Int) {
        let step = max(1, page - 1)
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
            if state.showingHelp {
                state.showingHelp = false
            } else if state.practice != nil {
                state.practice = nil
            } else if state.report != nil {
                state.report = nil
            } else {
                state.focus = .queue
            }
        case .help:
            state.showingHelp = true
            state.helpScroll = 0
        case .search:
            state.searchInput = ""
        case .nextMatch: findMatch(&state, desk: desk, forward: true)
        case .previousMatch: findMatch(&state, desk: desk, forward: false)
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
        case .reveal: state.pending = state.selectedID.map(PendingAction.reveal)
        case .take: state.pending = state.selectedID.map(PendingAction.take)
        case .redraw: break
        case .quit: state.quitting = true
        case .advance, .reassign, .changeGrade, .addNote, .reopen, .mediate, .approve, .newComplaint, .filterForm:
            TicketActions.start(command, &state, desk: desk, policy: policy)
        case .commandLine:
            state.commandInput = TextField()
        case .cycleAnger:
            guard let id = state.selectedID, let ticket = desk.ticket(id) else { return }
            state.pending = .setAnger(id, ticket.anger.next)
        case .markSaid:
            guard let id = state.selectedID, let ticket = desk.ticket(id) else { return }
            let scripts = state.library.matching(ticket)
            guard !scripts.isEmpty else { return }
            state.pending = .markSaid(id, script: scripts[min(state.scriptIndex, scripts.count - 1)].id)
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
            guard !rounds.isEmpty else { return state.say(state.lang.pick("No practice scenarios in the library.", "话术库中没有练习场景。"), error: true) }
            state.practice = PracticeSession(rounds: rounds)
        case .choose1, .choose2, .choose3, .choose4:
            let option = [ConsoleCommand.choose1, .choose2, .choose3, .choose4].firstIndex(of: command)!
            state.practice?.choose(option)
        case .nextRound:
            guard var session = state.practice, session.chosen != nil else { return }
            session.next()
            if session.finished {
                state.finishedPractice = TrainingResult(login: state.actor.login, finishedAt: state.now, answers: session.answers)
            }
            state.practice = session
        case .trainingReport:
            guard state.actor.role == .supervisor else {
                return state.say(WorkflowError.needsSupervisor(action: "read trainees' results").message(state.lang), error: true)
            }
            state.reportRequested = true
        case .submitForm: submitForm(&state, desk: desk, policy: policy)
        case .nextField: state.form?.moveFocus(by: 1)
        case .previousField: state.form?.moveFocus(by: -1)
        case .cancelForm:
            guard let form = state.form else { return }
            if form.edited && form.purpose.keepsDraft {
                state.confirmation = Confirmation(question: state.lang.pick("Throw away what you typed in this form? (y/n)", "放弃此表单中已填写的内容？(y/n)"),
                                                  onYes: .discardForm)
            } else {
                state.form = nil
            }
        }
    }

    private static func answer(_ key: Key, _ state: inout ConsoleState) {
        guard let confirmation = state.confirmation else { return }
        switch key {
        case .character("y"), .character("Y"), .enter:
            state.confirmation = nil
            switch confirmation.onYes {
            case .perform(let action): state.pending = action
            case .discardForm:
                state.form = nil
                state.say(state.lang.pick("Form discarded.", "表单已放弃。"))
            }
        case .character("n"), .character("N"), .escape:
            state.confirmation = nil
            state.say(state.lang.pick("Nothing was changed.", "未做任何更改。"))
        case .resize:
            break
        default:
            state.say(state.lang.pick("Answer y (yes) or n (no).", "请按 y（是）或 n（否）。"), error: true)
        }
    }

    private static func editForm(_ key: Key, _ state: inout ConsoleState, desk: Desk, policy: Policy) {
        guard state.form != nil else { return }
        if state.form!.handle(key, lang: state.lang) == .submit { submitForm(&state, desk: desk, policy: policy) }
    }

    /// Reads the form; a value that cannot be read keeps the form open with the reason, anything
    /// else goes to the core (after a question, for steps that cannot be taken back).
    static func submitForm(_ state: inout ConsoleState, desk: Desk, policy: Policy) {
        guard let form = state.form else { return }
        switch FormSubmission.of(form, desk: desk, policy: policy, lang: state.lang, now: state.now, filter: state.filter, coach: state.coach) {
        case .refused(let message):
            state.form?.error = message
            state.say(message, error: true)
        case .applyFilter(let filter):
            state.filter = filter
            state.form = nil
        case .perform(let action, let question?):
            state.confirmation = Confirmation(question: question.text(state.lang) + state.lang.pick(" (y/n)", "（y/n）"), onYes: .perform(action))
        case .perform(let action, nil):
            state.pending = action
        }
    }

    private static func move(_ state: inout ConsoleState, by delta: Int) {
        if state.showingHelp {
            state.helpScroll = max(0, state.helpScroll.addingClamped(delta))
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

    private static func editSearch(_ key: Key, _ state: inout ConsoleState, desk: Desk) {
        switch key {
        case .enter:
            let text = state.searchInput ?? ""
            state.searchInput = nil
            guard !text.isEmpty else { return }
            state.lastSearch = text
            findMatch(&state, desk: desk, forward: true, includeCurrent: true)
        case .escape:
            state.searchInput = nil
        case .backspace:
            if state.searchInput?.isEmpty == false { state.searchInput?.removeLast() }
        case .control("u"):
            state.searchInput = ""
        case .character(let c) where !c.isNewline:
            state.searchInput?.append(c)
        default:
            break
        }
    }

    /// Moves the selection to the next (or previous) ticket in the queue matching the last search,
    /// wrapping around.
    private static func findMatch(_ state: inout ConsoleState, desk: Desk, forward: Bool, includeCurrent: Bool = false) {
        guard let text = state.lastSearch, let matcher = TextMatcher(text) else {
            state.say(state.lang.pick("No search yet: press / to search", "尚未搜索：按 / 开始搜索"))
            return
        }
        let count = state.queue.count
        guard count > 0 else { return }
        for step in (includeCurrent ? 0 : 1)...count {
            let index = ((state.selected + (forward ? step : -step)) % count + count) % count
            if let ticket = desk.ticket(state.queue[index]), matcher.matches(ticket) {
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
