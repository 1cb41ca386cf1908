import Foundation
import Testing
import TendPostgres
import TendPostgresTesting

/// PostgreSQL stopped with `-m immediate` (as a power cut leaves it) while four writer processes
/// are adding complaints, then started again: every change reported done is there exactly once,
/// every change reported as not done is absent, and only a change reported "may or may not be
/// recorded" may be either.
@Suite(.enabled(if: TestCluster.testsRun, Comment(rawValue: TestCluster.unavailableReason ?? "PostgreSQL is installed")))
struct TeamDeskCrashTests {
    @Test func aServerKilledMidWorkLosesNoAcknowledgedChange() throws {
        let tend = TendRunner()
        let cluster = try TestCluster.start()
        defer { try? cluster.stop(immediate: true) }
        let database = try cluster.createDatabase()
        let url = cluster.url(database: database).redacted
        #expect(try tend.run(["init", "--database", url]).status == 0)

        let writers = 4, attempts = 40
        var processes: [Spawned] = []
        for writer in 0..<writers {
            let log = tend.path("writer-\(writer).log")
            let script = """
                for i in $(seq 1 \(attempts)); do
                  \(TendRunner.binary) add --database '\(url)' --customer "w\(writer)-$i" --contact 1 --service grooming \
                    --channel phone --description x --request-id "w\(writer)-$i" > \(log).out 2> \(log).err
                  echo "w\(writer)-$i $? $(tr '\\n' ' ' < \(log).err)" >> \(log)
                done
                """
            processes.append(try tend.start("/bin/sh", ["-c", script]))
        }
        usleep(1_500_000)
        try cluster.stop(immediate: true)
        usleep(700_000)
        try cluster.start()
        for process in processes { _ = process.wait() }

        var acknowledged: [String] = [], refused: [String] = [], unknown: [String] = []
        for writer in 0..<writers {
            let lines = try String(contentsOfFile: tend.path("writer-\(writer).log"), encoding: .utf8).split(separator: "\n")
            for line in lines {
                let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
                if parts[1] == "0" {
                    acknowledged.append(parts[0])
                } else if line.contains("may or may not be recorded") {
                    unknown.append(parts[0])
                } else {
                    refused.append(parts[0])
                }
            }
        }
        let export = try tend.run(["export", "--format", "json", "--database", url])
        #expect(export.status == 0, "\(export.stderr)")
        let tickets = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]] ?? []
        let recorded = tickets.compactMap { ($0["customer"] as? [String: Any])?["name"] as? String }
        let counted = Dictionary(recorded.map { ($0, 1) }, uniquingKeysWith: +)
        let lost = acknowledged.filter { counted[$0] == nil }
        let duplicated = counted.filter { $0.value > 1 }.map(\.key)
        let falseFailures = refused.filter { counted[$0] != nil }
        let unknownRecorded = unknown.filter { counted[$0] != nil }.count
        print("team desk crash: writers \(writers), attempts \(writers * attempts), acknowledged \(acknowledged.count), refused \(refused.count), outcome unknown \(unknown.count) (recorded \(unknownRecorded)), lost \(lost.count), duplicated \(duplicated.count), false failures \(falseFailures.count)")
        #expect(lost.isEmpty, "acknowledged but missing: \(lost)")
        #expect(duplicated.isEmpty)
        #expect(falseFailures.isEmpty, "reported failed but recorded: \(falseFailures)")
        #expect(refused.count > 0, "the server was down for part of the run")
        #expect(acknowledged.count > 0)
        #expect(recorded.count == acknowledged.count + unknownRecorded)
    }
}
