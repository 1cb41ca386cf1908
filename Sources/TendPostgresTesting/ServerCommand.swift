import Foundation

/// Runs one of PostgreSQL's programs for a test cluster, as the server's OS user when we are root.
///
/// Not Foundation's `Process`: it watches a descriptor for the child's end, and the server that
/// `pg_ctl start` leaves running inherited it, so waiting never ended (seen here). This spawns
/// with every descriptor but the three standard ones closed, and reaps with waitpid.
struct ServerCommand {
    let installation: PostgresInstallation
    /// The cluster's directory: the program runs there and its output goes to a file there.
    let directory: String

    func run(_ program: String, _ arguments: [String]) throws(TestClusterError) {
        // The shell only moves into the cluster's directory, which the server's user can enter.
        var argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory, program] + arguments
        if let runAs = installation.runAs { argv = [runAs.runuser, "-u", runAs.user, "--"] + argv }
        let outputPath = directory + "/command.log"
        let shown = ([program] + arguments).joined(separator: " ")
        let status = try spawnAndWait(argv, output: outputPath)
        guard status == 0 else {
            let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw .commandFailed(command: shown, status: status, output: output)
        }
    }

    private func spawnAndWait(_ argv: [String], output: String) throws(TestClusterError) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let open = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) >= 0 { posix_spawn_file_actions_addclose(&actions, fd) }
        // Only what the programs need: the caller's PG* variables must not reach them.
        let environment = ["PATH=/usr/bin:/bin", "LC_ALL=C"]
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, &cEnvironment)
        guard result == 0 else {
            throw .commandFailed(command: argv.joined(separator: " "), status: -1, output: String(cString: strerror(result)))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
