import Foundation
import Testing
@testable import TendConsole
import TendCore

/// A saved draft is whole and owner-only, whatever was there before it. (That it is fsync'd with
/// its folder is shown by DurableWritesEndToEndTests, which reads the system calls.)
@Suite struct DraftDurabilityTests {
    @Test func aSavedDraftIsCompleteAndOwnerOnly() throws {
        let store = NSTemporaryDirectory() + "tend-durable-drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: store) }
        let shelf = DraftShelf(storeDirectory: store, login: "li.hua")
        let long = String(repeating: "耳朵红肿，", count: 20_000)
        let first = Draft(purpose: .note(TicketID(1001)), values: ["text": long], focus: 0, savedAt: Date(timeIntervalSince1970: 1_795_000_000))
        try shelf.save(first)
        let second = Draft(purpose: .note(TicketID(1001)), values: ["text": "短"], focus: 0, savedAt: Date(timeIntervalSince1970: 1_795_000_060))
        try shelf.save(second)
        let path = shelf.directory + "/note-T-1001.json"
        // Replaced whole: the shorter draft, with nothing of the longer one left over.
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try JSONDecoder().decode(Draft.self, from: data) == second)
        #expect(data.count < 200)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        for folder in [store + "/drafts", shelf.directory] {
            #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700, "\(folder)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf.directory) == ["note-T-1001.json"])
    }

    @Test func aLeftoverTemporaryFileIsReplacedNotFollowed() throws {
        let store = NSTemporaryDirectory() + "tend-durable-drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: store) }
        let shelf = DraftShelf(storeDirectory: store, login: "li.hua")
        try FileManager.default.createDirectory(atPath: shelf.directory, withIntermediateDirectories: true)
        let elsewhere = store + "/elsewhere"
        try "keep me".write(toFile: elsewhere, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: shelf.directory + "/intake.json.tmp", withDestinationPath: elsewhere)
        let draft = Draft(purpose: .intake, values: ["customer": "林小姐"], focus: 0, savedAt: Date(timeIntervalSince1970: 1_795_000_000))
        try shelf.save(draft)
        #expect(try String(contentsOfFile: elsewhere, encoding: .utf8) == "keep me")
        #expect(shelf.load().drafts == [draft])
    }
}
