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
    private var lastQuery: (sequence: UInt64, filter: String, minute: Int)?

    public init(store: Store, state: ConsoleState, palette: Palette) {
        self.store = store
        self.state = state
        screen = NcursesScreen(palette: palette)
        watchSignals()
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
                    try? store.refresh()
                    lastRefresh = Date()
                }
                continue
            }
            if key == .resize || key == .control("l") { screen.invalidate() }
            state.message = nil
            ConsoleReducer.handle(key, &state, desk: store.desk, page: rows)
            performPending()
        }
    }

    /// Re-runs the query when the desk, the filter or the minute changed (SLA order moves).
    private func refreshQueue() {
        let minute = Int(state.now.timeIntervalSince1970 / 60)
        let filter = "\(state.filter.assignee ?? "")|\(state.filter.unassigned)|\(state.filter.overdueOnly)"
        if let last = lastQuery, last.sequence == store.sequence, last.filter == filter, last.minute == minute { return }
        lastQuery = (store.sequence, filter, minute)
        state.setQueue(TicketQuery.run(store.desk, policy: store.policy, filter: state.filter, now: state.now))
        state.counts = QueueCounts(desk: store.desk, policy: store.policy, login: state.actor.login, now: state.now)
    }

    /// Carries out a change asked for from the keyboard, through the same store and workflow as
    /// the command line. A refusal shows the core's message and changes nothing.
    private func performPending() {
        guard let action = state.pending else { return }
        state.pending = nil
        let actor = state.actor
        let now = Date().roundedToStore
        let id: TicketID
        let make: (Workflow, Ticket) throws -> [TicketEvent]
        switch action {
        case .reveal(let ticket):
            id = ticket
            make = { workflow, ticket in try workflow.revealContact(ticket) }
        case .take(let ticket):
            id = ticket
            make = { workflow, ticket in try workflow.assign(ticket, to: actor.login) }
        }
        do {
            try store.act(on: id, as: actor, at: now, make)
            switch action {
            case .reveal:
                state.revealed.insert(id)
                state.say(state.lang.pick("Contact shown; this was logged in the timeline.", "已显示联系方式，并记录在处理记录中。"))
            case .take:
                state.say(state.lang.pick("\(id) is yours.", "\(id) 已由您负责。"))
            }
        } catch let error as WorkflowError {
            state.say(error.message(state.lang), error: true)
        } catch let error as StoreError {
            state.say(error.message(state.lang), error: true)
        } catch {
            state.say("\(error)", error: true)
        }
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
