import Foundation
import Testing

extension Faults {
    /// strace kills `tend compact`, and a `tend note` whose append crosses the compaction
    /// threshold, exactly at their Nth fsync (fdatasync, rename, renameat, renameat2), for every N
    /// until the command gets through. After each kill the desk must open with every acknowledged
    /// note there once, pass `tend check`, and take the next note.
    @Suite struct FaultKillCompaction {
        static let syscalls = ["fsync", "fdatasync", "rename", "renameat", "renameat2"]
        static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

        @Test func killsAtEachSyncAndRenameOfACompactionLoseNothing() throws {
            guard let strace = Self.strace else {
                print("fault kill-compaction: skipped — strace is not installed (apt-get install strace)")
                return
            }
            var tend = TendRunner()
            let base = tend.path("base")
            try tend.makeDemo(base, tickets: 20)
            let ledger = NoteLedger()
            for n in 1...30 {
                ledger.record("k\(n)", try tend.attempt(TendRunner.note("T-\(1000 + n % 20 + 1)", "k\(n)", desk: base)).outcome)
            }
            let files = try DeskFiles(of: base)
            var figures = FaultFigures("kill-compaction")
            var killedAt: [(String, Int)] = []

            /// Runs one command under strace with a kill at the Nth call of `syscall`; returns
            /// how it ended: killed, or through.
            func run(_ arguments: [String], syscall: String, n: Int) throws -> AttemptOutcome {
                let traced = tend.finish(try tend.start(strace, ["-f", "-qq", "-o", "/dev/null", "-e", "inject=\(syscall):signal=SIGKILL:when=\(n)",
                                                                 TendRunner.binary] + arguments))
                figures.runs += 1
                if traced.outcome == .killed {
                    let place = "\(arguments[0]) at \(syscall)"
                    if killedAt.last?.0 == place { killedAt[killedAt.count - 1].1 = n } else { killedAt.append((place, n)) }
                }
                return traced.outcome
            }

            /// The desk after a kill: every acknowledged note there once, `tend check` clean, and
            /// the next note taken and kept.
            func verify(_ desk: String, _ ledger: NoteLedger, _ what: String) throws {
                let next = "after \(what)"
                ledger.record(next, try tend.attempt(TendRunner.note("T-1001", next, desk: desk)).outcome)
                figures.add(ledger.audit(present: try tend.noteCounts(desk), retriesCarryIDs: TendRunner.takesRequestIDs))
                let check = try tend.check(desk)
                if check.status != 0 {
                    figures.silentDamage += 1
                    figures.details.append("check after \(what): \(check.text)")
                }
            }

            for syscall in Self.syscalls {
                for n in 1... {
                    let desk = tend.path("compact-\(syscall)-\(n)")
                    try files.write(to: desk)
                    let outcome = try run(["compact", "--store", desk], syscall: syscall, n: n)
                    guard outcome == .killed || outcome == .acknowledged else {
                        Issue.record("tend compact under strace (\(syscall) #\(n)) ended \(outcome)")
                        break
                    }
                    try verify(desk, ledger.copy(), "compact killed at \(syscall) #\(n)")
                    if outcome == .acknowledged { break }
                }
            }

            // The note's own append is now enough to cross the threshold, so it compacts.
            tend.environment["TEND_COMPACT_AFTER_BYTES"] = "\(DeskFiles.size((base as NSString).appendingPathComponent("journal.tend")))"
            for syscall in Self.syscalls {
                for n in 1... {
                    let desk = tend.path("note-\(syscall)-\(n)")
                    try files.write(to: desk)
                    let text = "crossing \(syscall) #\(n)"
                    let arguments = TendRunner.note("T-1002", text, desk: desk)
                    let notes = ledger.copy()
                    let outcome = try run(arguments, syscall: syscall, n: n)
                    notes.record(text, outcome)
                    if outcome == .killed {
                        // Killed, the writer does not know: it asks again, as a user would.
                        notes.record(text, try tend.attempt(arguments).outcome)
                    }
                    try verify(desk, notes, "note killed at \(syscall) #\(n)")
                    if outcome != .killed { break }
                }
            }
            figures.kills = killedAt.map(\.1).reduce(0, +)
            figures.details.insert("killed " + killedAt.map { "\($0.0) #1–\($0.1)" }.joined(separator: ", ")
                                   + " (each run counts the desk's acknowledged notes again)", at: 0)
            figures.details.append(TendRunner.requestIDNote)
            figures.reportAndExpectClean()
        }
    }
}
