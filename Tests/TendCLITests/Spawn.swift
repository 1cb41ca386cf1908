import Foundation

/// Starts a program with its output in files and reaps it with waitpid. The tests do not use
/// Foundation's Process: it watches a descriptor for the child's end, and a tmux server started
/// at the same moment by another test can inherit that descriptor and stall it for ever.
struct Spawned {
    let pid: pid_t
    let stdout: String
    let stderr: String

    /// Waits for the program; `signal` is set when it was killed by one.
    func wait() -> (status: Int32, signal: Int32?) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signalled = status & 0x7F
        return signalled == 0 ? ((status >> 8) & 0xFF, nil) : (128 + signalled, signalled)
    }

    static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                      stdout: String, stderr: String) throws -> Spawned {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Nothing else of the test process may leak into the child (a tmux server lives on).
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = [executable] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawnp(&pid, executable, &actions, nil, &cArguments, &cEnvironment)
        guard result == 0 else { throw SpawnFailure(program: executable, code: result) }
        return Spawned(pid: pid, stdout: stdout, stderr: stderr)
    }

    struct SpawnFailure: Error, CustomStringConvertible {
        let program: String
        let code: Int32
        var description: String { "cannot start \(program): \(String(cString: strerror(code)))" }
    }
}
