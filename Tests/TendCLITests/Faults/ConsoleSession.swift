import Foundation

/// The console in a private tmux server, started through a shell that writes the console's
/// process id to a file first, so an experiment can kill -9 exactly that process and start the
/// console again in the same terminal.
final class ConsoleSession {
    let tmux: TmuxDriver
    private let pidFile: String
    private let command: String
    /// Where the console keeps this login's drafts (`drafts/<login>` in the desk).
    private let draftFolder: String

    init(tend: TendRunner, desk: String, login: String) throws {
        tmux = try TmuxDriver(width: 120, height: 40, environment: tend.environment.merging(["LANG": "C.UTF-8"]) { $1 })
        pidFile = tend.path("console-\(UUID().uuidString.prefix(8)).pid")
        command = "sh -c 'echo $$ > \(pidFile); exec \(TendRunner.binary) --store \(desk) --as \(login)'"
        draftFolder = (desk as NSString).appendingPathComponent("drafts/\(login)")
    }

    /// Starts the console and returns its first screen, whole. The screen can be caught half
    /// drawn (the queue there, a restored form not yet) on a busy machine, even twice in a row,
    /// so what the first screen must show is decided from the disk: when a draft was left, the
    /// console either brings its form back or says it was already saved, and the screen is not
    /// taken before it shows one of those. (Taken too early, the next note was typed into the
    /// restored form, and was stored inside the earlier one's text.)
    @discardableResult
    func start() throws -> String {
        unlink(pidFile)
        let draftLeft = hasDraft
        try tmux.type(command)
        try tmux.press("Enter")
        var last = try tmux.waitFor("the console") { $0.contains("Queue") }
        return try tmux.waitFor("the console to settle") { screen in
            defer { last = screen }
            let draftSettled = !draftLeft || screen.contains("Your unfinished form is back") || screen.contains("had already been saved")
            return screen == last && screen.contains("Queue") && draftSettled
        }
    }

    /// Whether a draft is on disk for the console to bring back (or drop, if it was saved).
    var hasDraft: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: draftFolder)) ?? []).contains { $0.hasSuffix(".json") }
    }

    var pid: pid_t? {
        (try? String(contentsOfFile: pidFile, encoding: .utf8)).flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// Kills the console outright and gets the terminal back. Killed, the console cannot restore
    /// the terminal: it is left in raw mode, where Enter is not a line end, so the shell is given
    /// Ctrl-J and `stty sane`, and the screen is cleared so what follows is the next console's.
    /// Nothing more is typed until the shell has printed a marker after all that: keys typed
    /// while the terminal is still raw would reach the shell without a line end.
    func killHard() throws {
        guard let pid else { return }
        kill(pid, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(10_000) }
        try tmux.press("C-j")
        try tmux.type("stty sane; clear; echo console-$((6 * 7))")
        try tmux.press("C-j")
        try tmux.waitFor("the shell back") { !$0.contains("Queue") && $0.contains("console-42") }
    }

    func stop() {
        if let pid { kill(pid, SIGKILL) }
        tmux.stop()
    }
}
