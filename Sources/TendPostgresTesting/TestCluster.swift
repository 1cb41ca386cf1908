import Foundation
import TendPostgres

/// A private, throwaway PostgreSQL cluster for tests: its own temporary directory, a Unix socket
/// there and no TCP port, trust authentication (so a test can connect as any role name, which is
/// how tests act as several people), removed when the process exits. Never the system's cluster.
public final class TestCluster: Sendable {
    /// The cluster's superuser role.
    public let superuser = "tend_admin_test"
    /// Holds the data directory, the socket, and the server's log (`server.log`).
    public let directory: String
    /// Only names the socket file: the cluster listens on no TCP port.
    public let port: Int
    private let installation: PostgresInstallation
    private let running = Locked(false)

    public var dataDirectory: String { directory + "/data" }
    public var socketDirectory: String { directory }
    public var isRunning: Bool { running.current }

    // MARK: Availability

    /// Nil when PostgreSQL's server programs are here; otherwise the sentence saying why database tests are skipped.
    public static var unavailableReason: String? {
        if case .failure(let missing) = PostgresInstallation.found { return missing.skipReason }
        return nil
    }

    /// `TEND_REQUIRE_POSTGRES=1` (CI sets it): a missing PostgreSQL fails the database tests instead of skipping them.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["TEND_REQUIRE_POSTGRES"] == "1" }

    /// Whether database tests should run: when PostgreSQL is here, and always when it is required
    /// (they then fail on `shared`, saying why).
    public static var testsRun: Bool { unavailableReason == nil || isRequired }

    // MARK: Starting

    private static let sharedCluster = Locked<Result<TestCluster, TestClusterError>?>(nil)

    /// One cluster for the whole test process, started on first use. A failure to start is kept,
    /// so every test reports it rather than each trying again.
    public static var shared: TestCluster {
        get throws(TestClusterError) {
            try sharedCluster.withLock { cached in
                if cached == nil { cached = Result { () throws(TestClusterError) in try TestCluster.start() } }
                return cached!
            }.get()
        }
    }

    /// A cluster of one's own, for tests that stop and start the server.
    public static func start() throws(TestClusterError) -> TestCluster {
        let installation: PostgresInstallation
        switch PostgresInstallation.found {
        case .success(let found): installation = found
        case .failure(let missing): throw .unavailable(isRequired ? missing.requiredFailure : missing.skipReason)
        }
        ClusterJanitor.prepare()
        let directory = try ClusterJanitor.makeDirectory(serverUser: installation.runAs?.user)
        let cluster = TestCluster(directory: directory, port: Int.random(in: 20_000..<60_000), installation: installation)
        ClusterJanitor.register(directory)
        try cluster.command.run(installation.initdb, ["-D", cluster.dataDirectory, "--auth=trust", "-U", cluster.superuser,
                                                       "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"])
        try cluster.start()
        return cluster
    }

    private init(directory: String, port: Int, installation: PostgresInstallation) {
        self.directory = directory
        self.port = port
        self.installation = installation
    }

    private var command: ServerCommand { ServerCommand(installation: installation, directory: directory) }

    /// Starts the server on the same data directory (after `stop`, with crash recovery after an immediate one).
    public func start() throws(TestClusterError) {
        try running.withLock { (running: inout Bool) throws(TestClusterError) in
            guard !running else { return }
            let options = "-k \(socketDirectory) -c listen_addresses='' -p \(port) -c fsync=on"
            try command.run(installation.pgCtl, ["-D", dataDirectory, "-l", directory + "/server.log", "-w", "-t", "60", "-o", options, "start"])
            running = true
        }
    }

    /// Stops the server; `immediate` is a crash as far as clients can tell (no goodbye, recovery at the next start).
    public func stop(immediate: Bool) throws(TestClusterError) {
        try running.withLock { (running: inout Bool) throws(TestClusterError) in
            guard running else { return }
            try command.run(installation.pgCtl, ["-D", dataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60", "stop"])
            running = false
        }
    }

    // MARK: Using it

    /// Where to connect: as `user` (the superuser when nil) to `database`. Trust authentication
    /// accepts any existing role name without a password.
    public func url(database: String, user: String? = nil) -> DatabaseURL {
        DatabaseURL(user: user ?? superuser, endpoint: .socket(path: DatabaseURL.socketFile(directory: socketDirectory, port: port)),
                    database: database, tls: .disable)
    }

    /// A new, empty database with a name no other test uses.
    public func createDatabase() throws -> String {
        let name = "tend_test_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        try adminSQL("create database \(name)")
        return name
    }

    /// Runs statements as the superuser, one at a time (postgres-nio takes one statement per call).
    public func adminSQL(_ statements: String..., database: String = "postgres") throws {
        let connection = try DatabaseConnection.open(url(database: database))
        defer { connection.close() }
        for statement in statements { try connection.execute(statement) }
    }
}
