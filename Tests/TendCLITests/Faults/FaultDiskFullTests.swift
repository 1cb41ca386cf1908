import Foundation
import Testing

extension Faults {
    /// Notes written to a desk on a 2 MiB tmpfs that is made nearly full (room for appends, not
    /// for a snapshot, while the journal crosses the compaction threshold again and again), then
    /// full to the last byte, then freed. Failed notes are retried as a user would; every
    /// acknowledged note must be there once, and no note reported failed may be there.
    @Suite struct FaultDiskFull {
        @Test func aFullDiskNeitherLosesNorFakesANote() throws {
            var tend = TendRunner()
            tend.environment["TEND_COMPACT_AFTER_BYTES"] = "2048"
            guard let mount = try TmpfsMount.forExperiment("disk-full", at: tend.path("disk")) else { return }
            defer { mount.unmount() }
            let desk = (mount.path as NSString).appendingPathComponent("desk")
            try tend.makeDemo(desk, tickets: 10)
            let ledger = NoteLedger()
            var figures = FaultFigures("disk-full")
            var reportedFailedButMade: [String: String] = [:]
            var pending: [(text: String, arguments: [String])] = []
            var written = 0
            var phases: [String] = []

            /// One run of a note; a failure is looked up at once (reading works on a full disk),
            /// since a later retry may rightly add the note.
            func attempt(_ text: String, _ arguments: [String]) throws -> AttemptOutcome {
                let outcome = try tend.attempt(arguments).outcome
                ledger.record(text, outcome)
                figures.runs += 1
                if case .failed(let said) = outcome, try tend.noteCounts(desk)[text] != nil {
                    reportedFailedButMade[text] = said.trimmingCharacters(in: .whitespacesAndNewlines)
                }
                return outcome
            }
            func note() throws -> AttemptOutcome {
                written += 1
                let text = "d\(written)"
                let arguments = TendRunner.note("T-\(1001 + written % 10)", text, desk: desk)
                let outcome = try attempt(text, arguments)
                if outcome != .acknowledged { pending.append((text, arguments)) }
                return outcome
            }
            func retryPending() throws {
                pending = try pending.filter { try attempt($0.text, $0.arguments) != .acknowledged }
            }
            func phase(_ name: String, _ body: () throws -> Void) throws {
                let (runs, before) = (figures.runs, ledger.acknowledged)
                try body()
                phases.append("\(name): \(figures.runs - runs) runs, \(ledger.acknowledged - before) acknowledged, \(pending.count) failing")
            }

            try phase("free") { for _ in 0..<20 { _ = try note() } }
            // Room for a few pages of appends, a page short of a snapshot: every note past the
            // threshold tries to compact and cannot, until appending fails too.
            let snapshotBlocks = (DeskFiles.size((desk as NSString).appendingPathComponent("snapshot.tend")) + mount.blockSize - 1) / mount.blockSize
            let room = max(1, snapshotBlocks - 1) * mount.blockSize
            try mount.fill("filler", leaving: room)
            phases.append("snapshot.tend takes \(snapshotBlocks) blocks, \(mount.freeBytes) bytes left free")
            try phase("nearly full") {
                // Until appending fails for real: a note reported failed but made does not count.
                var failuresInARow = 0
                while failuresInARow < 5 && written < 400 {
                    let made = try note() == .acknowledged || reportedFailedButMade["d\(written)"] != nil
                    failuresInARow = made ? 0 : failuresInARow + 1
                }
                try retryPending()
            }
            try mount.fillCompletely("filler-2")
            try phase("full") {
                for _ in 0..<10 { _ = try note() }
                try retryPending()
            }
            mount.remove("filler")
            mount.remove("filler-2")
            try phase("freed") {
                try retryPending()
                for _ in 0..<20 { _ = try note() }
            }

            let audit = ledger.audit(present: try tend.noteCounts(desk), retriesCarryIDs: TendRunner.takesRequestIDs)
            figures.add(audit)
            let missedByTheAudit = reportedFailedButMade.filter { !audit.falseFailures.contains($0.key) }
            figures.falseFailures += missedByTheAudit.count
            figures.example("false failures", missedByTheAudit.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" })
            let check = try tend.check(desk)
            if check.status != 0 {
                figures.silentDamage += 1
                figures.example("check at the end", [check.text])
            }
            figures.details = phases + [TendRunner.requestIDNote]
            figures.reportAndExpectClean()
            #expect(pending.isEmpty, "notes still failing after space was freed: \(pending.map(\.text))")
        }
    }
}
