import Foundation
import Testing

extension Faults {
    /// A desk on a file system remounted read-only: `list`, `show`, `export` and `check` work and
    /// say what they said before; `note` is refused with a message that says why; nothing changes.
    @Suite struct FaultReadOnly {
        @Test func aReadOnlyDeskCanBeReadButNotWritten() throws {
            let tend = TendRunner()
            guard let mount = try TmpfsMount.forExperiment("read-only", at: tend.path("disk")) else { return }
            defer { mount.unmount() }
            let desk = (mount.path as NSString).appendingPathComponent("desk")
            try tend.makeDemo(desk, tickets: 20)
            for n in 1...3 { try #require(try tend.attempt(TendRunner.note("T-1001", "before ro \(n)", desk: desk)).outcome == .acknowledged) }
            let reading: [[String]] = [["list", "--all", "--limit", "0", "--json"], ["show", "T-1001", "--json"],
                                       ["export", "--format", "json"], ["check"]]
            func read(_ arguments: [String]) throws -> (outcome: AttemptOutcome, stdout: String, stderr: String) {
                try tend.attempt(arguments + ["--store", desk, "--as", "zhao.min"])
            }
            let writable = try reading.map(read)
            let files = try DeskFiles(of: desk)
            try mount.remount(readOnly: true)

            var figures = FaultFigures("read-only")
            var refusedReads: [String] = []
            for (arguments, before) in zip(reading, writable) {
                let result = try read(arguments)
                figures.runs += 1
                if case .crashed = result.outcome { figures.crashes += 1 }
                // `show` and `list` count time left to the minute; the timeline and tickets do not move.
                if result.outcome != .acknowledged || Self.stable(result.stdout) != Self.stable(before.stdout) {
                    refusedReads.append("\(arguments[0]): \(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
                }
            }
            let write = try tend.attempt(TendRunner.note("T-1001", "on a read-only disk", desk: desk))
            figures.runs += 1
            let clear = write.stderr.lowercased().contains("read-only")
            // Said to be done where nothing can be written: a note lost.
            if write.outcome == .acknowledged { figures.lost += 1 }
            let unchanged = try DeskFiles(of: desk) == files
            figures.details = ["reading commands that worked: \(reading.count - refusedReads.count) of \(reading.count)",
                               "note: \(write.outcome == .acknowledged ? "taken" : "refused"), message \(clear ? "says read-only" : "does not say read-only"): \(write.stderr.trimmingCharacters(in: .whitespacesAndNewlines))"]
            figures.example("reading refused", refusedReads)
            figures.reportAndExpectClean()
            #expect(refusedReads.isEmpty, "reading commands on a read-only desk: \(refusedReads)")
            #expect(write.outcome != .acknowledged && clear, "tend note on a read-only desk: \(write.stderr)")
            #expect(unchanged, "the read-only desk's files changed")
        }

        /// Output with the lines that depend on the minute (time left, overdue by) taken out: in
        /// JSON the whole running clock, whose due instant moves with the minute while it is paused
        /// (a hurt pet's follow-up waiting for the vet).
        static func stable(_ output: String) -> String {
            var inClock = false
            return output.split(separator: "\n").filter { line in
                if line.contains("\"sla\": {") { inClock = true; return false }
                if inClock { inClock = !line.trimmingCharacters(in: .whitespaces).hasPrefix("}"); return false }
                return !line.contains("\"sla\"") && !line.contains("left") && !line.contains("overdue")
            }.joined(separator: "\n")
        }
    }
}
