import Foundation
import Testing
import TendCore

extension Faults {
    /// Three command-line writers and one console add notes to one desk while their processes are
    /// killed with SIGKILL at random moments, and the journal is compacted every 4 KiB (some 90
    /// notes) so that compactions are killed too. Every note a writer was told was added must be
    /// there once; none may be there twice, or after a writer was told it failed.
    @Suite struct FaultKillWriters {
        static let acknowledgedTarget = 1_000
        static let timeLimit: TimeInterval = 150

        @Test func killedWritersLoseAndDuplicateNothing() throws {
            #expect(TmuxDriver.available, "tmux is needed for the console writer (.ci/run installs it)")
            var runner = TendRunner()
            runner.environment["TEND_COMPACT_AFTER_BYTES"] = "\(4 << 10)"
            let tend = runner
            let desk = tend.path("desk")
            try tend.makeDemo(desk, tickets: 20)
            let tickets = try tend.tickets(desk).compactMap { $0["id"] as? String }
            let seed = ProcessInfo.processInfo.environment["TEND_FAULT_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...999_999)
            let ledger = NoteLedger()
            let problems = Problems()
            let deadline = Date().addingTimeInterval(Self.timeLimit)
            @Sendable func finished() -> Bool { ledger.acknowledged >= Self.acknowledgedTarget || Date() > deadline || problems.any }

            // One thread per writer (a dispatch queue would run only as many at once as there are cores).
            let everyone = DispatchGroup()
            for writer in 0..<4 {
                everyone.enter()
                Thread {
                    defer { everyone.leave() }
                    var random = SeededRandom(seed: seed &+ UInt64(writer) &* 7919)
                    do {
                        if writer == 0 {
                            try writeThroughTheConsole(tend, desk, ledger, &random, until: finished)
                        } else {
                            try writeThroughTheCommandLine(writer, tend, desk, tickets, ledger, &random, until: finished)
                        }
                    } catch {
                        problems.add("writer \(writer): \(error)")
                    }
                }.start()
            }
            everyone.wait()

            var figures = FaultFigures("kill-writers")
            figures.runs = 1
            figures.add(ledger.audit(present: try tend.noteCounts(desk), retriesCarryIDs: TendRunner.takesRequestIDs))
            let check = try tend.check(desk)
            if check.status != 0 { figures.silentDamage += 1 }
            figures.details.insert("seed \(seed) (TEND_FAULT_SEED repeats the choices)", at: 0)
            figures.details.insert(["c": "the console", "w1-": "w1", "w2-": "w2", "w3-": "w3"].sorted { $0.key < $1.key }.map { prefix, writer in
                let attempts = ledger.all.filter { $0.key.hasPrefix(prefix) }.values
                return "\(writer) \(attempts.filter { $0.contains(.acknowledged) }.count) acknowledged, \(attempts.joined().filter { $0 == .killed }.count) killed"
            }.joined(separator: ", "), at: 1)
            figures.details.append(TendRunner.requestIDNote)
            figures.reportAndExpectClean()
            for problem in problems.all { Issue.record("\(problem)") }
            #expect(figures.acknowledged >= Self.acknowledgedTarget, "only \(figures.acknowledged) notes acknowledged in \(Int(Self.timeLimit)) s")
            #expect(check.status == 0, "tend check after the kills: \(check.text)")
        }

        /// Notes `w<k>-<n>` on random tickets; a third of the runs are killed after a random
        /// delay, and a killed note is retried (with its request id, once tend takes one) until
        /// some run of it ends on its own.
        func writeThroughTheCommandLine(_ writer: Int, _ tend: TendRunner, _ desk: String, _ tickets: [String], _ ledger: NoteLedger,
                                        _ random: inout SeededRandom, until finished: @Sendable () -> Bool) throws {
            var n = 0
            while !finished() {
                n += 1
                let text = "w\(writer)-\(n)"
                let arguments = TendRunner.note(tickets.randomElement(using: &random)!, text, desk: desk)
                while true {
                    let spawned = try tend.start(arguments)
                    if Int.random(in: 0..<3, using: &random) == 0 {
                        usleep(UInt32.random(in: 0...60_000, using: &random))
                        kill(spawned.pid, SIGKILL)
                    }
                    let outcome = tend.finish(spawned).outcome
                    ledger.record(text, outcome)
                    guard outcome == .killed else { break }
                }
            }
        }

        /// Notes `c<m>` through the note form (`i`, the text, Ctrl-S) on the selected ticket; about
        /// one submission in four is followed by kill -9 of the console after a random delay. The
        /// console is then started again; if it brings the form back, the form is submitted, as
        /// its message invites.
        func writeThroughTheConsole(_ tend: TendRunner, _ desk: String, _ ledger: NoteLedger,
                                    _ random: inout SeededRandom, until finished: @Sendable () -> Bool) throws {
            let console = try ConsoleSession(tend: tend, desk: desk, login: "zhao.min")
            defer { console.stop() }
            try console.start()
            var m = 0
            while !finished() {
                m += 1
                let text = "c\(m)"
                try console.tmux.press("i")
                try console.tmux.waitFor("the note form") { $0.contains("Note on T-") }
                try console.tmux.type(text)
                try console.tmux.waitFor("the typed note") { $0.contains(text) }
                try console.tmux.press("C-s")
                if Int.random(in: 0..<4, using: &random) == 0 {
                    usleep(UInt32.random(in: 0...80_000, using: &random))
                    try console.killHard()
                    ledger.record(text, .killed)
                    let screen = try console.start()
                    if screen.contains("Note on T-") {
                        try console.tmux.press("C-s")
                        ledger.record(text, try statusAfterSubmitting(console))
                    }
                } else {
                    ledger.record(text, try statusAfterSubmitting(console))
                }
            }
        }

        /// What the status row says once a submitted note form has been dealt with. Only "Note
        /// added" counts as done; the screen can be caught half redrawn (the form gone, the status
        /// row not yet written), so anything else is waited out before it counts as a failure.
        /// When another writer changed the ticket since the form was opened, the form shows that
        /// change and asks for Ctrl-S again, as a user would press it; a newer change is shown in
        /// turn (the status row then says something else).
        func statusAfterSubmitting(_ console: ConsoleSession) throws -> AttemptOutcome {
            // The message part of the two status rows: the counts beside it ("open 11 · overdue 3")
        // change on their own, and taken for a newer change they once made the test press Ctrl-S
        // again after the note had gone in ("Ctrl-S does nothing here": a false failure).
        func statusRows(_ screen: String) -> String {
            screen.split(separator: "\n").suffix(2).map { row in
                row.range(of: "│", options: .backwards).map { String(row[..<$0.lowerBound]) } ?? String(row)
            }.joined(separator: "\n")
        }
            var shownChange: String?
            do {
                while true {
                    let screen = try console.tmux.waitFor("the note's outcome") {
                        $0.contains("Note added to T-") || ($0.contains("changed since this form was opened") && statusRows($0) != shownChange)
                    }
                    if screen.contains("Note added to T-") { return .acknowledged }
                    shownChange = statusRows(screen)
                    try console.tmux.press("C-s")
                }
            } catch let timeout as TmuxDriver.Timeout {
                // The status row, second from the bottom, says why.
                return .failed(timeout.screen.split(separator: "\n").suffix(2).joined(separator: " | "))
            }
        }
    }
}

/// Errors met on the writer threads, reported once they have all stopped.
final class Problems: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func add(_ problem: String) {
        lock.lock()
        list.append(problem)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }

    var any: Bool { !all.isEmpty }
}
