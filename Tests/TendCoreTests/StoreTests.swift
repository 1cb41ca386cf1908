import Foundation
import Testing
@testable import TendCore

@Suite struct StoreTests {
    let f = Fixture()

    func makeStore(_ name: String = #function, tickets: Int = 0) throws -> Store { try f.store(name, tickets: tickets) }

    /// Adds a note to T-1001 (or a new ticket when the desk is empty), as a command would.
    @discardableResult
    func addNote(_ store: Store, _ text: String) throws -> [Change] {
        try store.commit { desk, policy in
            let flow = Workflow(policy: policy, actor: f.handler, now: Fixture.now)
            if desk.count == 0 {
                return try flow.receive(Fixture.intake()).map { Change(ticket: desk.nextID, entry: TimelineEntry(at: Fixture.now, actor: "li.hua", event: $0)) }
            }
            return try flow.addNote(desk.ticket(TicketID(1001))!, text: text).map {
                Change(ticket: TicketID(1001), entry: TimelineEntry(at: Fixture.now, actor: "li.hua", event: $0))
            }
        }.changes
    }

    func noteTexts(_ store: Store) -> [String] {
        store.desk.ticket(TicketID(1001))?.notes.compactMap { if case .noteAdded(let text) = $0.event { text } else { nil } } ?? []
    }

    func bytes(_ path: String) -> [UInt8] { (try? FileIO.readWhole(path)) ?? [] }

    @Test func changesSurviveReopening() throws {
        let store = try makeStore(tickets: 40)
        try addNote(store, "first")
        try addNote(store, "第二条")
        let reopened = try Store.open(at: store.directory)
        #expect(noteTexts(reopened).suffix(2) == ["first", "第二条"])
        #expect(reopened.sequence == 2)
        #expect(reopened.desk.tickets == store.desk.tickets)
    }

    @Test func aSnapshotRoundTripsEveryTicketExactly() throws {
        let store = try makeStore(tickets: 500)
        let reopened = try Store.open(at: store.directory)
        #expect(reopened.desk.tickets == store.desk.tickets)
        try reopened.compact()
        #expect(try Store.open(at: store.directory).desk.tickets == store.desk.tickets)
    }

    @Test func filesAreForTheOwnerOnly() throws {
        let store = try makeStore()
        try addNote(store, "x")
        let manager = FileManager.default
        let directoryMode = try manager.attributesOfItem(atPath: store.directory)[.posixPermissions] as! Int
        #expect(directoryMode == 0o700)
        for name in try manager.contentsOfDirectory(atPath: store.directory) {
            let mode = try manager.attributesOfItem(atPath: store.directory + "/" + name)[.posixPermissions] as! Int
            #expect(mode == 0o600, "\(name) has mode \(String(mode, radix: 8))")
        }
    }

    @Test func creatingOverAnExistingDeskIsRefused() throws {
        let store = try makeStore(tickets: 3)
        #expect(throws: StoreError.alreadyExists(directory: store.directory)) {
            try Store.create(at: store.directory, policy: f.policy)
        }
        #expect(try Store.open(at: store.directory).desk.count == 3)
    }

    @Test func openingAMissingDeskSaysHowToMakeOne() {
        let path = temporaryDirectory()
        #expect(throws: StoreError.noDesk(directory: path)) { try Store.open(at: path) }
        #expect(StoreError.noDesk(directory: path).message(.en).contains("tend init"))
    }

    /// A crash can cut the last append anywhere: every cut loses that record only, with a warning.
    @Test func aTornLastRecordIsDroppedAtEveryCut() throws {
        let store = try makeStore(tickets: 2)
        try addNote(store, "kept")
        let before = bytes(store.journalPath)
        try addNote(store, "torn")
        let full = bytes(store.journalPath)
        for cut in before.count..<full.count {
            try Data(full[0..<cut]).write(to: URL(fileURLWithPath: store.journalPath))
            let reopened = try Store.open(at: store.directory)
            #expect(noteTexts(reopened).last == "kept")
            #expect(reopened.takeNotices().count == (cut == before.count ? 0 : 1))
        }
        // The next write truncates the torn bytes and appends cleanly after "kept".
        try Data(full[0..<(full.count - 3)]).write(to: URL(fileURLWithPath: store.journalPath))
        let writer = try Store.open(at: store.directory)
        try addNote(writer, "after the crash")
        let final = try Store.open(at: store.directory)
        #expect(final.takeNotices().isEmpty)
        #expect(noteTexts(final).suffix(2) == ["kept", "after the crash"])
    }

    @Test func damageInTheMiddleStopsWithFileAndOffsetAndChangesNothing() throws {
        let store = try makeStore(tickets: 2)
        try addNote(store, "one")
        let firstEnd = bytes(store.journalPath).count
        try addNote(store, "two")
        var damaged = bytes(store.journalPath)
        damaged[firstEnd - 3] ^= 0xFF   // inside the first record, which is not the last
        try Data(damaged).write(to: URL(fileURLWithPath: store.journalPath))
        let snapshotBefore = bytes(store.snapshotPath)
        #expect {
            try Store.open(at: store.directory)
        } throws: { error in
            guard case StoreError.damaged(let file, let offset, _) = error else { return false }
            return file == store.journalPath && offset == Journal.headerSize
        }
        #expect(bytes(store.journalPath) == damaged)
        #expect(bytes(store.snapshotPath) == snapshotBefore)
    }

    @Test func anUnreadableSnapshotStopsTheDesk() throws {
        let store = try makeStore(tickets: 300)
        var snapshot = bytes(store.snapshotPath)
        snapshot[snapshot.count / 2] ^= 0x55
        try Data(snapshot).write(to: URL(fileURLWithPath: store.snapshotPath))
        #expect {
            try Store.open(at: store.directory)
        } throws: { error in
            guard case StoreError.damaged(let file, let offset, let reason) = error else { return false }
            return file == store.snapshotPath && offset > 0 && reason.en.contains("checksum")
        }
        #expect(bytes(store.snapshotPath) == snapshot)
        // A truncated snapshot is damage too: snapshots are written whole or not at all.
        try Data(snapshot[0..<(snapshot.count - 20)]).write(to: URL(fileURLWithPath: store.snapshotPath))
        #expect(throws: StoreError.self) { try Store.open(at: store.directory) }
        try Data("not a snapshot".utf8).write(to: URL(fileURLWithPath: store.snapshotPath))
        #expect {
            try Store.open(at: store.directory)
        } throws: { error in
            guard case StoreError.damaged(let file, let offset, let reason) = error else { return false }
            return file == store.snapshotPath && offset == 0 && reason.en == "not a Tend snapshot (bad header)"
        }
    }

    @Test func twoWritersSeeEachOthersChanges() throws {
        let first = try makeStore(tickets: 5)
        let second = try Store.open(at: first.directory)
        try addNote(first, "from the first terminal")
        try addNote(second, "from the second terminal")
        try addNote(first, "first again")
        #expect(noteTexts(first).suffix(3) == ["from the first terminal", "from the second terminal", "first again"])
        let fresh = try Store.open(at: first.directory)
        #expect(fresh.sequence == 3)
        #expect(fresh.desk.tickets == first.desk.tickets)
    }

    @Test func concurrentWritersInterleaveWithoutLoss() throws {
        let base = try makeStore(tickets: 1)
        let directory = base.directory
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            guard let store = try? Store.open(at: directory) else { return }
            for n in 0..<25 { _ = try? addNote(store, "w\(worker)-\(n)") }
        }
        let final = try Store.open(at: directory)
        #expect(final.sequence == 100)
        #expect(Set(noteTexts(final).filter { $0.hasPrefix("w") }).count == 100)
    }

    @Test func aWriterCatchesUpAfterAnotherCompacted() throws {
        let first = try makeStore(tickets: 5)
        let second = try Store.open(at: first.directory)
        try addNote(first, "before compaction")
        try first.compact()
        try addNote(second, "after compaction")
        let fresh = try Store.open(at: first.directory)
        #expect(noteTexts(fresh).suffix(2) == ["before compaction", "after compaction"])
    }

    /// A file system may give a new journal the inode number of the one it replaced; the writer
    /// must notice by the header, not read the new file at its old offset.
    @Test func aReusedJournalInodeIsRecognisedByItsHeader() throws {
        let first = try makeStore(tickets: 5)
        try addNote(first, "a")
        let kept = first.journalPath + ".kept"
        #expect(link(first.journalPath, kept) == 0)
        let second = try Store.open(at: first.directory)
        try addNote(second, "b")
        try second.compact()
        try addNote(second, "c")
        let newContents = bytes(second.journalPath)
        #expect(rename(kept, first.journalPath) == 0)
        let handle = try #require(FileHandle(forWritingAtPath: first.journalPath))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(newContents))
        try handle.close()
        try addNote(first, "d")
        #expect(noteTexts(first).suffix(4) == ["a", "b", "c", "d"])
        #expect(noteTexts(try Store.open(at: first.directory)).suffix(4) == ["a", "b", "c", "d"])
    }

    @Test func theJournalCompactsItselfWhenItGrows() throws {
        let store = try makeStore(tickets: 2)
        store.compactionThreshold = 2_000
        for n in 0..<40 { try addNote(store, "note \(n) with some words to fill the journal") }
        #expect(bytes(store.journalPath).count < 2_000)
        let reopened = try Store.open(at: store.directory)
        #expect(reopened.sequence == 40)
        #expect(noteTexts(reopened).count == noteTexts(store).count)
    }

    @Test func aCrashBetweenSnapshotAndNewJournalReplaysNothingTwice() throws {
        let store = try makeStore(tickets: 2)
        try addNote(store, "a")
        let oldJournal = bytes(store.journalPath)
        try store.compact()
        // Simulate a crash after the snapshot was renamed but before the journal was replaced.
        try Data(oldJournal).write(to: URL(fileURLWithPath: store.journalPath))
        let reopened = try Store.open(at: store.directory)
        #expect(noteTexts(reopened).filter { $0 == "a" }.count == 1)
        #expect(reopened.sequence == 1)
    }

    @Test func aJournalThatSkipsChangesIsDamage() throws {
        let store = try makeStore(tickets: 2)
        try addNote(store, "a")
        let identity = DeskIdentity(bytes: Array(bytes(store.journalPath)[8..<24]))
        try Data(Journal.header(desk: identity, base: HistoryPoint(sequence: 5, link: 0))).write(to: URL(fileURLWithPath: store.journalPath))
        #expect(throws: StoreError.self) { try Store.open(at: store.directory) }
    }

    @Test func anInvalidPolicyStopsTheDeskWithFileAndLine() throws {
        let store = try makeStore()
        try "demo = maybe\n".write(toFile: store.policyPath, atomically: true, encoding: .utf8)
        #expect {
            try Store.open(at: store.directory)
        } throws: { error in
            (error as? PolicyError)?.line == 1
        }
    }
}
