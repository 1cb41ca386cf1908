import Foundation

/// Drives the real binary in a private tmux server, as a user at a terminal would: send keys,
/// read the screen, wait (polling, with a timeout) for what should appear.
final class TmuxDriver {
    let socket = "tend-test-\(getpid())-\(UUID().uuidString.prefix(6))"
    let session = "t"

    init(width: Int, height: Int, environment: [String: String]) throws {
        var env = ["LANG=C.UTF-8", "TERM=xterm-256color"]
        env += environment.map { "\($0.key)=\($0.value)" }
        try tmux(["new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "env " + env.joined(separator: " ") + " sh"])
    }

    /// Ends the private tmux server and everything in it. Tests call it with `defer`: a test
    /// framework may keep the driver alive past the test, so `deinit` alone is not enough.
    /// The server has been seen to outlive kill-server here (idle, socket gone), so its process
    /// is ended too.
    func stop() {
        let pid = pid_t((try? tmux(["display-message", "-p", "#{pid}"]))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
        _ = try? tmux(["kill-server"])
        guard let pid, pid > 1 else { return }
        for _ in 0..<20 where kill(pid, 0) == 0 { usleep(10_000) }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }

    deinit { stop() }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { unlink(output) }
        let spawned = try Spawned.start("tmux", ["-L", socket] + arguments, environment: ProcessInfo.processInfo.environment,
                                        stdout: output, stderr: "/dev/null")
        _ = spawned.wait()
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }
    func screen() throws -> String { try tmux(["capture-pane", "-t", session, "-p"]) }
    func resize(_ width: Int, _ height: Int) throws { try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"]) }

    /// Polls the screen until `condition` holds, or fails after `timeout` seconds with the screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Timeout(what: what, screen: last)
    }

    struct Timeout: Error, CustomStringConvertible {
        let what: String
        let screen: String
        var description: String { "timed out waiting for \(what); the screen was:\n\(screen)" }
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }
}
