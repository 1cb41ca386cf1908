import Foundation
import TendCore
import TendTerminal
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen console's run loop: draw, wait for a key (or a second, so countdowns tick
/// with no busy loop, or the desk's watch saying another writer changed it), send it to the
/// reducer as a message, carry out the effects it returns and send back what came of them;
/// repeat. Changes go through the same `Store` and `Workflow` as the command line.
public final class Console {
    private let store: Store
    private var state: ConsoleState
    private let screen: Screen
    private let stop = StopFlag()
    private var signalSources: [DispatchSourceSignal] = []
    private let shelf: DraftShelf
    private var quitting = false
    /// Wakes the loop when another writer changes the desk; without one, the desk is read again
    /// every `pollInterval` seconds in which no key was pressed.
    private let watch: DeskWatch?
    var pollInterval: TimeInterval = 2
    /// On a team's desk: where this console tells the others which ticket it has open, and
    /// learns theirs.
    private let presence: DeskPresence?
    private var presenceReadAt = Date.distantPast
    /// The minute's whole query, made on another thread, and the changes since it was asked for
    /// (which apply on top of it when it is taken in).
    private let backgroundResult = Handoff<ConsoleMessage>()
    private var sinceBackgroundQuery: DeskUpdate?
    /// The statistics and early warnings worked out on other threads, and how many are awaited.
    private let statsInbox = BackgroundInbox()
    private let readyDigests = Handoff<Desk>()
    private var statsAwaited = 0
    /// Rows the queue shows on the current screen, for paging.
    private var page = 1

    /// The console on the user's terminal, restoring it on SIGINT, SIGTERM and SIGHUP, and
    /// watching the desk for other people's changes when its log can be watched.
    public convenience init(store: Store, state: ConsoleState, palette: Palette) {
        var state = state
        state.requeriesInBackground = true
        self.init(store: store, state: state, screen: NcursesScreen(palette: palette), watch: store.makeWatch(),
                  presence: store.makePresence(), watchingSignals: true)
    }

    /// The console on any screen: an in-memory one runs the whole loop in a test or a benchmark.
    public init(store: Store, state: ConsoleState, screen: Screen, watch: DeskWatch? = nil, presence: DeskPresence? = nil,
                watchingSignals: Bool = false) {
        self.store = store
        self.state = state
        self.screen = screen
        self.watch = watch
        self.presence = presence
        shelf = DraftShelf(storeDirectory: store.directory, login: state.actor.login)
        self.state.themeNames = ThemeLocator(storeDirectory: store.directory).available().map(\.name)
        self.state.warningLines = store.policy.warnings
        if watchingSignals { watchSignals() }
        offerDrafts()
    }

    /// What the console shows now, for tests.
    public var currentState: ConsoleState { state }

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
              var form = FormBuilder(desk: store.desk, policy: store.policy, actor: state.actor, lang: state.lang).form(newest.purpose) else { return }
        form.restore(newest)
        state.modal = .form(form)
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

    /// Runs until the user quits or a signal asks us to stop, then restores the terminal.
    public func run() {
        defer {
            screen.end()
            signalSources.forEach { $0.cancel() }
            // Left in place, the row would show this person on a ticket until it aged out.
            if watch?.status == nil { presence?.leave() }
        }
        send(.deskChanged)
        // A customer's other complaints need every ticket keyed: seconds on a million tickets,
        // done beside the first screen rather than before it (the panes show them once ready).
        let desk = store.desk
        if !desk.customers.isReady(for: desk) {
            Thread.detachNewThread { desk.customers.prepare(desk) }
        }
        // The statistics' digests likewise (half a second on a million tickets): adopted by the
        // loop when ready, with the tickets changed meanwhile digested again.
        if !desk.hasStatsDigests {
            statsAwaited += 1
            let digests = readyDigests
            Thread.detachNewThread { digests.put(desk.digested()) }
        }
        var lastRefresh = Date()
        var lastTick = Date()
        // Whether the screen shows the state as it is: a wake-up that brought nothing (the
        // second event of one append, a file that is not the desk's) draws nothing.
        var shown = false
        while !quitting && !stop.isSet {
            if watch?.status != state.deskStatus {
                send(.deskStatus(watch?.status))
                shown = false
            }
            sharePresence()
            if takeBackgroundQuery() { shown = false }
            for done in statsInbox.takeAll() {
                statsAwaited -= 1
                send(done)
                shown = false
            }
            if let digested = readyDigests.take() {
                statsAwaited -= 1
                store.adoptStatsDigests(from: digested)
            }
            if !shown {
                let size = screen.size
                page = ConsoleView.queueRows(width: size.width, height: size.height, state: state)
                state.keepSelectionVisible(rows: page)
                // Jumping to the end (G) asks for more than there is: kept to what the pane can show
                // (worked out only when the pane is scrolled at all, off the usual frame's path).
                if state.ticketScroll > 0 {
                    let limit = ConsoleView.ticketScrollLimit(RenderContext(state: state, desk: store.desk, policy: store.policy),
                                                              width: size.width, height: size.height)
                    state.ticketScroll = min(state.ticketScroll, limit)
                }
                screen.draw(ConsoleView.render(RenderContext(state: state, desk: store.desk, policy: store.policy), width: size.width, height: size.height))
            }
            shown = false
            // While a query runs elsewhere, look for its result often.
            switch screen.readKey(timeout: sinceBackgroundQuery == nil && statsAwaited == 0 ? 1000 : 50, wakeOn: watch?.descriptor) {
            case .key(let key):
                if key == .resize || key == .control("l") { screen.invalidate() }
                // A form is submitted against the desk as it is now: a change the watch has not
                // woken us for yet (or, without a watch, not polled yet) is shown first.
                if mightSubmitForm(key) { refresh() }
                send(.key(key))
                continue
            case .woken:
                // Consumed before reading, so a change made meanwhile wakes us again. However
                // many changes woke us, one read takes them all in.
                watch?.acknowledge()
                var changed = refresh()
                if presence != nil { changed = readPresence() || changed }
                // Countdowns move on once a second, even while changes keep waking us.
                guard Date().timeIntervalSince(lastTick) >= 1 else {
                    shown = !changed
                    continue
                }
            case .hungUp:
                // Nobody is there to type: an open form is already kept as a draft on disk.
                quitting = true
                continue
            case .timedOut:
                // Someone whose console went quiet drops out after a while, with no wake-up.
                if Date().timeIntervalSince(presenceReadAt) >= 30 { readPresence() }
                if watch == nil && Date().timeIntervalSince(lastRefresh) >= pollInterval {
                    refresh()
                    lastRefresh = Date()
                }
            }
            send(.tick(Date()))
            lastTick = Date()
        }
    }

    /// The submit key in a form, or Enter (which submits from a form's last field).
    private func mightSubmitForm(_ key: Key) -> Bool {
        state.keyContext == .form && state.confirmation == nil && (key == .enter || Keymap.command(for: key, in: .form) == .submitForm)
    }

    /// Takes in the minute's whole query once it is made: the changes since it was asked for go
    /// on top. Returns whether there was one.
    private func takeBackgroundQuery() -> Bool {
        guard let done = backgroundResult.take() else { return false }
        // What the store applied meanwhile joins the changes to put on top.
        if store.hasUnreportedChanges { send(.deskUpdated(store.takeUpdate())) }
        let since = sinceBackgroundQuery ?? DeskUpdate()
        sinceBackgroundQuery = nil
        guard case .requeried(let asked, let queue, let counts, _, let warnings) = done else { send(done); return true }
        send(.requeried(asked, queue: queue, counts: counts, since: since, warnings: warnings))
        return true
    }

    /// Tells the others which ticket this console shows (the presence only writes when that
    /// changes, or to say it is still here).
    private func sharePresence() {
        guard let presence, watch?.status == nil else { return }
        let (ticket, typing) = state.presence
        presence.publish(ticket: ticket, typing: typing)
    }

    /// Reads who else has which ticket open; returns whether that changed what is shown.
    @discardableResult
    private func readPresence() -> Bool {
        guard let presence, watch?.status == nil else { return false }
        presenceReadAt = Date()
        let others = presence.others()
        guard others != state.others else { return false }
        send(.presence(others))
        return true
    }

    /// Takes in what other writers changed, and moves the tickets they changed. Returns whether
    /// anything came of it for the screen (a change, a failure, a notice). While the watch says
    /// the desk is out of reach, nothing is tried: it wakes us when the desk is back.
    @discardableResult
    private func refresh() -> Bool {
        guard watch?.status == nil else { return false }
        var changed = true
        do {
            let update = try store.refresh()
            changed = !update.isEmpty
            if changed { send(.deskUpdated(update)) }
        } catch {
            send(.refreshFailed(ConsoleTerms.describe(error, state.lang, role: state.actor.role)))
        }
        let notices = takeNotices()
        send(.notices(notices))
        return changed || !notices.isEmpty
    }

    /// One message through the reducer; then each effect it asked for, whose outcome comes back
    /// as a message in turn. Whatever the store applied since the reducer last heard (this
    /// console's commits, a refresh) goes to it first, as `.deskUpdated`: the reducer's queue is
    /// always of the desk it reads, and a commit's outcome finds its ticket already in place.
    func send(_ message: ConsoleMessage) {
        var messages = [message]
        while !messages.isEmpty {
            let next: ConsoleMessage
            if store.hasUnreportedChanges {
                let update = store.takeUpdate()
                // A full query takes in everything anyway.
                next = messages.first == .deskChanged ? messages.removeFirst() : .deskUpdated(update)
            } else {
                next = messages.removeFirst()
            }
            if case .deskUpdated(let update) = next { sinceBackgroundQuery?.merge(update) }
            let environment = ConsoleEnvironment(desk: store.desk, policy: store.policy, page: page)
            for effect in ConsoleReducer.update(next, &state, environment) { messages += perform(effect) }
        }
    }

    /// Carries out one effect; what came of it, as messages for the reducer.
    private func perform(_ effect: ConsoleEffect) -> [ConsoleMessage] {
        let lang = state.lang
        switch effect {
        case .commit(let commit):
            return record(commit) + [.notices(takeNotices())]
        case .saveDraft(let draft):
            do {
                try shelf.save(draft)
                return []
            } catch {
                let reason = ConsoleTerms.describe(error, lang, role: state.actor.role)
                return [.draftNotKept(reason: lang.pick("Could not keep a draft in \(shelf.directory): \(reason)", "无法在 \(shelf.directory) 保存草稿：\(reason)"))]
            }
        case .forgetDraft(let key):
            shelf.remove(key)
            return []
        case .switchTheme(let name):
            let (palette, problem) = ThemeChoice.palette(named: name, storeDirectory: store.directory)
            if problem == nil { screen.setPalette(palette) }
            return [.themeSwitched(name: name, problem: problem)]
        case .saveTraining(let result):
            do {
                try TrainingLog(storeDirectory: store.directory).append(result)
                return [.trainingSaved(result, problem: nil)]
            } catch {
                return [.trainingSaved(result, problem: ConsoleTerms.describe(error, lang, role: state.actor.role))]
            }
        case .savePrivateNote(let note):
            do {
                try PrivateNotes(storeDirectory: store.directory).append(note)
                return [.privateNoteSaved(problem: nil)]
            } catch {
                return [.privateNoteSaved(problem: ConsoleTerms.describe(error, lang, role: state.actor.role))]
            }
        case .loadTrainingReport:
            let (results, problems) = TrainingLog(storeDirectory: store.directory).load()
            return [.trainingReport(TrainingSummary.of(results), problem: problems.first)]
        case .requeryInBackground(let asked):
            sinceBackgroundQuery = DeskUpdate()
            let (desk, policy, result) = (store.desk, store.policy, backgroundResult)
            DispatchQueue.global(qos: .userInitiated).async {
                let (queue, counts, warnings) = asked.run(desk, policy: policy)
                result.put(.requeried(asked, queue: queue, counts: counts, since: DeskUpdate(), warnings: warnings))
            }
            return []
        case .computeStats(let request):
            statsAwaited += 1
            let (desk, policy, inbox, directory, now) = (store.desk, store.policy, statsInbox, store.directory, state.now)
            DispatchQueue.global(qos: .userInitiated).async {
                let training = TrainingLog(storeDirectory: directory).load().results
                let (stats, warnings) = request.run(desk, policy: policy, training: training, now: now)
                inbox.put(.statsComputed(request, stats, warnings))
            }
            return []
        case .checkWarnings(let now):
            statsAwaited += 1
            let (desk, policy, inbox) = (store.desk, store.policy, statsInbox)
            DispatchQueue.global(qos: .utility).async {
                inbox.put(.earlyWarnings(EarlyWarnings.check(desk, policy: policy, now: now)))
            }
            return []
        case .alert:
            screen.alert()
            return []
        case .quit:
            quitting = true
            return []
        }
    }

    /// Checks and records a change through the same store and workflow as the command line. A
    /// form's submission carries the form's own request id, so submitting it again after a
    /// failure that did record it (or after a crash) is recognised; a key press is a new request.
    private func record(_ commit: Commit) -> [ConsoleMessage] {
        let actor = state.actor
        let now = Date().roundedToStore
        let lang = state.lang
        if watch?.status != nil {
            // Nothing can be recorded, and a connection attempt would only keep the user waiting.
            return [.refused(commit, message: lang.pick("The desk cannot be reached just now: nothing was changed. What you typed is kept; try again once the status bar shows the desk is back.",
                                                        "暂时连不上工作台：这项更改没有保存。已填写的内容都保留着；等状态栏显示恢复后再试。"))]
        }
        do {
            let acted: Acted
            if case .receive(let intake, let judgement) = commit.action {
                acted = try store.receive(intake, judgement: judgement, as: actor, at: now, request: commit.request, fresh: commit.fresh)
            } else if let id = commit.ticket {
                acted = try store.act(on: id, as: actor, at: now, request: commit.request, fresh: commit.fresh) { workflow, ticket in
                    try commit.action.events(workflow, ticket)
                }
            } else {
                return []
            }
            let done = commit.action.outcome(before: acted.before, after: acted.after, policy: store.policy, lang: lang, terms: ConsoleTerms(role: state.actor.role))
            return [.committed(commit, ticket: acted.after.id, outcome: acted.replayed ? lang.pick("Already saved before: ", "此前已保存：") + done : done)]
        } catch {
            return [.refused(commit, message: ConsoleTerms.describe(error, lang, role: state.actor.role))]
        }
    }

    /// What the store noticed (a compaction to retry, a torn record left out), in words.
    private func takeNotices() -> [String] {
        store.takeNotices().map { $0.message(state.lang) }
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

/// Messages made on other threads, each handed to the run loop in turn (none overwrites another).
final class BackgroundInbox: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var messages: [ConsoleMessage] = []

    func put(_ done: ConsoleMessage) { lock.lock(); messages.append(done); lock.unlock() }

    func takeAll() -> [ConsoleMessage] {
        lock.lock()
        defer { messages = []; lock.unlock() }
        return messages
    }
}

/// A value made on another thread (a query's message, a digested desk), handed to the run loop.
final class Handoff<Value: Sendable>: @unchecked Sendable {
    // Guarded by `lock`: written by the thread that made it, taken by the run loop.
    private let lock = NSLock()
    private var value: Value?

    func put(_ made: Value) { lock.lock(); value = made; lock.unlock() }

    func take() -> Value? {
        lock.lock()
        defer { value = nil; lock.unlock() }
        return value
    }
}
