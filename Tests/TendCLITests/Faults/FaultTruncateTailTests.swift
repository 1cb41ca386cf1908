import Foundation
import Testing

extension Faults {
    /// The journal cut at every offset inside its last record, as an interrupted append leaves
    /// it: the desk must open with a warning, hold every earlier note, and take the next note with
    /// nothing else lost; cut exactly before the record, it opens as if the note never came.
    @Suite struct FaultTruncateTail {
        @Test func aJournalCutInsideItsLastRecordLosesOnlyThatRecord() throws {
            let tend = TendRunner()
            let base = tend.path("base")
            let journal = (base as NSString).appendingPathComponent("journal.tend")
            try tend.makeDemo(base, tickets: 3)
            var earlier: [String] = []
            for n in 1...19 {
                earlier.append("kept \(n)")
                try #require(try tend.attempt(TendRunner.note("T-1001", "kept \(n)", desk: base)).outcome == .acknowledged)
            }
            let recordStart = DeskFiles.size(journal)
            try #require(try tend.attempt(TendRunner.note("T-1002", "torn", desk: base)).outcome == .acknowledged)
            let recordEnd = DeskFiles.size(journal)
            let files = try DeskFiles(of: base)

            var figures = FaultFigures("truncate-tail")
            for cut in recordStart..<recordEnd {
                let desk = tend.path("cut-\(cut)")
                var truncated = files
                truncated.files["journal.tend"]!.removeLast(recordEnd - cut)
                try truncated.write(to: desk)
                figures.runs += 1
                let ledger = NoteLedger()
                for text in earlier { ledger.record(text, .acknowledged) }

                // The first command to open the desk says what it dropped (nothing, at the boundary).
                let list = try tend.attempt(["list", "--store", desk, "--all"])
                if case .crashed = list.outcome { figures.crashes += 1 }
                if list.outcome != .acknowledged {
                    figures.unexpected += 1
                    figures.example("would not open", ["cut at \(cut): \(list.stderr)"])
                } else if cut > recordStart && !list.stderr.contains("warning") {
                    figures.silentDamage += 1
                    figures.example("dropped the torn record without a warning", ["cut at \(cut)"])
                }
                let next = "after cut \(cut)"
                ledger.record(next, try tend.attempt(TendRunner.note("T-1003", next, desk: desk)).outcome)
                let counts = try tend.noteCounts(desk)
                figures.add(ledger.audit(present: counts, retriesCarryIDs: TendRunner.takesRequestIDs))
                if counts["torn"] != nil {
                    figures.example("the torn note came back", ["cut at \(cut)"])
                    figures.silentDamage += 1
                }
                let check = try tend.check(desk)
                if check.status != 0 {
                    figures.silentDamage += 1
                    figures.example("check after the next note", ["cut at \(cut): \(check.text)"])
                }
            }
            figures.details.append("last record at bytes \(recordStart)..<\(recordEnd), cut at each")
            figures.reportAndExpectClean()
        }
    }
}
