import Foundation
import Testing

/// What the fault experiments do with a desk through the command line: make one, write notes,
/// count the notes it holds, copy and compare its files (as plain bytes: the experiments know a
/// desk only as a directory of files).
extension TendRunner {
    static let demoNow = "2026-11-20T09:00:00Z"

    func makeDemo(_ desk: String, tickets: Int) throws {
        let result = try run(["demo", "--store", desk, "--tickets", "\(tickets)", "--now", TendRunner.demoNow])
        guard result.status == 0 else { throw Failure(text: "tend demo failed: \(result.stderr)") }
    }

    /// Whether change-making commands take `--request-id` yet. Without it a retry is a new change,
    /// and the experiments retry as a user could: the same command again.
    static let takesRequestIDs: Bool = {
        let help = (try? TendRunner().run(["note", "--help"]).stdout) ?? ""
        return help.contains("--request-id")
    }()

    static func requestID(_ id: String) -> [String] { takesRequestIDs ? ["--request-id", id] : [] }

    static var requestIDNote: String {
        takesRequestIDs ? "retries carry --request-id" : "tend takes no --request-id yet, so a retry is a new command"
    }

    /// The arguments of a note by a supervisor (who may note any ticket) on a demo desk.
    static func note(_ ticket: String, _ text: String, desk: String) -> [String] {
        ["note", ticket, text, "--store", desk, "--as", "zhao.min"] + requestID(text)
    }

    /// Waits for a started run, reads what it said, and removes its output files.
    func finish(_ spawned: Spawned) -> (outcome: AttemptOutcome, stdout: String, stderr: String) {
        let (status, signal) = spawned.wait()
        let stdout = (try? String(contentsOfFile: spawned.stdout, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: spawned.stderr, encoding: .utf8)) ?? ""
        unlink(spawned.stdout)
        unlink(spawned.stderr)
        return (AttemptOutcome.of(status: status, signal: signal, stderr: stderr), stdout, stderr)
    }

    /// Runs a command to its end and says how it ended.
    func attempt(_ arguments: [String]) throws -> (outcome: AttemptOutcome, stdout: String, stderr: String) {
        finish(try start(arguments))
    }

    /// How many times each note text appears on the desk, over every ticket's timeline.
    func noteCounts(_ desk: String) throws -> [String: Int] {
        let tickets = try #require(try json(["export", "--format", "json", "--store", desk]) as? [[String: Any]])
        var counts: [String: Int] = [:]
        for ticket in tickets {
            for entry in ticket["timeline"] as? [[String: Any]] ?? [] where entry["event"] as? String == "note_added" {
                guard let text = entry["text"] as? String, text.hasPrefix("Note: ") else { continue }
                counts[String(text.dropFirst("Note: ".count)), default: 0] += 1
            }
        }
        return counts
    }

    /// Every ticket of the desk as `tend list --json` gives it.
    func tickets(_ desk: String) throws -> [[String: Any]] {
        try #require(try json(["list", "--store", desk, "--all", "--limit", "0", "--json"]) as? [[String: Any]])
    }

    /// `tend check`: its exit status and everything it said.
    func check(_ desk: String) throws -> (status: Int32, text: String) {
        let result = try run(["check", "--store", desk])
        return (result.status, result.stdout + result.stderr)
    }
}

/// A desk's files as bytes, to copy a desk or to see that nothing on disk changed.
struct DeskFiles: Equatable {
    var files: [String: [UInt8]]

    /// Every regular file directly in `directory` (a desk keeps no subfolders the experiments need).
    init(of directory: String) throws {
        var files: [String: [UInt8]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let path = (directory as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[name] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        self.files = files
    }

    /// Writes these files into `directory` (created 0700 if missing), each 0600, replacing what is there.
    func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        for (name, bytes) in files { try DeskFiles.write(bytes, to: (directory as NSString).appendingPathComponent(name)) }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw TendRunner.Failure(text: "cannot write \(path): \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        try handle.write(contentsOf: Data(bytes))
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }
}
