import Foundation
import Testing
@testable import TendCore

/// The training log writes instants as every file and record does (UTC to the millisecond), and
/// still reads the whole-second lines written before.
@Suite struct TrainingLogFormatTests {
    @Test func newLinesHaveMillisecondsAndOldLinesStillRead() throws {
        let directory = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let log = TrainingLog(storeDirectory: directory)
        let answer = TrainingResult.Answer(script: "s1", kind: "empathy", right: true)
        try log.append(TrainingResult(login: "xiao.yu", finishedAt: Date(timeIntervalSince1970: 1_795_000_000.25), answers: [answer]))
        let path = directory + "/training/xiao.yu.jsonl"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"finished_at\":\"2026-11-18T11:06:40.250Z\""), "\(text)")
        // A line as the version before wrote it.
        text += "{\"answers\":[{\"kind\":\"empathy\",\"right\":false,\"script\":\"s2\"}],\"correct\":0,\"finished_at\":\"2026-11-17T08:00:00Z\",\"login\":\"xiao.yu\",\"rounds\":1}\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (results, problems) = log.load()
        #expect(problems.isEmpty, "\(problems)")
        #expect(results.map(\.finishedAt).sorted() == [TimeText.readISOMilliseconds("2026-11-17T08:00:00.000Z")!,
                                                       Date(timeIntervalSince1970: 1_795_000_000.25)])
    }
}
