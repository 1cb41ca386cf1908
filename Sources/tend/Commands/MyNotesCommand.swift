import ArgumentParser
import Foundation
import TendCore

/// The private notes a handler kept after hard calls: only their own, never anyone else's.
struct MyNotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "my-notes",
        abstract: "Read the private notes you kept after hard calls (only yours; they are not on any ticket).")
    @OptionGroup var desk: DeskOptions

    func run() throws {
        try Output.reporting(desk.language) {
            let session = try Session.open(desk)
            let notes = PrivateNotes(storeDirectory: session.store.directory).notes(of: session.actor.login)
            guard !notes.isEmpty else {
                print(session.lang.pick("You have kept no private notes.", "您还没有私人记录。"))
                return
            }
            for note in notes {
                print("\(TimeText.local(note.at))  \(note.ticket)")
                print("  " + note.text.replacingOccurrences(of: "\n", with: "\n  "))
            }
        }
    }
}
