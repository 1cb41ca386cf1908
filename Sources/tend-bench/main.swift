import Foundation
import TendCore
#if canImport(Glibc)
import Glibc
#endif

// Benchmarks for the store and queries, on demo desks. Build in release:
//   swift run -c release tend-bench [--sizes 100000,1000000] [--dir /tmp/tend-bench] [--reuse] [--live-only] [--stats-only]
//   swift run -c release tend-bench triage      (a suggestion per keystroke of a 500-character complaint)
// Prints medians; BENCHMARKS.md records a run. `tend-bench open DIR` is the child process that
// measures a cold open and its resident memory.

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func memoryKiB(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return 0
}

func ms(_ value: Double) -> String { String(format: "%.1f ms", value * 1000) }
func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }

let arguments = CommandLine.arguments
if arguments.count >= 2 && arguments[1] == "team" {
    // The team desk in PostgreSQL beside the file desk: `tend-bench team [--sizes N,N]`.
    let sizes = arguments.firstIndex(of: "--sizes").map { arguments[$0 + 1].split(separator: ",").compactMap { Int($0) } } ?? [100_000, 1_000_000]
    try TeamBench.run(sizes: sizes)
    exit(0)
}
if arguments.count >= 2 && arguments[1] == "triage" {
    // Triage per keystroke of a 500-character complaint: `tend-bench triage`.
    try TriageBench.run()
    exit(0)
}
if arguments.count >= 3 && arguments[1] == "open" {
    // Child: a fresh process opens the desk once and reports time and memory.
    var store: Store?
    let time = try seconds { store = try Store.open(at: arguments[2]) }
    print("\(time) \(memoryKiB("VmRSS")) \(memoryKiB("VmHWM")) \(store!.desk.count)")
    exit(0)
}

var sizes = [100_000, 1_000_000]
var base = (NSTemporaryDirectory() as NSString).appendingPathComponent("tend-bench")
var reuse = false
/// Only the live queue's figures (issue 10), after opening or generating the desk.
var liveOnly = false
/// Only issue 11's urgency figures.
var urgencyOnly = false
/// Only the customer-history index's figures (issue 12).
var historyOnly = false
/// Only the statistics' figures (issue 13).
var statsOnly = false
var index = 1
while index < arguments.count {
    switch arguments[index] {
    case "--sizes": sizes = arguments[index + 1].split(separator: ",").compactMap { Int($0) }; index += 2
    case "--dir": base = arguments[index + 1]; index += 2
    case "--reuse": reuse = true; index += 1
    case "--live-only": liveOnly = true; index += 1
    case "--urgency-only": urgencyOnly = true; index += 1
    case "--history-only": historyOnly = true; index += 1
    case "--stats-only": statsOnly = true; index += 1
    default: FileHandle.standardError.write(Data("usage: tend-bench [--sizes N,N] [--dir DIR] [--reuse] [--live-only] [--urgency-only] [--history-only] [--stats-only]\n".utf8)); exit(64)
    }
}

let now = Date(timeIntervalSince1970: 1_795_000_000)
let policy = DemoDesk.policy(founder: try Identity.osLogin())
print("tend-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, sizes \(sizes)")
print("in memory: Ticket \(MemoryLayout<Ticket>.stride) B, TimelineEntry \(MemoryLayout<TimelineEntry>.stride) B (inline sizes, before strings and arrays)")

for size in sizes {
    let directory = (base as NSString).appendingPathComponent("desk-\(size)")
    print("\n== \(size) tickets ==")
    var store: Store!
    if reuse && Store.exists(at: directory) {
        store = try Store.open(at: directory)
        print("reusing the desk in \(directory)")
    } else {
        try? FileManager.default.removeItem(atPath: directory)
        var desk = Desk()
        let generate = seconds { desk = DemoDesk.generate(tickets: size, seed: 42, now: now, policy: policy) }
        let events = desk.tickets.reduce(0) { $0 + $1.timeline.count }
        print("generate demo desk: \(String(format: "%.2f s", generate)) (\(events) timeline entries, \(String(format: "%.1f", Double(events) / Double(size))) per ticket)")
        let create = try seconds { store = try Store.create(at: directory, policy: policy, desk: desk) }
        print("create (first snapshot): \(String(format: "%.2f s", create))")
    }
    if statsOnly {
        StatsBench.run(store: store, now: now)
        store = nil
        continue
    }
    if historyOnly {
        historyFigures(store: store)
        store = nil
        continue
    }
    if urgencyOnly {
        UrgencyBench.run(store: store, now: now)
        ConsoleBench.run(store: store, now: now)
        store = nil
        if !reuse { try? FileManager.default.removeItem(atPath: directory) }
        continue
    }
    if liveOnly {
        try liveFigures(store: store, directory: directory)
        store = nil
        if !reuse { try? FileManager.default.removeItem(atPath: directory) }
        continue
    }
    let snapshotBytes = (try FileManager.default.attributesOfItem(atPath: directory + "/snapshot.tend")[.size] as? Int) ?? 0
    print("snapshot file: \(String(format: "%.1f MiB", Double(snapshotBytes) / 1_048_576))")

    // Open: fresh processes, so each run pays the whole load and its memory is its own.
    var opens: [Double] = []
    var rss: [Int] = []
    var peak: [Int] = []
    for _ in 0..<5 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["open", directory]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        let parts = output.split(separator: " ")
        opens.append(Double(parts[0]) ?? .nan)
        rss.append(Int(parts[1]) ?? 0)
        peak.append(Int(parts[2]) ?? 0)
    }
    print("open (fresh process, 5 runs): median \(ms(median(opens))), min \(ms(opens.min()!)), max \(ms(opens.max()!))")
    print("resident after open: median \(mib(Int(median(rss.map(Double.init))))), peak during open \(mib(Int(median(peak.map(Double.init)))))")

    var compactions: [Double] = []
    for _ in 0..<3 { compactions.append(try seconds { try store.compact() }) }
    print("snapshot (compact, 3 runs): median \(String(format: "%.2f s", median(compactions)))")

    // Queries: a filter plus a text search, and a search alone, over the whole desk.
    var filter = TicketFilter()
    filter.stages = [.investigating, .resolving, .acknowledged]
    filter.grades = [.significant, .serious, .critical]
    filter.text = "毛"
    var found = 0
    var filtered: [Double] = []
    for _ in 0..<11 { filtered.append(seconds { found = TicketQuery.run(store.desk, policy: store.policy, filter: filter, now: now).count }) }
    print("list: stage+grade filter and text \"毛\" → \(found) tickets, 11 runs: median \(ms(median(filtered)))")
    var searchOnly = TicketFilter()
    searchOnly.includeClosed = true
    searchOnly.text = "biscuit"
    var searched: [Double] = []
    for _ in 0..<11 { searched.append(seconds { found = TicketQuery.run(store.desk, policy: store.policy, filter: searchOnly, now: now).count }) }
    print("list: all tickets, text \"biscuit\" (Latin, any case) → \(found) tickets, 11 runs: median \(ms(median(searched)))")
    var everything = TicketFilter()
    everything.includeClosed = true
    var sorted: [Double] = []
    for _ in 0..<5 { sorted.append(seconds { found = TicketQuery.run(store.desk, policy: store.policy, filter: everything, now: now).count }) }
    print("list: every ticket sorted by urgency → \(found) tickets, 5 runs: median \(ms(median(sorted)))")
    UrgencyBench.run(store: store, now: now)
    StatsBench.run(store: store, now: now)

    // One acknowledged change: the commit of a note with its request id (lock, catch-up check,
    // request look-up, append, fsync). The first look-up on a freshly opened desk reads every
    // timeline once to index the request ids already recorded: measured on its own.
    let actor = policy.member("zhao.min")!
    func commitNote(_ n: Int) throws {
        try store.commit(request: Store.Request(id: RequestID.make(), actor: actor.login)) { desk, policy in
            let id = TicketID(Desk.firstNumber + Int32(n % desk.count))
            return try Workflow(policy: policy, actor: actor, now: now).addNote(desk.ticket(id)!, text: "benchmark note \(n)").map {
                Change(ticket: id, entry: TimelineEntry(at: now, actor: actor.login, event: $0))
            }
        }
    }
    let firstChange = try seconds { try commitNote(0) }
    print("first change with a request id after opening (indexes recorded requests): \(ms(firstChange))")
    var commits: [Double] = []
    for n in 1...200 { commits.append(try seconds { try commitNote(n) }) }
    print("acknowledged change (note with request id: append + fsync), 200 runs: median \(ms(median(commits))), p90 \(ms(percentile(commits, 0.9)))")

    historyFigures(store: store)

    ConsoleBench.run(store: store, now: now)
    var firsts: [Double] = []
    for _ in 0..<3 { firsts.append(try ConsoleBench.firstScreen(directory: directory, now: now)) }
    print("console: desk on disk → first screen (open + script library + query + counts + render), 3 runs: median \(ms(median(firsts)))")
    try liveFigures(store: store, directory: directory)
    store = nil
    if !reuse { try? FileManager.default.removeItem(atPath: directory) }
}

/// The live queue on a file desk: the console is `store`; the writer is a second store on the
/// same directory, as another person's `tend` would be.
func liveFigures(store: Store, directory: String) throws {
    let writer = try Store.open(at: directory)
    try LiveBench.cpuPerChange(console: store, writer: writer)
    guard let watch = store.makeWatch() else {
        print("live: no file watch could be set up here; commit → screen not measured")
        return
    }
    LiveBench.screenLatency(console: store, watch: watch, writer: writer)
}

/// A customer's other complaints: the index every contact and customer-and-pet name goes into,
/// built the first time a ticket pane or an intake asks (a new index each run), then one look-up.
func historyFigures(store: Store) {
    var indexing: [Double] = []
    for _ in 0..<3 {
        let history = CustomerHistory()
        indexing.append(seconds { history.prepare(store.desk) })
    }
    let history = CustomerHistory()
    history.prepare(store.desk)
    var lookups: [Double] = []
    for n in 0..<200 {
        let ticket = store.desk.ticket(TicketID(Desk.firstNumber + Int32(n * 37 % store.desk.count)))!
        lookups.append(seconds { _ = history.matches(for: ticket, on: store.desk) })
    }
    print("customer history: index every ticket's contact and names, 3 runs: median \(ms(median(indexing))); a ticket's other complaints, 200 look-ups: median \(ms(median(lookups)))")
    // A command that asks once (tend show, tend add) reads the desk instead of building the index.
    var scans: [Double] = []
    for n in 0..<3 {
        let ticket = store.desk.ticket(TicketID(Desk.firstNumber + Int32(n * 7_919 % store.desk.count)))!
        scans.append(seconds { _ = CustomerHistory().matches(for: ticket, on: store.desk) })
    }
    print("customer history without an index (one look-up reading every ticket), 3 runs: median \(ms(median(scans)))")
}
