import Foundation
import Testing
import TendCore

/// Review findings about files beside the store: each of these failed before its fix.
@Suite struct FileSafetyTests {
    let tend = TendRunner()

    /// `export --output report.csv` used to delete a `report.csv.tmp` of the user's own.
    @Test func anExportLeavesTheUsersOtherFilesAlone() throws {
        let desk = tend.path("desk")
        #expect(try tend.run(["demo", "--store", desk, "--tickets", "3", "--now", "2026-11-20T09:00:00Z"]).status == 0)
        let report = tend.path("report.csv")
        try "my own notes".write(toFile: report + ".tmp", atomically: false, encoding: .utf8)
        #expect(try tend.run(["export", "--format", "csv", "--output", report, "--store", desk]).status == 0)
        #expect(try String(contentsOfFile: report + ".tmp", encoding: .utf8) == "my own notes")
        #expect(FileManager.default.fileExists(atPath: report))
    }

    /// A practice result cut short by a full disk used to stay in the log, spoiling the next line.
    @Test func aPracticeLineCutShortByAFullDiskIsTakenBack() throws {
        let mountPoint = tend.path("small-disk")
        guard let disk = try TmpfsMount.forExperiment("training-log", at: mountPoint) else { return }
        defer { disk.unmount() }
        let desk = mountPoint + "/desk"
        try FileManager.default.createDirectory(atPath: desk, withIntermediateDirectories: true)
        let log = TrainingLog(storeDirectory: desk)
        let answers = (0..<40).map { TrainingResult.Answer(script: "script-\($0)-" + String(repeating: "x", count: 40), kind: "empathy", right: $0 % 2 == 0) }
        let result = TrainingResult(login: "xiao.yu", finishedAt: Date(timeIntervalSince1970: 1_795_000_000), answers: answers)
        try log.append(result)
        try disk.fill("filler", leaving: 1_000)
        var failed = 0
        for _ in 0..<20 { do { try log.append(result) } catch { failed += 1 } }
        #expect(failed > 0, "the disk never filled")
        disk.remove("filler")
        try log.append(result)
        let (results, problems) = log.load()
        #expect(problems.isEmpty, "\(problems)")
        #expect(results.count == 1 + (20 - failed) + 1)
    }
}
