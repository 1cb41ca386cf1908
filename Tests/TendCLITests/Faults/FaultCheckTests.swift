import Foundation
import Testing

extension Faults {
    /// Damage that flips no bit: files missing or swapped in from elsewhere. `tend check` must exit
    /// 1 naming the file, and a note must be refused without touching anything. A leftover
    /// temporary file is not damage, but check must say it is there.
    @Suite struct FaultCheck {
        struct Damage: Sendable {
            let name: String
            /// What `tend check` must mention.
            let mentions: String
            /// Damage (check exits 1, writes are refused), or only something check reports: a
            /// leftover temporary file is what a killed compaction leaves, and the desk goes on.
            var isDamage = true
            /// Damages the desk (it has notes "n1"…"n3" on T-1001); `tend` runs the commands.
            let make: @Sendable (_ desk: String, _ tend: TendRunner) throws -> Void
        }

        static func file(_ desk: String, _ name: String) -> String { (desk as NSString).appendingPathComponent(name) }

        static let damages: [Damage] = [
            Damage(name: "journal.tend missing", mentions: "journal.tend") { desk, _ in
                try FileManager.default.removeItem(atPath: file(desk, "journal.tend"))
            },
            Damage(name: "another desk's journal.tend", mentions: "journal.tend") { desk, tend in
                let other = tend.path("other")
                try tend.makeDemo(other, tickets: 5)
                for n in 1...3 { _ = try tend.attempt(TendRunner.note("T-1002", "other \(n)", desk: other)) }
                try FileManager.default.removeItem(atPath: file(desk, "journal.tend"))
                try FileManager.default.copyItem(atPath: file(other, "journal.tend"), toPath: file(desk, "journal.tend"))
            },
            Damage(name: "an older snapshot.tend", mentions: "snapshot") { desk, tend in
                let older = try Data(contentsOf: URL(fileURLWithPath: file(desk, "snapshot.tend")))
                _ = try tend.run(["compact", "--store", desk])
                _ = try tend.attempt(TendRunner.note("T-1003", "after compaction", desk: desk))
                try older.write(to: URL(fileURLWithPath: file(desk, "snapshot.tend")))
            },
            Damage(name: "a leftover snapshot.tend.tmp", mentions: ".tmp", isDamage: false) { desk, _ in
                try FileManager.default.copyItem(atPath: file(desk, "snapshot.tend"), toPath: file(desk, "snapshot.tend.tmp"))
            },
            Damage(name: "journal.tend a symlink to a copy elsewhere", mentions: "journal.tend") { desk, tend in
                let elsewhere = tend.path("journal-elsewhere")
                try FileManager.default.moveItem(atPath: file(desk, "journal.tend"), toPath: elsewhere)
                try FileManager.default.createSymbolicLink(atPath: file(desk, "journal.tend"), withDestinationPath: elsewhere)
            },
        ]

        @Test func checkFindsDamageThatFlipsNoBit() throws {
            var figures = FaultFigures("check")
            for damage in Self.damages {
                let tend = TendRunner()
                let desk = tend.path("desk")
                try tend.makeDemo(desk, tickets: 5)
                for n in 1...3 { try #require(try tend.attempt(TendRunner.note("T-1001", "n\(n)", desk: desk)).outcome == .acknowledged) }
                try damage.make(desk, tend)
                let elsewhere = tend.path("journal-elsewhere")
                let before = (try DeskFiles(of: desk), try? Data(contentsOf: URL(fileURLWithPath: elsewhere)))
                figures.runs += 1
                let check = try tend.check(desk)
                let note = try tend.attempt(TendRunner.note("T-1001", "on a damaged desk", desk: desk))
                let after = (try DeskFiles(of: desk), try? Data(contentsOf: URL(fileURLWithPath: elsewhere)))
                if case .crashed = note.outcome { figures.crashes += 1 }
                var wrong: [String] = []
                if (damage.isDamage && check.status != 1) || !check.text.contains(damage.mentions) {
                    wrong.append("check exit \(check.status): \(check.text.trimmingCharacters(in: .whitespacesAndNewlines))")
                }
                if damage.isDamage && note.outcome == .acknowledged { wrong.append("a note was taken") }
                if damage.isDamage && (before.0 != after.0 || before.1 != after.1) { wrong.append("files changed") }
                // A desk that opens must still hold its notes; a desk refused as damaged counts none
                // here (its notes cannot be read back until the damage is put right).
                if let counts = try? tend.noteCounts(desk) {
                    figures.acknowledged += 3
                    figures.lost += (1...3).filter { counts["n\($0)"] == nil }.count
                }
                if !wrong.isEmpty {
                    figures.silentDamage += 1
                    figures.example("missed", ["\(damage.name): " + wrong.joined(separator: ", ")])
                }
            }
            figures.details = ["\(figures.runs) kinds of damage: " + Self.damages.map(\.name).joined(separator: ", ")]
            figures.reportAndExpectClean()
        }
    }
}
