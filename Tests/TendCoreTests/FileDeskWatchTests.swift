import Foundation
import Testing
@testable import TendCore

/// The file desk's watch wakes a reader when another process commits or compacts, and not for
/// what is written in the desk's subdirectories.
@Suite struct FileDeskWatchTests {
    let f = Fixture()

    func readable(_ watch: DeskWatch) -> Bool {
        var entry = pollfd(fd: watch.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0
    }

    func note(_ store: Store, _ text: String) throws {
        try store.act(on: TicketID(1001), as: f.supervisor, at: Fixture.now) { workflow, ticket in try workflow.addNote(ticket, text: text) }
    }

    @Test func anotherWritersCommitWakesTheWatchUntilAcknowledged() throws {
        let console = try f.store(#function, tickets: 3)
        let watch = try #require(console.makeWatch())
        #expect(!readable(watch))
        let other = try Store.open(at: console.directory)
        try note(other, "one")
        try note(other, "two")
        #expect(readable(watch))
        watch.acknowledge()
        #expect(!readable(watch))
        #expect(try console.refresh().changed == [TicketID(1001)])
        #expect(watch.status == nil)
    }

    @Test func aCompactionRenamingANewJournalInWakesTheWatch() throws {
        let console = try f.store(#function, tickets: 3)
        let watch = try #require(console.makeWatch())
        let other = try Store.open(at: console.directory)
        try other.compact()
        #expect(readable(watch))
        watch.acknowledge()
        #expect(try console.refresh().reloaded)
    }

    @Test func whatIsWrittenInTheDesksSubdirectoriesWakesNobody() throws {
        let console = try f.store(#function, tickets: 3)
        let drafts = console.directory + "/drafts"
        try FileManager.default.createDirectory(atPath: drafts, withIntermediateDirectories: true)
        let watch = try #require(console.makeWatch())
        try Data("half a form".utf8).write(to: URL(fileURLWithPath: drafts + "/li.hua.draft"))
        #expect(!readable(watch))
    }

    @Test func withoutADirectoryThereIsNoWatch() {
        #expect(FileDeskWatch(directory: temporaryDirectory() + "/missing") == nil)
    }
}
