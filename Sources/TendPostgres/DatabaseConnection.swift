import PostgresNIO
import TendCore

/// One dedicated connection to a desk's database, used synchronously from plain code (Tend's CLI
/// and console have no async context). No pool: a pool query waits silently while the server is
/// down, and the console must know at once that it is offline.
///
/// Once a call times out or the connection is lost, this object is closed for good and every
/// later call throws `.lost` at once; the caller reconnects by opening a new one.
public final class DatabaseConnection: Sendable {
    public let url: DatabaseURL
    /// How long a statement may take when the caller gives no timeout.
    public let queryTimeout: Duration
    private let connection: PostgresConnection
    private let state = Locked(State())

    private struct State {
        var closed = false
        /// Followed from command tags, so a lost statement can say whether it could have committed.
        var inTransaction = false
    }

    private init(url: DatabaseURL, connection: PostgresConnection, queryTimeout: Duration) {
        self.url = url
        self.connection = connection
        self.queryTimeout = queryTimeout
    }

    deinit { Self.closeQuietly(connection) }

    /// Connects and authenticates, or throws `.unreachable` with one sentence saying why.
    public static func open(_ url: DatabaseURL, timeout: Duration = .seconds(5), queryTimeout: Duration = .seconds(30)) throws(DatabaseError) -> DatabaseConnection {
        let connecting: EventLoopFuture<PostgresConnection>
        do {
            connecting = try ConnectionSettings.connect(url, timeout: timeout)
        } catch {
            throw .unreachable(url: url.redacted, reason: ConnectFailure.reason(error, url: url))
        }
        switch FutureWait.blocking(connecting, timeout: timeout) {
        case nil:
            // It may still succeed later: close it then, or it would linger unused.
            connecting.whenSuccess { closeQuietly($0) }
            throw .unreachable(url: url.redacted, reason: ConnectFailure.noAnswer(within: timeout.seconds))
        case .failure(let error):
            throw .unreachable(url: url.redacted, reason: ConnectFailure.reason(error, url: url))
        case .success(let connection):
            return DatabaseConnection(url: url, connection: connection, queryTimeout: queryTimeout)
        }
    }

    /// Runs one statement and collects its rows (decode them with `row.decode((Int64, String).self)`).
    /// Values go in as binds through interpolation: `"select … where seq > \(last)"`.
    @discardableResult
    public func query(_ query: PostgresQuery, timeout: Duration? = nil) throws(DatabaseError) -> [PostgresRow] {
        let couldCommit = try beginStatement(query.sql)
        let running = connection.query(query, logger: ConnectionSettings.logger)
        switch FutureWait.blocking(running, timeout: timeout ?? queryTimeout) {
        case nil:
            // Abandon the call: it may never return. Closing makes the server roll back an open transaction.
            close()
            throw .lost(duringCommit: couldCommit)
        case .success(let result):
            state.withLock { $0.inTransaction = Self.inTransaction(after: result.metadata.command, before: $0.inTransaction) }
            return result.rows
        case .failure(let error):
            throw classify(error, couldCommit: couldCommit)
        }
    }

    /// Runs one statement given as text, without binds (DDL, BEGIN, COMMIT, SET ROLE …).
    /// postgres-nio 1.33.2 speaks only the extended query protocol, which takes one statement
    /// per call: several separated by `;` are refused by the server (SQLSTATE 42601).
    public func execute(_ sql: String, timeout: Duration? = nil) throws(DatabaseError) {
        try query(PostgresQuery(unsafeSQL: sql), timeout: timeout)
    }

    /// The role the server authenticated: who this connection acts as, whatever `SET ROLE` says.
    public func sessionUser() throws(DatabaseError) -> String {
        let rows = try query("select session_user::text")
        guard let row = rows.first, let name = try? row.decode(String.self) else {
            throw .refused(sqlState: "", message: "select session_user returned no name")
        }
        return name
    }

    /// False once closed by `close()`, a timeout, or the server going away.
    public var isOpen: Bool { !state.current.closed && !connection.isClosed }

    public func close() {
        let wasOpen = state.withLock { state in defer { state.closed = true }; return !state.closed }
        if wasOpen { Self.closeQuietly(connection) }
    }

    /// Refuses at once on a closed connection — a query sent there would never return — and says
    /// whether a loss from here on could leave a commit in doubt.
    private func beginStatement(_ sql: String) throws(DatabaseError) -> Bool {
        if connection.isClosed { close() }
        let (closed, inTransaction) = state.withLock { ($0.closed, $0.inTransaction) }
        guard !closed else { throw .lost(duringCommit: false) }
        return !inTransaction || Self.isCommit(sql)
    }

    private func classify(_ error: any Error, couldCommit: Bool) -> DatabaseError {
        if let psql = error as? PSQLError, let info = psql.serverInfo, let sqlState = info[.sqlState] {
            // FATAL and PANIC end the session (an administrator's or the server's shutdown, say).
            let severity = info[.severity] ?? ""
            if severity != "FATAL" && severity != "PANIC" && !connection.isClosed {
                return .refused(sqlState: sqlState, message: info[.message] ?? "")
            }
        }
        // Anything else is the connection failing under the statement; postgres-nio closes it.
        close()
        return .lost(duringCommit: couldCommit)
    }

    /// COMMIT or END (its synonym): the statement whose loss leaves its transaction's fate unknown.
    static func isCommit(_ sql: String) -> Bool {
        let firstWord = sql.drop(while: { $0.isWhitespace }).prefix(while: { $0.isLetter }).uppercased()
        return firstWord == "COMMIT" || firstWord == "END"
    }

    /// The server's command tag says whether a transaction is now open.
    static func inTransaction(after command: String, before: Bool) -> Bool {
        switch command {
        case "BEGIN", "START TRANSACTION": return true
        case "COMMIT", "ROLLBACK", "PREPARE TRANSACTION": return false
        default: return before
        }
    }

    /// postgres-nio asserts that a connection is closed before it is freed: the callback keeps it
    /// alive until the close has finished.
    static func closeQuietly(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in withExtendedLifetime(connection) {} }
    }
}
