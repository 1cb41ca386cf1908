import Foundation
import Testing
import TendCore
@testable import TendPostgres
import TendPostgresTesting

/// Opening a team desk keeps the database's snapshot on this machine; a damaged copy is fetched again.
@Suite(.needsPostgres)
struct SnapshotCacheTests {
    @Test func aCachedSnapshotIsUsedAndADamagedOneFetchedAgain() throws {
        let cluster = try TestCluster.shared
        let url = cluster.url(database: try cluster.createDatabase())
        let policy = DemoDesk.policy(founder: cluster.superuser)
        let demo = DemoDesk.generate(tickets: 50, seed: 3, now: Date(timeIntervalSince1970: 1_790_000_000), policy: policy)
        let log = try PostgresEventLog.create(url, policy: policy, desk: demo)
        let first = try Store(log: log)
        let folder = SnapshotCache.directory(forDesk: log.identity)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1 && names[0].hasPrefix("snapshot-0-"), "named by sequence and the row's id: \(names)")
        let path = folder + "/" + names[0]
        let cached = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        // The cache is the database's snapshot: without contacts.
        #expect(!String(decoding: cached, as: UTF8.self).contains(demo.tickets[0].customer.contact))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        var damaged = cached
        damaged[damaged.count / 2] ^= 0xFF
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        let second = try Store(log: PostgresEventLog.open(url))
        #expect(second.desk.tickets == first.desk.tickets)
        #expect(FileManager.default.contents(atPath: path).map { [UInt8]($0) } == cached, "fetched again and cached whole")
    }
}
