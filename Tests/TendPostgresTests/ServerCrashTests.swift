import Foundation
import Testing
import TendCore
import TendPostgresTesting
@testable import TendPostgres

/// Each test crashes a private cluster (`stop -m immediate`). Serialized: starting clusters
/// side by side only slows each other on two cores.
@Suite(.needsPostgres, .serialized) struct ServerCrashTests {
    @Test func aQueryAfterTheServerCrashedIsLostWithinTheTimeoutNeverHangs() throws {
        let cluster = try TestCluster.start()
        let database = try cluster.createDatabase()
        let idle = try DatabaseConnection.open(cluster.url(database: database))
        let inTransaction = try DatabaseConnection.open(cluster.url(database: database))
        try inTransaction.execute("begin")
        try cluster.stop(immediate: true)
        for connection in [idle, inTransaction] {
            let started = ContinuousClock.now
            #expect(throws: DatabaseError.lost(duringCommit: false)) {
                try connection.execute("select 1", timeout: .seconds(3))
            }
            #expect(ContinuousClock.now - started < .seconds(3))
            #expect(!connection.isOpen)
        }
        #expect(throws: DatabaseError.self) { _ = try DatabaseConnection.open(cluster.url(database: database)) }
        try cluster.start()
        let fresh = try DatabaseConnection.open(cluster.url(database: database))
        #expect(try fresh.sessionUser() == cluster.superuser)
        #expect(throws: DatabaseError.lost(duringCommit: false)) { try idle.execute("select 1") }
    }

    @Test func aStoppedServerIsUnreachableWithItsReason() throws {
        let cluster = try TestCluster.start()
        try cluster.stop(immediate: false)
        let url = cluster.url(database: "postgres")
        #expect(throws: DatabaseError.unreachable(url: url.redacted, reason: Bilingual("nothing is listening there (is PostgreSQL running?).", "那里没有数据库服务在监听（PostgreSQL 是否已启动？）。"))) {
            _ = try DatabaseConnection.open(url)
        }
    }

    @Test func theListenerGoesOfflineWhenTheServerCrashesAndListensAgainAfterItStarts() async throws {
        let cluster = try TestCluster.start()
        let database = try cluster.createDatabase()
        let log = ListenerLog()
        let listener = DatabaseListener(url: cluster.url(database: database), channel: "tend_events",
                                        onNotification: log.received, onState: log.changed)
        defer { listener.stop() }
        #expect(await eventually { log.states == [.listening] })

        try cluster.stop(immediate: true)
        let offline = ListenerState.offline(reason: Bilingual("the connection to the database was lost.", "与数据库的连接已中断。"))
        #expect(await eventually(within: .seconds(3)) { log.states.count >= 2 })
        #expect(log.states.dropFirst().first == offline)

        try cluster.start()
        #expect(await eventually { log.states.last == .listening })
        try cluster.adminSQL("select pg_notify('tend_events', '42')", database: database)
        #expect(await eventually { log.payloads == ["42"] })
    }

    @Test func aListenerWithNoServerStaysOfflineAndStopsAtOnce() async throws {
        let url = DatabaseURL(user: "someone", endpoint: .socket(path: "/tmp/tend-no-such-dir/.s.PGSQL.5432"), database: "d")
        let log = ListenerLog()
        let listener = DatabaseListener(url: url, channel: "tend_events", onNotification: log.received, onState: log.changed)
        #expect(await eventually { !log.states.isEmpty })
        #expect(log.states == [.offline(reason: Bilingual("nothing is listening there (is PostgreSQL running?).", "那里没有数据库服务在监听（PostgreSQL 是否已启动？）。"))])
        try await Task.sleep(for: .milliseconds(700))   // a few retries, each failing the same way
        #expect(log.states.count == 1, "the same outage is reported once")
        let started = ContinuousClock.now
        listener.stop()
        #expect(ContinuousClock.now - started < .milliseconds(500))
    }
}
