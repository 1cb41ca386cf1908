import Foundation
import PostgresNIO
import TendCore

/// A team's desk in PostgreSQL: the same records under the same sequence numbers as the file
/// journal, each in a row of `tend.commits` whose actor the database sets from the session.
///
/// Writers do not take turns: each validates against the newest change it has read and inserts
/// under the next sequence; when another writer committed that sequence first, the insert is
/// refused (23505) and `append` returns nil, so the store catches up and validates again. When the
/// connection is lost during COMMIT, the outcome is looked up by the commit's id after
/// reconnecting, never guessed.
public final class PostgresEventLog: WatchableLog, PresenceLog {
    public let url: DatabaseURL
    /// The role the server authenticated: every change this log writes is recorded as theirs.
    public let sessionUser: String
    var connection: DatabaseConnection
    /// The server process serving `connection` (`pg_backend_pid()`).
    var backendProcess: Int32?
    var mayReadContacts: Bool
    let mayWriteSnapshots: Bool
    let identity: [UInt8]
    /// The newest change read or written.
    var newest: UInt64 = 0
    var policyVersion: Int64 = 0
    var policy: Policy?
    /// Bytes of history since the newest snapshot: past `compactionThreshold`, a supervisor's
    /// commit writes a new one.
    var historySinceSnapshot = 0
    public var compactionThreshold = ProcessInfo.processInfo.environment["TEND_COMPACT_AFTER_BYTES"].flatMap(Int.init) ?? 16 << 20
    var notices: [StoreNotice] = []
    /// A commit whose COMMIT got no answer: until it is looked up, no other change is made.
    var inDoubt: CommitInDoubt?

    public var location: String { url.redacted }
    public var policyLocation: String { "\(url.redacted) (tend policy)" }
    public var localDirectory: String { LocalFiles.directory(.data, forDesk: identity) }

    init(url: DatabaseURL, connection: DatabaseConnection, sessionUser: String, identity: [UInt8],
         mayReadContacts: Bool, mayWriteSnapshots: Bool) {
        self.url = url
        self.connection = connection
        self.sessionUser = sessionUser
        self.identity = identity
        self.mayReadContacts = mayReadContacts
        self.mayWriteSnapshots = mayWriteSnapshots
    }

    /// Connects to an existing desk.
    public static func open(_ url: DatabaseURL) throws -> PostgresEventLog {
        let connection = try DatabaseConnection.open(url)
        do {
            let rows = try connection.query("""
                select session_user::text, to_regclass('tend.desk') is not null,
                       case when to_regclass('tend.contacts') is null then false
                            else has_table_privilege('tend.contacts', 'select') end,
                       case when to_regclass('tend.snapshots') is null then false
                            else has_table_privilege('tend.snapshots', 'insert') end
                """)
            let (user, hasDesk, contacts, snapshots) = try rows[0].decode((String, Bool, Bool, Bool).self)
            guard hasDesk else { throw TeamDeskError.noDesk(url: url.redacted) }
            let identityRows = try connection.query("select identity from tend.desk")
            guard let identity = try identityRows.first?.decode(ByteBuffer.self) else { throw TeamDeskError.noDesk(url: url.redacted) }
            let log = PostgresEventLog(url: url, connection: connection, sessionUser: user, identity: Array(identity.readableBytesView),
                                       mayReadContacts: contacts, mayWriteSnapshots: snapshots)
            log.backendProcess = configure(connection)
            return log
        } catch {
            connection.close()
            throw Self.described(error)
        }
    }

    /// The database's notifications of every commit, on a connection of the watch's own.
    public func makeWatch() -> DeskWatch? { try? DatabaseDeskWatch(url: url) }

    /// This console's row in `tend.presence`, on the log's own connection.
    public func makePresence() -> DeskPresence? { PostgresPresence(log: self) }

    public func takeNotices() -> [StoreNotice] {
        defer { notices.removeAll() }
        return notices
    }

    public func whileWriting<T>(_ body: () throws -> T) throws -> T {
        try settleDoubt()
        return try body()
    }

    public func whileReading<T>(_ body: () throws -> T) throws -> T {
        try settleDoubt()
        return try body()
    }

    /// Every role that may write may also write bytes of its own making: a change that does not
    /// fit the desk is left out with a notice naming who wrote it, and the desk stays usable.
    public func damage(in record: JournalRecord, ticket: TicketID) -> StoreError? {
        let writer = record.changes.first?.entry.actor ?? "?"
        notices.append(.fromLog(Bilingual("Change \(record.sequence), written by \(writer), names ticket \(ticket), which does not exist; it was left out.",
                                          "第 \(record.sequence) 项更改（由 \(writer) 写入）涉及的工单 \(ticket) 并不存在，已略去。")))
        return nil
    }

    /// A live connection: the one we have, or a new one when it was lost.
    func live() throws -> DatabaseConnection {
        if connection.isOpen { return connection }
        connection = try DatabaseConnection.open(url)
        backendProcess = Self.configure(connection)
        return connection
    }

    /// A new connection: waits for a row lock (another writer's uncommitted next change) at most
    /// a few seconds, so a stuck client cannot hold everyone up; and its commits are durable when
    /// the server says so, whatever a role's or database's settings say (an acknowledgement that
    /// a crash could take back would be a lie). Returns its server process.
    static func configure(_ connection: DatabaseConnection) -> Int32? {
        guard let row = try? connection.query("""
                  select pg_backend_pid(), set_config('lock_timeout', '5s', false), set_config('synchronous_commit', 'on', false)
                  """).first,
              let (process, _, _) = try? row.decode((Int32, String, String).self) else { return nil }
        return process
    }

    /// Database errors that mean something to Tend's users, said in Tend's words.
    static func described(_ error: Error) -> Error {
        guard let database = error as? DatabaseError else { return error }
        if database.sqlState == DatabaseError.insufficientPrivilege { return TeamDeskError.notPermitted(database) }
        return database
    }
}
