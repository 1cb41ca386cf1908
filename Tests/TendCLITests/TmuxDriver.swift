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

    deinit { _ = try? tmux(["kill-server"]) }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        // tmux is spawned and reaped by hand: the server that new-session starts inherits a
        // descriptor Foundation's Process watches, and waitUntilExit then never returns.
        let output = NSTemporaryDirectory() + "tmux-out-\(UUID().uuidString)"
        defer { unlink(output) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Nothing else of ours may leak into the long-lived tmux server: Foundation's own
        // descriptors in there would stall every later Process.waitUntilExit.
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw Timeout(what: "tmux to start (error \(spawned))", screen: "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
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
