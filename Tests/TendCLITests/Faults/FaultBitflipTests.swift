import Foundation
import Testing
import TendCore

extension Faults {
    /// Every byte of a small journal and of a small snapshot, flipped with each mask: the desk must
    /// refuse to open (or to write) rather than open with an acknowledged change missing or
    /// altered, or let the next write throw changes away. The sweep goes through the public API;
    /// a sample of the cases goes through `tend check` and `tend note` to show the command line
    /// agrees.
    @Suite struct FaultBitflip {
        static let masks: [UInt8] = [0x01, 0x80]

        @Test func everyByteOfASmallJournal() throws {
            let tend = TendRunner()
            let desk = try smallDesk(tend, notes: 20)
            try sweep(tend, desk, file: "journal.tend", experiment: "bitflip-journal", sampleEvery: 23)
        }

        @Test func everyByteOfASmallSnapshot() throws {
            let tend = TendRunner()
            let desk = try smallDesk(tend, notes: 5)
            try #require(try tend.run(["compact", "--store", desk]).status == 0)
            try sweep(tend, desk, file: "snapshot.tend", experiment: "bitflip-snapshot", sampleEvery: 61)
        }

        /// The issue's case: 20 notes, one bit of the fifth record's length flipped. The desk took
        /// it for a torn last record, and the next note cut the journal there: 16 of 20 gone.
        @Test func theIssuesFlipCostsNoNotes() throws {
            let tend = TendRunner()
            let desk = tend.path("desk")
            let journal = (desk as NSString).appendingPathComponent("journal.tend")
            try tend.makeDemo(desk, tickets: 20)
            var recordStarts: [Int] = []
            for n in 1...20 {
                recordStarts.append(DeskFiles.size(journal))
                try #require(try tend.attempt(TendRunner.note("T-1001", "issue \(n)", desk: desk)).outcome == .acknowledged)
            }
            let flip = Bitflip(file: "journal.tend", offset: recordStarts[4] + 2, mask: 0x01)
            let damaged = flip.apply(to: try DeskFiles(of: desk))
            try damaged.write(to: desk)

            let check = try tend.check(desk)
            // Damage, with its byte: not an incomplete record left by an interrupted write.
            #expect(check.status == 1 && check.text.contains("byte") && !check.text.contains("incomplete"), "tend check after \(flip): \(check.text)")
            let more = try tend.attempt(TendRunner.note("T-1001", "one more", desk: desk))
            #expect(more.outcome != .acknowledged, "a note was taken on a desk with \(flip): \(more.stdout)")
            #expect(try DeskFiles(of: desk) == damaged, "the refused note changed the desk's files")

            // Flip the bit back: every note must still be there.
            try flip.apply(to: try DeskFiles(of: desk)).write(to: desk)
            let counts = try tend.noteCounts(desk)
            let missing = (1...20).filter { counts["issue \($0)"] != 1 }
            #expect(missing.isEmpty, "after \(flip) and one more note, \(missing.count) of 20 notes are gone: \(missing)")
        }

        /// A demo desk of 3 tickets with `notes` notes spread over them.
        func smallDesk(_ tend: TendRunner, notes: Int) throws -> String {
            let desk = tend.path("desk")
            try tend.makeDemo(desk, tickets: 3)
            for n in 1...notes {
                let note = try tend.attempt(TendRunner.note("T-100\(n % 3 + 1)", "note \(n)", desk: desk))
                try #require(note.outcome == .acknowledged, "\(note.stderr)")
            }
            return desk
        }

        func sweep(_ tend: TendRunner, _ desk: String, file: String, experiment: String, sampleEvery: Int) throws {
            let original = try DeskFiles(of: desk)
            let entries = try BitflipSweep(directory: tend.path("baseline"), original: original).baseline.map(\.timeline.count).reduce(0, +)
            let verdicts = try BitflipWorker.sweep(desk: desk, file: file, masks: Self.masks, scratch: tend.path("scratch"), home: tend.home)
            var tally = BitflipTally()
            var figures = FaultFigures(experiment)
            var sample: [(Bitflip, BitflipVerdict)] = []
            for (index, verdict) in verdicts.enumerated() {
                let flip = BitflipWorker.flip(index, file: file, masks: Self.masks)
                tally.add(verdict, flip)
                if index % sampleEvery == 0 { sample.append((flip, verdict)) }
            }
            figures.runs = verdicts.count
            figures.acknowledged = figures.runs * entries
            figures.lost = tally.lost
            figures.silentDamage = tally.silent.count
            figures.crashes = tally.crashes.count
            let disagreements = try sample.compactMap { try commandLineDisagrees(tend, original, $0.0, $0.1, &figures) }
            figures.details = ["\(file) of \(original.files[file]!.count) bytes × masks "
                               + Self.masks.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: ", ")
                               + ", \(entries) acknowledged timeline entries each", tally.summary,
                               "command line on \(sample.count) of them: \(sample.count - disagreements.count) agree"]
            figures.example("silently accepted", tally.silent)
            figures.example("crashed", tally.crashes)
            figures.example("the command line disagrees", disagreements)
            figures.reportAndExpectClean()
            #expect(disagreements.isEmpty, "the command line and the API disagree on \(disagreements.count) flips")
        }

        /// Runs `tend check` and `tend note` on one flipped desk; returns how they disagree with the
        /// API's verdict, if they do. A refused desk must be refused by both, with a byte offset,
        /// and left as it was; a harmless flip must check clean and take the note; a silently
        /// accepted one must take the note too (confirming the damage).
        func commandLineDisagrees(_ tend: TendRunner, _ original: DeskFiles, _ flip: Bitflip, _ verdict: BitflipVerdict,
                                  _ figures: inout FaultFigures) throws -> String? {
            let desk = tend.path("cli-\(flip.offset)-\(flip.mask)")
            let flipped = flip.apply(to: original)
            try flipped.write(to: desk)
            let check = try tend.attempt(["check", "--store", desk])
            let note = try tend.attempt(TendRunner.note("T-1001", "probe", desk: desk))
            for outcome in [check.outcome, note.outcome] {
                if case .crashed(let signal) = outcome {
                    figures.crashes += 1
                    figures.example("crashed", ["\(flip) (signal \(signal))"])
                }
            }
            let said = "check \(check.outcome == .acknowledged ? "clean" : "exit 1"), note \(note.outcome == .acknowledged ? "taken" : "refused")"
            switch verdict {
            case .refused:
                let unchanged = try DeskFiles(of: desk) == flipped
                let agrees = check.outcome != .acknowledged && (check.stdout + check.stderr).contains("byte")
                    && note.outcome != .acknowledged && unchanged
                return agrees ? nil : "\(flip): API refused, CLI \(said)"
            case .harmless(warned: false):
                return check.outcome == .acknowledged && note.outcome == .acknowledged ? nil : "\(flip): API harmless, CLI \(said)"
            case .silent:
                return note.outcome == .acknowledged ? nil : "\(flip): API silently accepted, CLI \(said)"
            case .refusedWrite, .harmless(warned: true), .crashed:
                return nil
            }
        }
    }
}
