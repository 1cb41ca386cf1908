import Foundation
import Testing

/// A console whose terminal goes away (a closed window, a dropped SSH session, a tmux server that
/// died) must end, not spin on a terminal that will never send another key. Run in a session of
/// its own, the console gets no SIGHUP from the terminal's hang-up, as under `su - user -c`: all it
/// sees is the terminal hanging up under its reads.
@Suite struct TerminalHangUpTests {
    @Test func aConsoleEndsWhenItsTerminalHangsUp() throws {
        #expect(TmuxDriver.available, "tmux is needed for the console tests (.ci/run installs it)")
        let tend = TendRunner()
        let desk = tend.path("desk")
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "20"]).status == 0)
        let pidFile = tend.path("console.pid")
        let tmux = try TmuxDriver(width: 80, height: 24, environment: ["LANG": "C.UTF-8"])
        defer { tmux.stop() }
        try tmux.type("setsid -w sh -c 'echo $$ > \(pidFile); exec \(TendRunner.binary) --store \(desk) --as li.hua'")
        try tmux.press("Enter")
        try tmux.waitFor("the console") { $0.contains("Queue") }
        let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        defer { kill(pid, SIGKILL) }
        tmux.stop()
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
        #expect(kill(pid, 0) != 0, "the console was still running 5 s after its terminal hung up")
    }
}
