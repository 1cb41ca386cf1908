import Foundation
import TendConsole
import TendCore
import TendPostgres
import TendTerminal
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10's live queue: what an open console spends on each change another writer makes, and
/// how long from that writer's commit to the console's screen. It takes the console's store and
/// a writer's store (and the console's watch), never a path: a database desk is measured by the
/// same code, given its stores.
enum LiveBench {
    /// CPU time of the whole process (the console's side runs alone while it is read).
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// One change by another person: a supervisor assigns a random open ticket to `login`, the
    /// console's user, so the console's queue moves it and its "mine" count goes up by one.
    static func assignOne(_ writer: Store, to login: String, random: inout SeededRandom) throws {
        // A database records each change as its session's role: the writer acts as that role.
        let session = (writer.log as? PostgresEventLog)?.sessionUser
        let supervisor = session.flatMap(writer.policy.member) ?? writer.policy.staff.first { $0.role == .supervisor }!
        var id: TicketID
        repeat {
            id = TicketID(Desk.firstNumber + Int32(random.next() % UInt64(writer.desk.count)))
        } while writer.desk.ticket(id).map { !$0.isOpen || $0.assignee == login } ?? true
        try writer.act(on: id, as: supervisor, at: Date().roundedToStore) { workflow, ticket in try workflow.assign(ticket, to: login) }
    }

    /// The console's state with its queue queried, as an open console holds it.
    static func queriedState(_ console: Store, login: String) -> ConsoleState {
        var state = ConsoleState(lang: .en, actor: console.policy.member(login)!, now: Date())
        // As on a terminal: the minute's whole query runs away from the input path.
        state.requeriesInBackground = true
        _ = ConsoleReducer.update(.deskChanged, &state, ConsoleEnvironment(desk: console.desk, policy: console.policy, page: 30))
        return state
    }

    /// Per change the writer makes: the console's refresh (catch up, say what changed) and its
    /// queue and counts moving the changed ticket. The queue is checked against a whole query at
    /// the end; the old way (refresh, then query and count the whole desk) is measured beside it.
    static func cpuPerChange(console: Store, writer: Store, login: String = "li.hua", changes: Int = 200) throws {
        var state = queriedState(console, login: login)
        var random = SeededRandom(seed: 10)
        var costs: [Double] = []
        var reloads = 0
        for _ in 0..<changes {
            try assignOne(writer, to: login, random: &random)
            let start = cpuSeconds()
            let update = try console.refresh()
            _ = ConsoleReducer.update(.deskUpdated(update), &state, ConsoleEnvironment(desk: console.desk, policy: console.policy, page: 30))
            costs.append(cpuSeconds() - start)
            if update.reloaded { reloads += 1 }
        }
        let whole = TicketQuery.run(console.desk, policy: console.policy, filter: state.filter, now: state.now)
        let counted = QueueCounts(desk: console.desk, policy: console.policy, login: login, now: state.now)
        print("live: console CPU per change applied (refresh + queue and counts moved, \(changes) changes, queue of \(state.queue.count)): "
              + "median \(ms(median(costs))), p99 \(ms(percentile(costs, 0.99))), max \(ms(costs.max()!))"
              + (reloads > 0 ? "; \(reloads) read the desk whole (a compaction)" : "")
              + "; same as a whole query: \(state.queue == whole && state.counts == counted ? "yes" : "NO")")
        var old: [Double] = []
        for _ in 0..<5 {
            try assignOne(writer, to: login, random: &random)
            let start = cpuSeconds()
            try console.refresh()
            state.setQueue(TicketQuery.run(console.desk, policy: console.policy, filter: state.filter, now: state.now))
            state.counts = QueueCounts(desk: console.desk, policy: console.policy, login: login, now: state.now)
            old.append(cpuSeconds() - start)
        }
        print("live: the poll's way for comparison (refresh + whole query + whole count, 5 changes): median \(ms(median(old))) CPU")
    }

    /// From the writer calling commit to the console's frame that shows the change: the console
    /// runs its real loop (on the in-memory screen, woken by `watch`) on this thread, the writer
    /// commits from another thread every 20–100 ms. A frame shows change k when its "mine" count
    /// has reached k more than at the start.
    static func screenLatency(console: Store, watch: DeskWatch, writer: Store, login: String = "li.hua", changes: Int = 200) {
        let state = queriedState(console, login: login)
        let mineAtStart = state.counts.mine
        let run = LatencyRun(writer: writer)
        let screen = MemoryScreen(width: 120, height: 40, keys: Array(repeating: nil, count: changes * 20 + 100))
        screen.beforeRead = { _ in
            run.consoleIsWaiting()
            return run.isFinished ? .character("q") : nil
        }
        let thread = Thread {
            run.waitForConsole()
            var random = SeededRandom(seed: 11)
            for _ in 0..<changes {
                usleep(UInt32.random(in: 20_000...100_000, using: &random))
                let start = ContinuousClock.now
                do { try assignOne(run.writer, to: login, random: &random) } catch { print("live: the writer failed: \(error)") }
                run.committed(start, acknowledged: .now)
            }
            // The last change's frame is drawn before the console is told to stop.
            usleep(300_000)
            run.finish()
        }
        thread.start()
        Console(store: console, state: state, screen: screen, watch: watch).run()

        let mineByFrame = screen.frames.map { frame in frame.text().firstMatch(of: /mine (\d+)/).flatMap { Int($0.1) } ?? -1 }
        func seconds(_ duration: Duration) -> Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }
        var delays: [Double] = []
        for (index, (start, _)) in run.commits.enumerated() {
            guard let frame = mineByFrame.firstIndex(where: { $0 >= mineAtStart + index + 1 }) else { continue }
            delays.append(seconds(screen.drawnAt[frame] - start))
        }
        let commits = run.commits.map { seconds($0.acknowledged - $0.start) }
        guard delays.count == changes else {
            print("live: commit → other console's screen: only \(delays.count) of \(changes) changes reached the screen")
            return
        }
        print("live: commit → other console's screen (woken by the watch, \(changes) changes, \(screen.wakes.count) wake-ups, \(screen.frames.count) frames): "
              + "median \(ms(median(delays))), p99 \(ms(percentile(delays, 0.99))), max \(ms(delays.max()!)); "
              + "of which the writer's commit until acknowledged: median \(ms(median(commits))), p99 \(ms(percentile(commits, 0.99)))")
    }
}

/// What the writer's thread and the console's loop share during a latency run.
private final class LatencyRun: @unchecked Sendable {
    /// Used by the writer's thread only, once the console is up.
    let writer: Store
    private let lock = NSCondition()
    private var ready = false
    private var finished = false
    private var spans: [(start: ContinuousClock.Instant, acknowledged: ContinuousClock.Instant)] = []

    init(writer: Store) { self.writer = writer }

    func consoleIsWaiting() { lock.lock(); ready = true; lock.broadcast(); lock.unlock() }
    func waitForConsole() { lock.lock(); while !ready { lock.wait() }; lock.unlock() }
    func committed(_ start: ContinuousClock.Instant, acknowledged: ContinuousClock.Instant) {
        lock.lock()
        spans.append((start, acknowledged))
        lock.unlock()
    }
    func finish() { lock.lock(); finished = true; lock.unlock() }
    var isFinished: Bool { lock.lock(); defer { lock.unlock() }; return finished }
    var commits: [(start: ContinuousClock.Instant, acknowledged: ContinuousClock.Instant)] { lock.lock(); defer { lock.unlock() }; return spans }
}
