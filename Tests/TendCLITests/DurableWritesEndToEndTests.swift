import Foundation
import Testing

/// Drafts and practice results reach the disk in an order a power cut cannot spoil: the file is
/// fsync'd before it is renamed into place, the folder after, and a new folder's parent after the
/// folder is made. A killed process keeps the page cache, so only the system calls show this:
/// the console runs under strace in tmux, and the trace is read back.
@Suite(.serialized) struct DurableWritesEndToEndTests {
    let tend = TendRunner()
    var desk: String { tend.path("desk") }

    static var strace: String? {
        ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The console under strace, as `login`, on a fresh demo desk; `trace` is where strace writes.
    func start(as login: String, trace: String) throws -> TmuxDriver {
        #expect(TmuxDriver.available, "tmux is needed for the console tests (.ci/run installs it)")
        let strace = try #require(Self.strace, "strace is needed to see the fsyncs")
        let made = try tend.run(["demo", "--store", desk, "--tickets", "20", "--now", "2026-11-20T09:00:00Z"])
        #expect(made.status == 0)
        let tmux = try TmuxDriver(width: 120, height: 40, environment: ["LANG": "C.UTF-8"])
        try tmux.type("\(strace) -f -qq -s 4096 -o \(trace) -e trace=openat,mkdir,rename,renameat2,fsync,fdatasync "
                      + "\(TendRunner.binary) --store \(desk) --as \(login)")
        try tmux.press("Enter")
        try tmux.waitFor("the console") { $0.contains("Queue") }
        return tmux
    }

    /// What the traced process did to files, in order, with descriptors resolved to paths.
    struct FileCall: Equatable {
        enum Kind { case create, fsync, rename, mkdir }
        let kind: Kind
        let path: String
    }

    static func calls(_ trace: String) -> [FileCall] {
        var open: [String: String] = [:]
        var calls: [FileCall] = []
        func quoted(_ text: Substring) -> [String] {
            text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }
        for line in trace.split(separator: "\n") {
            guard let call = line.split(separator: " ", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces),
                  let result = call.components(separatedBy: " = ").last.flatMap({ Int($0.split(separator: " ").first ?? "") }), result >= 0
            else { continue }
            let strings = quoted(Substring(call))
            if call.hasPrefix("openat("), let path = strings.first {
                open[String(result)] = path
                if call.contains("O_CREAT") { calls.append(FileCall(kind: .create, path: path)) }
            } else if call.hasPrefix("fsync(") || call.hasPrefix("fdatasync(") {
                let fd = call.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
                if let path = open[String(fd)] { calls.append(FileCall(kind: .fsync, path: path)) }
            } else if call.hasPrefix("rename"), strings.count == 2 {
                calls.append(FileCall(kind: .rename, path: strings[0] + " -> " + strings[1]))
            } else if call.hasPrefix("mkdir("), let path = strings.first {
                calls.append(FileCall(kind: .mkdir, path: path))
            }
        }
        return calls
    }

    /// The calls in `trace` once `complete` holds for them (strace writes as the process goes), or
    /// after ten seconds.
    static func calls(in trace: String, until complete: ([FileCall]) -> Bool) -> [FileCall] {
        let deadline = Date().addingTimeInterval(10)
        var found = calls((try? String(contentsOfFile: trace, encoding: .utf8)) ?? "")
        while !complete(found) && Date() < deadline {
            usleep(100_000)
            found = calls((try? String(contentsOfFile: trace, encoding: .utf8)) ?? "")
        }
        return found
    }

    /// Every new folder under `root` is followed by an fsync of its parent.
    static func foldersSynced(_ calls: [FileCall], under root: String) -> [String] {
        var problems: [String] = []
        for (index, call) in calls.enumerated() where call.kind == .mkdir && call.path.hasPrefix(root) {
            let parent = (call.path as NSString).deletingLastPathComponent
            if !calls[(index + 1)...].contains(FileCall(kind: .fsync, path: parent)) {
                problems.append("mkdir \(call.path) without an fsync of \(parent)")
            }
        }
        return problems
    }

    @Test func aDraftIsSyncedBeforeItsRenameAndItsFolderAfter() throws {
        let trace = tend.path("draft.trace")
        let tmux = try start(as: "li.hua", trace: trace)
        defer { tmux.stop() }
        try tmux.press("i")
        try tmux.waitFor("the note form") { $0.contains("Note on") }
        try tmux.type("ab")
        try tmux.waitFor("the text") { $0.contains("ab") }
        try tmux.press("Escape")
        try tmux.waitFor("the discard question") { $0.contains("(y/n)") }
        try tmux.press("y", "q")
        try tmux.waitFor("the shell") { !$0.contains("Queue") }
        let calls = Self.calls(in: trace) { $0.contains { $0.kind == .rename && $0.path.contains("/drafts/") } }
        let folder = desk + "/drafts/li.hua"
        let renames = calls.indices.filter { calls[$0].kind == .rename && calls[$0].path.hasPrefix(folder + "/") }
        #expect(renames.count >= 2, "one draft save per keystroke: \(calls)")
        for index in renames {
            let temporary = String(calls[index].path.components(separatedBy: " -> ")[0])
            let created = try #require(calls[..<index].lastIndex(of: FileCall(kind: .create, path: temporary)), "\(temporary)")
            #expect(calls[created..<index].contains(FileCall(kind: .fsync, path: temporary)), "no fsync of \(temporary) before its rename")
            let next = renames.first { $0 > index } ?? calls.endIndex
            #expect(calls[index..<next].contains(FileCall(kind: .fsync, path: folder)), "no fsync of \(folder) after \(calls[index].path)")
        }
        #expect(calls.contains(FileCall(kind: .mkdir, path: folder)))
        #expect(Self.foldersSynced(calls, under: desk + "/drafts") == [])
    }

    @Test func aNewPracticeLogIsSyncedWithItsFolder() throws {
        let trace = tend.path("training.trace")
        let tmux = try start(as: "xiao.yu", trace: trace)
        defer { tmux.stop() }
        try tmux.press("P")
        try tmux.waitFor("a scenario") { $0.contains("Practice 1/5") }
        for round in 1...5 {
            try tmux.press("1")
            try tmux.waitFor("feedback \(round)") { $0.contains("Enter: next scenario") }
            try tmux.press("Enter")
        }
        try tmux.waitFor("the score") { $0.contains("Practice saved:") }
        try tmux.press("Escape", "q")
        try tmux.waitFor("the shell") { !$0.contains("Queue") }
        let log = desk + "/training/xiao.yu.jsonl"
        let calls = Self.calls(in: trace) { $0.contains(FileCall(kind: .fsync, path: log)) }
        let created = try #require(calls.firstIndex(of: FileCall(kind: .create, path: log)), "\(calls)")
        let synced = try #require(calls[created...].firstIndex(of: FileCall(kind: .fsync, path: log)))
        #expect(calls[synced...].contains(FileCall(kind: .fsync, path: desk + "/training")), "no fsync of the training folder after creating \(log)")
        #expect(calls.contains(FileCall(kind: .mkdir, path: desk + "/training")))
        #expect(Self.foldersSynced(calls, under: desk + "/training") == [])
        #expect(try String(contentsOfFile: log, encoding: .utf8).hasSuffix("}\n"))
    }
}
