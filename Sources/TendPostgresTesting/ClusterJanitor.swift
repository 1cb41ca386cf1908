import Foundation
import TendPostgres

/// Makes test clusters' directories and leaves nothing behind: at exit it stops this process's
/// servers (as `-m immediate` does) and removes their directories; a process that died before
/// it could do so has its leftovers removed by the next test process.
enum ClusterJanitor {
    private static let prefix = "tend-pg-"
    private static let ownerFile = "owner.pid"
    private static let directories = Locked<[String]>([])

    /// Registers the exit handler and sweeps leftovers, once per process.
    static func prepare() { _ = preparedOnce }

    private static let preparedOnce: Void = {
        atexit { ClusterJanitor.removeAll() }
        sweepLeftovers()
    }()

    /// A fresh directory under /tmp (short: a socket path may not exceed 107 bytes), readable by
    /// everyone so tests running as other OS users can reach the socket, owned by the server's user.
    static func makeDirectory(serverUser: String?) throws(TestClusterError) -> String {
        var template = Array("/tmp/\(prefix)XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw .filesystem("mkdtemp failed: \(String(cString: strerror(errno)))") }
        let directory = String(cString: made)
        chmod(directory, 0o755)
        try? "\(getpid())\n".write(toFile: directory + "/" + ownerFile, atomically: false, encoding: .utf8)
        if let serverUser, let entry = getpwnam(serverUser) {
            guard chown(directory, entry.pointee.pw_uid, entry.pointee.pw_gid) == 0 else {
                throw .filesystem("cannot give \(directory) to \(serverUser): \(String(cString: strerror(errno)))")
            }
        }
        return directory
    }

    static func register(_ directory: String) { directories.withLock { $0.append(directory) } }

    private static func removeAll() {
        for directory in directories.current { remove(directory) }
    }

    /// Directories whose owning test process is gone (it crashed or was killed).
    private static func sweepLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/tmp")) ?? []
        for name in names where name.hasPrefix(prefix) {
            let directory = "/tmp/" + name
            guard let text = try? String(contentsOfFile: directory + "/" + ownerFile, encoding: .utf8),
                  let owner = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { continue }
            if kill(owner, 0) != 0 && errno == ESRCH { remove(directory) }
        }
    }

    private static func remove(_ directory: String) {
        stopServer(dataDirectory: directory + "/data")
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// SIGQUIT is the postmaster's immediate shutdown. Sent directly rather than through pg_ctl:
    /// this runs at exit, where starting programs is best avoided.
    private static func stopServer(dataDirectory: String) {
        guard let text = try? String(contentsOfFile: dataDirectory + "/postmaster.pid", encoding: .utf8),
              let firstLine = text.split(separator: "\n").first, let pid = pid_t(firstLine),
              isPostgres(pid) else { return }
        kill(pid, SIGQUIT)
        for _ in 0..<500 where kill(pid, 0) == 0 { usleep(10_000) }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }

    /// A stale pid file can name a process that is no longer the server.
    private static func isPostgres(_ pid: pid_t) -> Bool {
        guard let command = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return false }
        return command.hasPrefix("postgres")
    }
}
