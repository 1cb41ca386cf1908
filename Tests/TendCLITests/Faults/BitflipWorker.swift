import Foundation
import Testing

/// Runs a bitflip sweep in a separate process: a flip that makes `Store.open` trap must count as
/// a crash of that case, not end the test run. The sweep's test starts this test binary again,
/// with only the worker test selected and the job in the environment; the worker writes one
/// line per case as it goes. When it dies, the sweep records a crash for the case after the
/// last line and starts a worker again from the case after that.
enum BitflipWorker {
    static let jobVariable = "TEND_BITFLIP_JOB"

    /// What one worker process is to do.
    struct Job: Codable {
        var desk: String
        var scratch: String
        var file: String
        var masks: [UInt8]
        var firstCase: Int
        var results: String
    }

    static var job: Job? {
        ProcessInfo.processInfo.environment[jobVariable].flatMap { try? JSONDecoder().decode(Job.self, from: Data($0.utf8)) }
    }

    static func flip(_ index: Int, file: String, masks: [UInt8]) -> Bitflip {
        Bitflip(file: file, offset: index / masks.count, mask: masks[index % masks.count])
    }

    /// Every case's verdict, in order, crashes included.
    static func sweep(desk: String, file: String, masks: [UInt8], scratch: String, home: String) throws -> [BitflipVerdict] {
        let cases = try DeskFiles(of: desk).files[file]!.count * masks.count
        let results = (home as NSString).appendingPathComponent("bitflip-\(file).results")
        var verdicts: [BitflipVerdict] = []
        var emptyCrashes = 0
        while verdicts.count < cases {
            let job = Job(desk: desk, scratch: scratch, file: file, masks: masks, firstCase: verdicts.count, results: results)
            _ = FileManager.default.createFile(atPath: results, contents: nil)
            var environment = ProcessInfo.processInfo.environment
            environment[jobVariable] = String(decoding: try JSONEncoder().encode(job), as: UTF8.self)
            let worker = try Spawned.start(testBinary, ["--testing-library", "swift-testing", "--filter", "BitflipWorker"],
                                           environment: environment, stdout: results + ".out", stderr: results + ".err")
            let (_, signal) = worker.wait()
            let lines = ((try? String(contentsOfFile: results, encoding: .utf8)) ?? "").split(separator: "\n")
            verdicts += lines.compactMap { BitflipVerdict(line: $0) }
            if verdicts.count < cases {
                let said = (try? String(contentsOfFile: results + ".out", encoding: .utf8)) ?? ""
                guard let signal else {
                    throw TendRunner.Failure(text: "the bitflip worker stopped at case \(verdicts.count) of \(cases) without a signal:\n\(said.suffix(2000))")
                }
                // Dying before its first case, the worker is broken, not the case.
                emptyCrashes = lines.isEmpty ? emptyCrashes + 1 : 0
                guard emptyCrashes < 3 else {
                    throw TendRunner.Failure(text: "the bitflip worker keeps dying before its first case (signal \(signal)):\n\(said.suffix(2000))")
                }
                verdicts.append(.crashed(signal: signal))
            }
        }
        return verdicts
    }

    /// This test binary, as the test run started it.
    static var testBinary: String {
        let path = CommandLine.arguments[0]
        return path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    }
}

extension Faults {
    /// The worker process's side of `BitflipWorker`: skipped unless a sweep started it.
    @Suite struct BitflipWorkerProcess {
        @Test(.enabled(if: BitflipWorker.job != nil, "only in a process a bitflip sweep started"))
        func sweepTheCasesOfTheJob() throws {
            let job = try #require(BitflipWorker.job)
            let sweep = try BitflipSweep(directory: job.scratch, original: try DeskFiles(of: job.desk))
            let out = try #require(FileHandle(forWritingAtPath: job.results))
            let cases = sweep.original.files[job.file]!.count * job.masks.count
            for index in job.firstCase..<cases {
                let verdict = try sweep.verdict(BitflipWorker.flip(index, file: job.file, masks: job.masks))
                // Written straight to the file, so what was done survives the next case's crash.
                try out.write(contentsOf: Data((verdict.line + "\n").utf8))
            }
        }
    }
}
