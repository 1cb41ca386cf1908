import Foundation
import Testing
import TendCore
import TendPostgresTesting
@testable import TendPostgres

/// Against the process's shared test cluster: each test makes its own database.
@Suite(.needsPostgres) struct DatabaseConnectionTests {
    @Test func theSessionUserIsTheURLsUser() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let admin = try DatabaseConnection.open(cluster.url(database: database))
        #expect(try admin.sessionUser() == cluster.superuser)
        try cluster.adminSQL("create role conn_handler1 login")
        let handler = try DatabaseConnection.open(cluster.url(database: database, user: "conn_handler1"))
        #expect(try handler.sessionUser() == "conn_handler1")
        #expect(handler.isOpen)
    }

    @Test func valuesGoInAsBindsAndRowsDecode() throws {
        let cluster = try TestCluster.shared
        let connection = try DatabaseConnection.open(cluster.url(database: try cluster.createDatabase()))
        try connection.execute("create table events (seq bigint primary key, actor text not null)")
        let actor = "o'brien; drop table events"
        try connection.query("insert into events values (\(Int64(1)), \(actor))")
        let rows = try connection.query("select seq, actor from events where seq >= \(Int64(1))")
        #expect(try rows.map { try $0.decode((Int64, String).self) }.map { "\($0.0) \($0.1)" } == ["1 \(actor)"])
    }

    @Test func aUniqueViolationComesBackWithItsSQLState() throws {
        let cluster = try TestCluster.shared
        let connection = try DatabaseConnection.open(cluster.url(database: try cluster.createDatabase()))
        try connection.execute("create table events (seq bigint primary key)")
        try connection.execute("insert into events values (1)")
        #expect {
            try connection.execute("insert into events values (1)")
        } throws: { error in
            guard case DatabaseError.refused(let sqlState, let message) = error else { return false }
            return sqlState == DatabaseError.uniqueViolation && message.contains("events_pkey")
        }
        #expect(connection.isOpen, "a refusal leaves the connection usable")
        #expect(try connection.query("select count(*) from events").first?.decode(Int64.self) == 1)
    }

    @Test func aRoleWithoutRightsIsRefusedWithInsufficientPrivilege() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        try cluster.adminSQL("create table contacts (ticket bigint primary key, contact text)", database: database)
        try cluster.adminSQL("create role conn_trainee1 login")
        let trainee = try DatabaseConnection.open(cluster.url(database: database, user: "conn_trainee1"))
        var caught: DatabaseError?
        do { try trainee.query("select contact from contacts") } catch { caught = error }
        #expect(caught == .refused(sqlState: DatabaseError.insufficientPrivilege, message: "permission denied for table contacts"))
        #expect(caught?.text.zh == "数据库拒绝执行：「permission denied for table contacts」（SQLSTATE 42501）。")
    }

    /// postgres-nio 1.33.2 has only the extended query protocol: one statement per call.
    @Test func severalStatementsInOneCallAreRefusedByTheServer() throws {
        let cluster = try TestCluster.shared
        let connection = try DatabaseConnection.open(cluster.url(database: try cluster.createDatabase()))
        #expect(throws: DatabaseError.refused(sqlState: "42601", message: "cannot insert multiple commands into a prepared statement")) {
            try connection.execute("create table a (x int); create table b (y int)")
        }
    }

    @Test func aMissingDatabaseIsUnreachableAndSaysSo() throws {
        let cluster = try TestCluster.shared
        let url = cluster.url(database: "no_such_desk")
        #expect(throws: DatabaseError.unreachable(url: url.redacted, reason: Bilingual("there is no database named no_such_desk.", "没有名为 no_such_desk 的数据库。"))) {
            _ = try DatabaseConnection.open(url)
        }
    }

    @Test func aMissingRoleIsUnreachableAndSaysSo() throws {
        let cluster = try TestCluster.shared
        let url = cluster.url(database: "postgres", user: "ghost")
        var caught: DatabaseError?
        do { _ = try DatabaseConnection.open(url) } catch { caught = error }
        #expect(caught?.text.en == "Cannot reach the desk's database at \(url.redacted): the database has no role named ghost; ask its administrator to create it.")
        #expect(caught?.text.zh == "无法连接工作台的数据库 \(url.redacted)：数据库中没有名为 ghost 的角色；请联系数据库管理员创建。")
    }

    @Test func nothingListeningIsUnreachableAndSaysSo() throws {
        let url = DatabaseURL(user: "someone", endpoint: .socket(path: "/tmp/tend-no-such-dir/.s.PGSQL.5432"), database: "d")
        let started = ContinuousClock.now
        var caught: DatabaseError?
        do { _ = try DatabaseConnection.open(url) } catch { caught = error }
        #expect(caught?.text.en == "Cannot reach the desk's database at postgresql://someone@/d?host=/tmp/tend-no-such-dir: nothing is listening there (is PostgreSQL running?).")
        #expect(caught?.text.zh == "无法连接工作台的数据库 postgresql://someone@/d?host=/tmp/tend-no-such-dir：那里没有数据库服务在监听（PostgreSQL 是否已启动？）。")
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    @Test func nothingListeningOnATCPPortIsUnreachable() throws {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        let url = DatabaseURL(user: "someone", endpoint: .tcp(host: "127.0.0.1", port: 1), database: "d", tls: .disable)
        var caught: DatabaseError?
        do { _ = try DatabaseConnection.open(url) } catch { caught = error }
        #expect(caught == .unreachable(url: url.redacted, reason: Bilingual("nothing is listening there (is PostgreSQL running?).", "那里没有数据库服务在监听（PostgreSQL 是否已启动？）。")))
    }

    @Test func aStatementThatTakesTooLongIsAbandonedAndTheConnectionClosed() throws {
        let cluster = try TestCluster.shared
        let connection = try DatabaseConnection.open(cluster.url(database: try cluster.createDatabase()))
        let started = ContinuousClock.now
        #expect(throws: DatabaseError.lost(duringCommit: true)) {
            try connection.execute("select pg_sleep(10)", timeout: .milliseconds(300))
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(!connection.isOpen)
        let again = ContinuousClock.now
        #expect(throws: DatabaseError.lost(duringCommit: false)) { try connection.execute("select 1") }
        #expect(ContinuousClock.now - again < .milliseconds(100))
    }

    @Test func insideATransactionALostStatementCouldNotHaveCommitted() throws {
        let cluster = try TestCluster.shared
        let connection = try DatabaseConnection.open(cluster.url(database: try cluster.createDatabase()))
        try connection.execute("begin")
        #expect(throws: DatabaseError.lost(duringCommit: false)) {
            try connection.execute("select pg_sleep(10)", timeout: .milliseconds(200))
        }
    }

    @Test func afterCloseEveryCallIsLostAtOnce() throws {
        let cluster = try TestCluster.shared
        let connection = try DatabaseConnection.open(cluster.url(database: "postgres"))
        connection.close()
        connection.close()
        #expect(!connection.isOpen)
        #expect(throws: DatabaseError.lost(duringCommit: false)) { try connection.sessionUser() }
    }

    @Test func theTransactionIsFollowedFromCommandTags() {
        #expect(DatabaseConnection.inTransaction(after: "BEGIN", before: false))
        #expect(DatabaseConnection.inTransaction(after: "START TRANSACTION", before: false))
        #expect(DatabaseConnection.inTransaction(after: "INSERT", before: true))
        #expect(!DatabaseConnection.inTransaction(after: "COMMIT", before: true))
        #expect(!DatabaseConnection.inTransaction(after: "ROLLBACK", before: true))
        #expect(!DatabaseConnection.inTransaction(after: "SELECT", before: false))
        #expect(DatabaseConnection.isCommit("  commit"))
        #expect(DatabaseConnection.isCommit("END;"))
        #expect(!DatabaseConnection.isCommit("select 'commit'"))
    }

    @Test func lostMessagesSayWhetherTheChangeIsInDoubt() {
        #expect(DatabaseError.lost(duringCommit: true).message(.en) == "The connection to the desk's database was lost (or it stopped answering) while a change was being committed: the change may or may not be recorded.")
        #expect(DatabaseError.lost(duringCommit: false).message(.zh) == "与工作台数据库的连接中断（或数据库无响应）；进行中的操作未被记录。")
    }
}

extension DatabaseConnectionTests {
    /// The server says FATAL (57P01 here) and hangs up: that is a lost connection, not a refusal,
    /// and a statement outside a transaction may have committed.
    @Test func aSessionTheServerEndsMidStatementIsLostNotRefused() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let victim = try DatabaseConnection.open(cluster.url(database: database))
        let pid = try #require(try victim.query("select pg_backend_pid()").first?.decode(Int32.self))
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(300)) {
            try? cluster.adminSQL("select pg_terminate_backend(\(pid))")
        }
        #expect(throws: DatabaseError.lost(duringCommit: true)) { try victim.execute("select pg_sleep(10)", timeout: .seconds(8)) }
        #expect(!victim.isOpen)
    }
}
