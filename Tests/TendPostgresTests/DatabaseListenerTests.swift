import Foundation
import Testing
import TendCore
import TendPostgresTesting
@testable import TendPostgres

/// What a listener reported, in order.
final class ListenerLog: Sendable {
    private let events = Locked<(payloads: [String], states: [ListenerState])>(([], []))
    var payloads: [String] { events.current.payloads }
    var states: [ListenerState] { events.current.states }
    var received: @Sendable (String) -> Void { { payload in self.events.withLock { $0.payloads.append(payload) } } }
    var changed: @Sendable (ListenerState) -> Void { { state in self.events.withLock { $0.states.append(state) } } }
}

@Suite(.needsPostgres) struct DatabaseListenerTests {
    @Test func notificationsFromAnotherConnectionArriveInOrder() async throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let log = ListenerLog()
        let listener = DatabaseListener(url: cluster.url(database: database), channel: "tend_events",
                                        onNotification: log.received, onState: log.changed)
        defer { listener.stop() }
        #expect(await eventually { log.states == [.listening] })
        let writer = try DatabaseConnection.open(cluster.url(database: database))
        for seq in 1...5 { try writer.query("select pg_notify('tend_events', \(String(seq)))") }
        try writer.execute("begin")
        try writer.execute("select pg_notify('tend_events', 'rolled back')")
        try writer.execute("rollback")
        try writer.execute("select pg_notify('other_channel', 'elsewhere')")
        try writer.execute("select pg_notify('tend_events', 'last')")
        #expect(await eventually { log.payloads.last == "last" })
        #expect(log.payloads == ["1", "2", "3", "4", "5", "last"])
    }

    @Test func stopEndsListeningAndClosesTheConnection() async throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let log = ListenerLog()
        let listener = DatabaseListener(url: cluster.url(database: database), channel: "tend_events",
                                        onNotification: log.received, onState: log.changed)
        #expect(await eventually { log.states == [.listening] })
        let observer = try DatabaseConnection.open(cluster.url(database: "postgres"))
        let backends: () throws -> Int64 = {
            try observer.query("select count(*) from pg_stat_activity where datname = \(database)").first?.decode(Int64.self) ?? -1
        }
        #expect(try backends() == 1)
        listener.stop()
        listener.stop()
        #expect(await eventually { (try? backends()) == 0 })
        try cluster.adminSQL("select pg_notify('tend_events', 'after stop')", database: database)
        try await Task.sleep(for: .milliseconds(100))
        #expect(log.payloads.isEmpty)
        #expect(log.states == [.listening])
    }
}
