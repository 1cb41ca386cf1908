import Foundation

/// Runs the built `tend` binary as a user would, capturing its output through files (pipes can
/// fill and stall a large listing).
struct TendRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let binary: String = {
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["TEND_BIN"] { candidates.append(explicit) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent("tend").path)
        candidates.append(runner.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("tend").path)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/tend").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    let home: String
    /// Added to every run's environment (the fault suite lowers TEND_COMPACT_AFTER_BYTES).
    var environment: [String: String] = [:]

    init() {
        home = (NSTemporaryDirectory() as NSString).appendingPathComponent("tend-cli-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { (home as NSString).appendingPathComponent(name) }

    func start(_ arguments: [String], lang: String = "C.UTF-8") throws -> Spawned {
        try start(TendRunner.binary, arguments, lang: lang)
    }

    /// Starts `program` (the binary, or a tracer wrapping it) with the environment every run gets.
    func start(_ program: String, _ arguments: [String], lang: String = "C.UTF-8") throws -> Spawned {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = lang
        environment["LC_ALL"] = nil
        environment["XDG_DATA_HOME"] = path("xdg")
        environment["TEND_STORE"] = nil
        environment["TEND_DATABASE"] = nil
        environment["XDG_CACHE_HOME"] = path("cache")
        environment.merge(self.environment) { $1 }
        return try Spawned.start(program, arguments, environment: environment,
                                 stdout: path("out-\(UUID().uuidString)"), stderr: path("err-\(UUID().uuidString)"))
    }

    @discardableResult
    func run(_ arguments: [String], lang: String = "C.UTF-8") throws -> Result {
        let spawned = try start(arguments, lang: lang)
        let (status, _) = spawned.wait()
        return Result(status: status,
                      stdout: (try? String(contentsOfFile: spawned.stdout, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOfFile: spawned.stderr, encoding: .utf8)) ?? "")
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else { throw Failure(text: "tend \(arguments) failed: \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct Failure: Error { let text: String }
}
