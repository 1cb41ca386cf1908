import Foundation
import TendConsole
import TendCore
import TendTerminal

/// The console's figures: a frame of the queue rendered from state, the bytes a one-row move
/// sends to a real ncursesw terminal (xterm-256color, output to a file), and the time from an
/// unopened desk to its first screen.
enum ConsoleBench {
    static func run(store: Store, now: Date, width: Int = 120, height: Int = 40) {
        let actor = store.policy.member("li.hua")!
        var state = ConsoleState(lang: .zh, actor: actor, now: now)
        // The script pane ranks the whole library for the selected ticket on every frame.
        state.library = (try? ScriptLibrary.load(storeDirectory: nil).library) ?? .empty
        state.setQueue(TicketQuery.run(store.desk, policy: store.policy, filter: state.filter, now: now))
        let rows = ConsoleView.queueRows(width: width, height: height, scriptsFolded: false)
        var frames: [Double] = []
        for _ in 0..<200 {
            _ = ConsoleReducer.update(.key(.down), &state, ConsoleEnvironment(desk: store.desk, policy: store.policy, page: rows))
            state.keepSelectionVisible(rows: rows)
            frames.append(seconds { _ = ConsoleView.render(RenderContext(state: state, desk: store.desk, policy: store.policy), width: width, height: height) })
        }
        print("console frame, state → buffer at \(width)×\(height), queue of \(state.queue.count), 200 frames: median \(ms(median(frames))), p90 \(ms(percentile(frames, 0.9)))")

        // Bytes to the terminal: draw a first frame, then move the selection one row at a time.
        let path = NSTemporaryDirectory() + "tend-bench-terminal-\(getpid())"
        let screen = NcursesScreen(palette: StandardPalettes.ansi16, recordingTo: path)
        func size() -> Int { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        func draw() { screen.draw(ConsoleView.render(RenderContext(state: state, desk: store.desk, policy: store.policy), width: width, height: height)) }
        state.selected = 0
        state.queueTop = 0
        draw()
        let first = size()
        var moves: [Double] = []
        for _ in 0..<30 {
            let before = size()
            _ = ConsoleReducer.update(.key(.down), &state, ConsoleEnvironment(desk: store.desk, policy: store.policy, page: rows))
            state.keepSelectionVisible(rows: rows)
            draw()
            moves.append(Double(size() - before))
        }
        screen.end()
        unlink(path)
        print("bytes to the terminal: first screen \(first) B; one-row move (30 moves, the ticket and script panes change too): median \(Int(median(moves))) B, max \(Int(moves.max()!)) B")
    }

    /// From nothing in memory to the first frame drawn: open, read the script library, query,
    /// count, render.
    static func firstScreen(directory: String, now: Date) throws -> Double {
        try seconds {
            let store = try Store.open(at: directory)
            var state = ConsoleState(lang: .zh, actor: store.policy.member("li.hua")!, now: now)
            state.library = try ScriptLibrary.load(storeDirectory: directory).library
            state.setQueue(TicketQuery.run(store.desk, policy: store.policy, filter: state.filter, now: now))
            state.counts = QueueCounts(desk: store.desk, policy: store.policy, login: "li.hua", now: now)
            _ = ConsoleView.render(RenderContext(state: state, desk: store.desk, policy: store.policy), width: 120, height: 40)
        }
    }
}
