import Foundation
import Testing

/// A console that crashes hands the terminal back as it found it: keypad-transmit mode off too,
/// or the shell's arrow keys and keypad send application codes afterwards.
@Suite(.serialized) struct CrashRestoreEndToEndTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    /// tmux's view of the pane's keypad modes: DECCKM (cursor keys) and DECKPAM (keypad), "1" each when on.
    func keypadFlags(_ tmux: TmuxDriver) throws -> String {
        try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{keypad_cursor_flag}#{keypad_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The console: the only child of the pane's shell.
    func consolePID(_ tmux: TmuxDriver) throws -> pid_t? {
        let shell = try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").compactMap { pid_t($0) }.first
    }

    @Test func aSegfaultLeavesTheKeypadModeOff() throws {
        #expect(TmuxDriver.available, "tmux is needed for the console tests (.ci/run installs it)")
        let made = try tend.run(["demo", "--store", desk, "--tickets", "20", "--now", "2026-11-20T09:00:00Z"])
        #expect(made.status == 0)
        let tmux = try TmuxDriver(width: 120, height: 40, environment: ["LANG": "C.UTF-8"])
        defer { tmux.stop() }
        #expect(try keypadFlags(tmux) == "00")
        try tmux.type("\(TendRunner.binary) --store \(desk) --as li.hua")
        try tmux.press("Enter")
        try tmux.waitFor("the console") { $0.contains("Queue") }
        // On while the console runs (ncurses' keypad mode), so the check after the crash can fail.
        #expect(try keypadFlags(tmux) == "11")
        let console = try #require(try consolePID(tmux))
        kill(console, SIGSEGV)
        try tmux.waitFor("the shell after the crash") { !$0.contains("Queue") }
        let deadline = Date().addingTimeInterval(10)
        while kill(console, 0) == 0 && Date() < deadline { usleep(50_000) }
        #expect(try keypadFlags(tmux) == "00")
    }
}
