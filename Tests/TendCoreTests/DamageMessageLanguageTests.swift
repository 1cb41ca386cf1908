import Foundation
import Testing
@testable import TendCore

/// A damaged desk is reported in the user's language all the way through: in Chinese, the only
/// Latin letters left are in the file's path and in a desk's hex id.
@Suite struct DamageMessageLanguageTests {
    let f = Fixture()

    func makeStore(_ name: String = #function, tickets: Int = 3) throws -> Store { try f.store(name, tickets: tickets) }

    func note(_ store: Store, _ text: String) throws {
        try store.act(on: TicketID(1001), as: f.supervisor, at: Fixture.now, request: nil) { workflow, ticket in
            try workflow.addNote(ticket, text: text)
        }
    }

    func bytes(_ path: String) -> [UInt8] { (try? FileIO.readWhole(path)) ?? [] }
    func write(_ bytes: [UInt8], _ path: String) throws { try Data(bytes).write(to: URL(fileURLWithPath: path)) }

    /// The Chinese message for the error opening `directory` throws, and the Latin letters in it
    /// once the file's path and any desk id (32 hex digits) are taken out.
    func chineseDamage(opening directory: String) -> (message: String, letters: String) {
        do {
            _ = try Store.open(at: directory)
            return ("(the desk opened)", "opened")
        } catch let error as StoreError {
            guard case .damaged(let file, _, _) = error else { return (error.message(.zh), "not damage") }
            let message = error.message(.zh)
            let rest = message.replacingOccurrences(of: file, with: "")
                .replacingOccurrences(of: "[0-9a-f]{32}", with: "", options: .regularExpression)
            return (message, String(rest.filter { $0.isASCII && $0.isLetter }))
        } catch {
            return ("\(error)", "not a store error")
        }
    }

    @Test func aDamagedRecordIsReportedInChinese() throws {
        let store = try makeStore()
        try note(store, "one")
        let firstEnd = bytes(store.journalPath).count
        try note(store, "two")
        var damaged = bytes(store.journalPath)
        damaged[firstEnd - 3] ^= 0xFF
        try write(damaged, store.journalPath)
        let (message, letters) = chineseDamage(opening: store.directory)
        #expect(letters.isEmpty, "\(message)")
    }

    @Test func aMissingJournalIsReportedInChinese() throws {
        let store = try makeStore()
        try note(store, "only in the journal")
        #expect(unlink(store.journalPath) == 0)
        let (message, letters) = chineseDamage(opening: store.directory)
        #expect(letters.isEmpty, "\(message)")
    }

    @Test func anotherDesksJournalIsReportedInChinese() throws {
        let ours = try makeStore("ours")
        let theirs = try makeStore("theirs")
        try note(theirs, "theirs")
        try write(bytes(theirs.journalPath), ours.journalPath)
        let (message, letters) = chineseDamage(opening: ours.directory)
        #expect(letters.isEmpty, "\(message)")
    }

    @Test func aBadSnapshotIsReportedInChinese() throws {
        let store = try makeStore(tickets: 300)
        let whole = bytes(store.snapshotPath)
        var flipped = whole
        flipped[flipped.count / 2] ^= 0x55
        try write(flipped, store.snapshotPath)
        var (message, letters) = chineseDamage(opening: store.directory)
        #expect(letters.isEmpty, "\(message)")
        try write(Array(whole[0..<(whole.count - 20)]), store.snapshotPath)
        (message, letters) = chineseDamage(opening: store.directory)
        #expect(letters.isEmpty, "\(message)")
        try write(Array("not a snapshot".utf8), store.snapshotPath)
        (message, letters) = chineseDamage(opening: store.directory)
        #expect(letters.isEmpty, "\(message)")
    }

    /// What a record's bytes could not be decoded as, in both languages.
    func decodeFailure(_ bytes: [UInt8], _ read: (inout ByteReader) throws -> Void) -> Bilingual? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = ByteReader(buffer)
            do { try read(&reader) } catch let error as DecodeError { return error.reason } catch {}
            return nil
        }
    }

    @Test func undecodableBytesAreExplainedInChinese() throws {
        let failures = [
            decodeFailure([0x01]) { _ = try $0.u32() },
            decodeFailure([UInt8](repeating: 0xFF, count: 10)) { _ = try $0.varint() },
            decodeFailure([0xFF]) { _ = try $0.vocabulary(Grade.self) },
            decodeFailure([0xFF]) { _ = try $0.vocabulary(ServiceLine.self) },
            decodeFailure([0xFF]) { _ = try $0.vocabulary(Anger.self) },
        ]
        for failure in failures {
            let reason = try #require(failure)
            #expect(!reason.en.isEmpty)
            #expect(!reason.zh.contains { $0.isASCII && $0.isLetter }, "\(reason.zh)")
        }
        #expect(failures[0]?.en == "record ends early (needs 4 more bytes)")
        #expect(failures[2]?.en == "unknown Grade code 255" && failures[2]?.zh == "等级编号 255 无法识别")
    }

    @Test func eachFileOperationIsWordedInChinese() {
        let words = ["read": "无法读取 /d/f：", "write": "无法写入 /d/f：", "open": "无法打开 /d/f：", "create": "无法创建 /d/f：",
                     "lock": "无法对 /d/f 加锁：", "sync": "无法将 /d/f 同步到磁盘："]
        for (operation, expected) in words {
            let error = StoreError.io(file: "/d/f", operation: operation, errno: EACCES)
            #expect(error.message(.zh).hasPrefix(expected), "\(error.message(.zh))")
            #expect(error.message(.en).hasPrefix("Cannot \(operation) /d/f: "))
        }
    }
}
