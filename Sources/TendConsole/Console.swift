import Foundation
import TendCore
import TendTerminal
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen console's run loop: draw, wait for a key (or a second, so countdowns tick
/// with no busy loop), apply it, repeat. Changes go through the same `Store` and `Workflow` as
/// the command line.
public final class Console {
    private let store: Store
    private var state: ConsoleState
    private let screen: NcursesScreen
    private let stop = StopFlag()
    private var signalSources: [DispatchSourceSignal] = []
    private var lastQuery: (sequence: UInt64, filter: TicketFilter, minute: Int)?
    private let shelf: DraftShelf

    public init(store: Store, state: ConsoleState, palette: Palette) {
        self.store = store
        self.state = state
        shelf = DraftShelf(storeDirectory: store.directory, login: state.actor.login)
        self.state.themeNames = ThemeLocator(storeDirectory: store.directory).available().map(\.name)
        screen = NcursesScreen(palette: palette)
        watchSignals()
        offerDrafts()
    }

    /// Brings back the newest half-written form, as it was left; the others come back when
    /// their form is opened again.
    private func offerDrafts() {
        let lang = state.lang
        let (drafts, problems, dropped) = Console.settleDrafts(shelf, store: store, lang: lang)
        if let message = dropped.first { state.say(message) }
        for draft in drafts where state.drafts[draft.key] == nil { state.drafts[draft.key] = draft }
        if let unreadable = problems.first {
            state.say(lang.pick("A draft could not be read and was left as it is: \(unreadable)", "有一份草稿无法读取，已原样保留：\(unreadable)"), error: true)
        }
        guard let newest = drafts.first,
              var form = FormBuilder(desk: store.desk, policy: store.policy, actor: state.actor).form(newest.purpose) else { return }
        form.restore(newest)
        state.form = form
        // The queue follows the draft's ticket, so the form is not read against another one.
        state.follow = newest.purpose.ticket
        if problems.isEmpty && state.message == nil {
            let more = drafts.count > 1 ? lang.pick(" (\(drafts.count - 1) more kept)", "（另有 \(drafts.count - 1) 份保留）") : ""
            state.say(lang.pick("Your unfinished form is back\(more). Ctrl-S submits, Esc discards.", "已恢复您未完成的表单\(more)。Ctrl-S 提交，Esc 放弃。"))
        }
    }

    /// The drafts worth bringing back. A draft whose request the desk has already recorded was
    /// submitted just before a crash (or before its clean-up failed): it is deleted, with a word for
    /// each, and never submitted a second time.
    static func settleDrafts(_ shelf: DraftShelf, store: Store, lang: Language) -> (drafts: [Draft], problems: [String], dropped: [String]) {
        var (drafts, problems) = shelf.load()
        var dropped: [String] = []
        let recordedRequests = (try? store.recorded(requests: drafts.compactMap(\.request))) ?? [:]
        drafts.removeAll { draft in
            guard let request = draft.request, let recorded = recordedRequests[request] else { return false }
            shelf.remove(draft.key)
            let when = recorded.at.map(TimeText.local) ?? ""
            let tickets = recorded.after.keys.sorted().map(\.description).joined(separator: ", ")
            dropped.append(lang.pick("A form you submitted for \(tickets) had already been saved (\(when)); its draft was removed.",
                                     "您为 \(tickets) 提交的表单已于 \(when) 保存，草稿已移除。"))
            return true
        }
        return (drafts, problems, dropped)
    }

    /// Keeps the open form on disk after every change to it; forgets it once it is submitted or
    /// thrown away.
    private func keepDraft(formBefore: Form?) {
        if let before = formBefore, state.form == nil {
            forget(Draft.key(before.purpose))
            return
        }
        guard let form = state.form, form.edited, form.purpose.keepsDraft else { return }
        let draft = Draft(form, at: Date())
        guard !draft.sameContent(as: state.drafts[draft.key]) else { return }
        do {
            try shelf.save(draft)
            state.drafts[draft.key] = draft
        } catch {
            let reason = Console.describe(error, state.lang)
            state.say(state.lang.pick("Could not keep a draft in \(shelf.directory): \(reason)", "无法在 \(shelf.directory) 保存草稿：\(reason)"), error: true)
        }
    }

    private func forget(_ key: String) {
        guard state.drafts.removeValue(forKey: key) != nil else { return }
        shelf.remove(key)
    }

    /// Runs until the user quits or a signal asks us to stop, then restores the terminal.
    public func run() {
        defer {
            screen.end()
            signalSources.forEach { $0.cancel() }
        }
        var lastRefresh = Date()
        while !state.quitting && !stop.isSet {
            refreshQueue()
            let size = screen.size
            let rows = ConsoleView.queueRows(width: size.width, height: size.height, scriptsFolded: state.scriptsFolded)
            state.keepSelectionVisible(rows: rows)
            let context = RenderContext(state: state, desk: store.desk, policy: store.policy)
            screen.draw(ConsoleView.render(context, width: size.width, height: size.height))
            guard let key = screen.readKey(timeout: 1000) else {
                state.now = Date()
                if Date().timeIntervalSince(lastRefresh) >= 2 {
                    // Another terminal may have changed the desk.
                    do { try store.refresh() } catch { state.say(Console.describe(error, state.lang), error: true) }
                    showNotices()
                    lastRefresh = Date()
                }
                continue
            }
            if key == .resize || key == .control("l") { screen.invalidate() }
            state.message = nil
            let formBefore = state.form
            ConsoleReducer.handle(key, &state, desk: store.desk, policy: store.policy, page: rows)
            performPending()
            keepDraft(formBefore: formBefore)
            switchTheme()
            saveTraining()
        }
    }

    /// Re-runs the query when the desk, the filter or the minute changed (SLA order moves).
    private func refreshQueue() {
        let minute = Int(state.now.timeIntervalSince1970 / 60)
        let filter = state.filter
        if let last = lastQuery, last.sequence == store.sequence, last.filter == filter, last.minute == minute { return }
        lastQuery = (store.sequence, filter, minute)
        state.setQueue(TicketQuery.run(store.desk, policy: store.policy, filter: state.filter, now: state.now))
        if let follow = state.follow, let index = state.queue.firstIndex(of: follow) {
            state.selected = index
            state.follow = nil
        }
        state.counts = QueueCounts(desk: store.desk, policy: store.policy, login: state.actor.login, now: state.now)
    }

    /// Carries out a change asked for from the keyboard, through the same store and workflow as
    /// the command line. A refusal shows the core's message and changes nothing; a form that was
    /// being submitted stays open with the message in it, so nothing typed is lost.
    private func performPending() {
        guard let action = state.pending else { return }
        state.pending = nil
        let actor = state.actor
        let now = Date().roundedToStore
        let lang = state.lang
        let library = state.library
        // A form's submission carries the form's own request id, so submitting it again after a
        // failure that did record it (or after a crash) is recognised; a key press is a new request.
        let request = state.form?.request ?? RequestID.make()
        let fresh = state.form == nil
        defer { showNotices() }
        do {
            let acted: Acted
            if case .receive(let intake) = action {
                acted = try store.receive(intake, as: actor, at: now, request: request, fresh: fresh)
                // A new complaint is shown at once, whatever the filter.
                state.filter = TicketFilter()
                state.follow = acted.after.id
                state.focus = .ticket
            } else {
                acted = try store.act(on: action.ticket!, as: actor, at: now, request: request, fresh: fresh) { workflow, ticket in
                    try action.events(workflow, ticket, actor: actor, library: library)
                }
            }
            if case .reveal(let id) = action { state.revealed.insert(id) }
            // Accepted: the form closes, and `keepDraft` forgets its draft.
            state.form = nil
            let done = action.done(acted.before, acted.after, lang: lang, library: library)
            state.say(acted.replayed ? lang.pick("Already saved before: ", "此前已保存：") + done : done)
        } catch {
            let message = Console.describe(error, lang)
            state.form?.error = message
            state.say(message, error: true)
        }
    }

    /// What the store noticed (a compaction to retry, a torn record left out), on the status row
    /// after the outcome of the change itself.
    private func showNotices() {
        let notices = store.takeNotices()
        guard !notices.isEmpty else { return }
        let text = notices.map { $0.message(state.lang) }.joined(separator: " ")
        state.say(state.message.map { $0 + " " + text } ?? text, error: state.messageIsError)
    }

    static func describe(_ error: Error, _ lang: Language) -> String {
        (error as? Refusal)?.message(lang) ?? error.localizedDescription
    }

    /// Saves a finished practice session, and reads everyone's results when a supervisor asks.
    private func saveTraining() {
        let lang = state.lang
        let log = TrainingLog(storeDirectory: store.directory)
        if let result = state.finishedPractice {
            state.finishedPractice = nil
            do {
                try log.append(result)
                state.say(lang.pick("Practice saved: \(result.correct) of \(result.rounds) right (\(result.score)%).",
                                    "练习已保存：答对 \(result.correct)/\(result.rounds)（\(result.score)%）。"))
            } catch {
                let reason = Console.describe(error, lang)
                state.say(lang.pick("Could not save the practice result: \(reason)", "无法保存练习成绩：\(reason)"), error: true)
            }
        }
        if state.reportRequested {
            state.reportRequested = false
            let (results, problems) = log.load()
            state.report = TrainingSummary.of(results)
            if let problem = problems.first { state.say(problem, error: true) }
        }
    }

    private func switchTheme() {
        guard let name = state.requestedTheme else { return }
        state.requestedTheme = nil
        let (palette, problem) = ThemeChoice.palette(named: name, storeDirectory: store.directory)
        if let problem { return state.say(problem, error: true) }
        screen.setPalette(palette)
        state.say(state.lang.pick("Theme: \(name)", "配色主题：\(name)"))
    }

    /// SIGINT, SIGTERM and SIGHUP end the loop; the terminal is restored on the way out.
    private func watchSignals() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let flag = stop
            source.setEventHandler { @Sendable in flag.set() }
            source.resume()
            signalSources.append(source)
        }
    }
}

/// Set from a signal-handling queue, read by the run loop.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
