import Foundation
import TendCore
import TendPostgres
import TendPostgresTesting
#if canImport(Glibc)
import Glibc
#endif

/// `tend-bench team [--sizes N,N]`: the team desk in PostgreSQL side by side with the file desk,
/// in one run on one machine. The server is a private throwaway cluster (the same one the tests
/// use), with fsync and synchronous commit on, over its Unix socket.
enum TeamBench {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func run(sizes: [Int]) throws {
        let cluster = try TestCluster.start()
        defer { try? cluster.stop(immediate: false) }
        let founder = cluster.superuser
        let policy = DemoDesk.policy(founder: founder)
        let actor = policy.member(founder)!
        print("tend-bench team: \(ProcessInfo.processInfo.activeProcessorCount) cores, PostgreSQL private cluster on a Unix socket")
        let cacheRoot = NSTemporaryDirectory() + "tend-bench-cache-\(getpid())"
        setenv("XDG_CACHE_HOME", cacheRoot, 1)

        // Small desk: one acknowledged change, and eight writers at once.
        let small = DemoDesk.generate(tickets: 1_000, seed: 42, now: now, policy: policy)
        let directory = NSTemporaryDirectory() + "tend-bench-team-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        let fileStore = try Store.create(at: directory, policy: policy, desk: small)
        let url = cluster.url(database: try cluster.createDatabase(), user: founder)
        let databaseStore = try Store(log: PostgresEventLog.create(url, policy: policy, desk: small))
        print("\n== one acknowledged change (a note with its request id), 1,000 tickets, 300 runs ==")
        for (name, store) in [("file", fileStore), ("database", databaseStore)] {
            var times: [Double] = []
            for n in 0..<300 { times.append(try seconds { try note(store, actor, n) }) }
            print("\(name): median \(ms3(median(times))), p99 \(ms3(percentile(times, 0.99)))")
        }
        print("\n== eight writers at once, 3 s each (one Store each, notes on random tickets) ==")
        for (name, open) in [("file", { try Store.open(at: directory) }), ("database", { try Store(log: PostgresEventLog.open(url)) })] as [(String, () throws -> Store)] {
            let (count, retries) = try writers(8, seconds: 3, open: open, actor: actor)
            print("\(name): \(count) changes in 3 s = \(count / 3) changes/s\(name == "database" ? ", \(retries) validated again after losing a race" : "")")
        }
        try? FileManager.default.removeItem(atPath: directory)

        for size in sizes {
            print("\n== \(size) tickets ==")
            let desk = DemoDesk.generate(tickets: size, seed: 42, now: now, policy: policy)
            let sizedDirectory = NSTemporaryDirectory() + "tend-bench-team-\(getpid())-\(size)"
            try? FileManager.default.removeItem(atPath: sizedDirectory)
            _ = try Store.create(at: sizedDirectory, policy: policy, desk: desk)
            let sizedURL = cluster.url(database: try cluster.createDatabase(), user: founder)
            let create = try seconds { _ = try PostgresEventLog.create(sizedURL, policy: policy, desk: desk) }
            print("create the database desk (schema, snapshot, contacts): \(String(format: "%.2f s", create))")
            var fileOpens: [Double] = [], cold: [Double] = [], cached: [Double] = []
            for _ in 0..<3 {
                fileOpens.append(try seconds { _ = try Store.open(at: sizedDirectory) })
                try? FileManager.default.removeItem(atPath: cacheRoot)
                cold.append(try seconds { _ = try Store(log: PostgresEventLog.open(sizedURL)) })
                cached.append(try seconds { _ = try Store(log: PostgresEventLog.open(sizedURL)) })
            }
            print("open, 3 runs each: file \(ms3(median(fileOpens))); database cold (snapshot fetched) \(ms3(median(cold))); database with the local cache \(ms3(median(cached)))")
            // The live queue, the same code for both: a console's store and another writer's.
            for (name, open) in [("file", { try Store.open(at: sizedDirectory) }), ("database", { try Store(log: PostgresEventLog.open(sizedURL)) })] as [(String, () throws -> Store)] {
                print("-- live queue, \(name) desk --")
                let console = try open(), writer = try open()
                try LiveBench.cpuPerChange(console: console, writer: writer)
                if let watch = console.makeWatch() { LiveBench.screenLatency(console: console, watch: watch, writer: writer) }
            }
            try? FileManager.default.removeItem(atPath: sizedDirectory)
        }
        try? FileManager.default.removeItem(atPath: cacheRoot)
    }

    static func note(_ store: Store, _ actor: StaffMember, _ n: Int) throws {
        try store.commit(request: Store.Request(id: RequestID.make(), actor: actor.login, fresh: true)) { desk, policy in
            let id = TicketID(Desk.firstNumber + Int32(n % desk.count))
            return try Workflow(policy: policy, actor: actor, now: now).addNote(desk.ticket(id)!, text: "benchmark note \(n)").map {
                Change(ticket: id, entry: TimelineEntry(at: now, actor: actor.login, event: $0))
            }
        }
    }

    /// `count` threads, each with its own Store, committing notes until the time is up.
    static func writers(_ count: Int, seconds limit: Double, open: () throws -> Store, actor: StaffMember) throws -> (changes: Int, retries: Int) {
        let stores = OwnedByOneThread(try (0..<count).map { _ in try open() })
        let results = Counter()
        let deadline = Date().addingTimeInterval(limit)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let store = stores.value[index]
            var n = index * 100_000
            var asked = 0, done = 0
            while Date() < deadline {
                do {
                    try store.commit(request: Store.Request(id: RequestID.make(), actor: actor.login, fresh: true)) { desk, policy in
                        asked += 1
                        let id = TicketID(Desk.firstNumber + Int32(n % desk.count))
                        return try Workflow(policy: policy, actor: actor, now: now).addNote(desk.ticket(id)!, text: "writer \(index)").map {
                            Change(ticket: id, entry: TimelineEntry(at: now, actor: actor.login, event: $0))
                        }
                    }
                    done += 1
                } catch {
                    FileHandle.standardError.write(Data("writer \(index): \(error)\n".utf8))
                    break
                }
                n += 7
            }
            results.add(done, asked - done)
        }
        return results.total
    }

    static func ms3(_ value: Double) -> String { String(format: "%.2f ms", value * 1000) }
}

/// Stores handed out one per thread: each is used by its thread alone.
struct OwnedByOneThread<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Totals from several threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var changes = 0, retries = 0
    func add(_ done: Int, _ again: Int) { lock.lock(); changes += done; retries += again; lock.unlock() }
    var total: (changes: Int, retries: Int) { lock.lock(); defer { lock.unlock() }; return (changes, retries) }
}
