import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading a desk: the snapshot and the journal after it, checked to belong together, and
/// catching up with what other processes appended or compacted since.
extension FileEventLog {
    public func load() throws -> LoadedHistory {
        let policy = try loadPolicy()
        guard FileIO.identity(snapshotPath) != nil else {
            throw StoreError.damaged(file: snapshotPath, offset: 0, reason: Bilingual("the snapshot is missing", "快照文件不见了"))
        }
        let snapshot = try Snapshot.read(path: snapshotPath)
        guard let file = FileIO.identity(journalPath) else { throw missingJournal() }
        let contents = try Journal.read(file: try FileIO.readWhole(journalPath), path: journalPath)
        try checkBelongTogether(snapshot, contents.header)
        identity = snapshot.identity
        format = min(snapshot.version, contents.header.version)
        let linked = snapshot.version == 2 && contents.header.version == 2
        let base = snapshot.point
        var after: [JournalRecord] = []
        for record in contents.records where record.sequence >= base.sequence {
            if record.sequence == base.sequence {
                guard !linked || record.payloadChecksum == base.link else { throw disagreement(at: base.sequence) }
                continue
            }
            after.append(record)
        }
        guard contents.end.sequence >= snapshot.point.sequence else {
            throw StoreError.damaged(file: snapshotPath, offset: 0,
                                     reason: Bilingual("the snapshot holds changes up to \(snapshot.point.sequence), but the journal ends at change \(contents.end.sequence)",
                                                       "快照已记到第 \(snapshot.point.sequence) 项更改，日志却只记到第 \(contents.end.sequence) 项"))
        }
        journalFile = (file.device, file.inode, contents.header, file.size, file.modified)
        journalEnd = contents.validEnd
        point = after.last.map { HistoryPoint(sequence: $0.sequence, link: $0.payloadChecksum) } ?? base
        noteTornTail(contents.tornTail)
        return LoadedHistory(desk: snapshot.desk, sequence: base.sequence, records: after, policy: policy)
    }

    /// A snapshot and a journal belong together when they are of the same desk and the journal
    /// starts at or before the snapshot's point, agreeing about it.
    func checkBelongTogether(_ snapshot: Snapshot.Contents, _ header: Journal.Header) throws {
        switch (snapshot.identity, header.desk) {
        case (let ours?, let theirs?) where ours != theirs:
            throw StoreError.damaged(file: journalPath, offset: 8,
                                     reason: Bilingual("the journal belongs to another desk (\(theirs.text), not \(ours.text))",
                                                       "这份日志是另一个工作台的（它的编号是 \(theirs.text)，本工作台是 \(ours.text)）"))
        case (nil, .some):
            throw StoreError.damaged(file: journalPath, offset: 0, reason: Bilingual("the journal is newer than the snapshot; they do not belong together",
                                                                                    "日志文件比快照文件新，两者不是同一套"))
        default:
            break
        }
        guard header.base.sequence <= snapshot.point.sequence else {
            throw StoreError.damaged(file: journalPath, offset: 0,
                                     reason: Bilingual("the journal follows change \(header.base.sequence) but the snapshot ends at \(snapshot.point.sequence); changes are missing",
                                                       "日志从第 \(header.base.sequence) 项更改之后记起，快照却只到第 \(snapshot.point.sequence) 项，中间的更改缺失了"))
        }
        if header.desk != nil, header.base.sequence == snapshot.point.sequence, header.base.link != snapshot.point.link {
            throw disagreement(at: snapshot.point.sequence)
        }
    }

    func disagreement(at sequence: UInt64) -> StoreError {
        .damaged(file: snapshotPath, offset: 0, reason: Bilingual("the snapshot and the journal disagree about change \(sequence)",
                                                                      "快照和日志对第 \(sequence) 项更改的记载不一致"))
    }

    func missingJournal() -> StoreError {
        .damaged(file: journalPath, offset: 0, reason: Bilingual("the journal is missing, so the changes since the last snapshot cannot be read",
                                                                      "日志文件不见了，上次快照之后的更改都无从读取"))
    }

    public func changes(after sequence: UInt64) throws -> CatchUp {
        guard let now = FileIO.identity(journalPath) else { throw missingJournal() }
        guard let known = journalFile, known.device == now.device, known.inode == now.inode, now.size >= journalEnd,
              known.size != now.size || known.modified == now.modified, try currentJournalHeader() == known.header,
              sequence == point.sequence else {
            return .reload(try load())
        }
        journalFile?.size = now.size
        journalFile?.modified = now.modified
        guard now.size > journalEnd else { return .records([]) }
        let bytes = try FileIO.readWhole(journalPath, from: journalEnd)
        let contents = try Journal.read(tail: bytes, fileOffset: journalEnd, header: known.header, after: point, path: journalPath)
        journalEnd = contents.validEnd
        point = contents.end
        noteTornTail(contents.tornTail)
        return .records(contents.records)
    }

    func noteTornTail(_ torn: (offset: Int, bytes: Int)?) {
        defer { tornTail = torn }
        guard let torn, tornTail?.offset != torn.offset || tornTail?.bytes != torn.bytes else { return }
        notices.append(.tornTail(file: journalPath, offset: torn.offset, bytes: torn.bytes))
    }

    public func loadPolicy() throws -> Policy { try PolicyFile.load(path: policyPath) }

    func rememberJournal() throws {
        guard let file = FileIO.identity(journalPath) else { throw missingJournal() }
        journalFile = (file.device, file.inode, try currentJournalHeader(), file.size, file.modified)
    }

    /// After this process appended or truncated: the size and time it left the journal with.
    func rememberJournalSeen() {
        guard let file = FileIO.identity(journalPath) else { return }
        journalFile?.size = file.size
        journalFile?.modified = file.modified
    }

    func currentJournalHeader() throws -> Journal.Header {
        let fd = try FileIO.openForReading(journalPath)
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: Journal.headerSize)
        let got = try header.withUnsafeMutableBytes { try FileIO.read(fd, into: $0, path: journalPath) }
        return try Array(header[0..<got]).withUnsafeBufferPointer { try Journal.readHeader($0, file: journalPath) }
    }

    /// A crash mid-append left part of a record; drop it before appending after it.
    func truncateTornTail() throws {
        guard let torn = tornTail else { return }
        let fd = Glibc.open(journalPath, O_WRONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: journalPath, operation: "write", errno: errno) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(torn.offset)) == 0 else {
            throw StoreError.io(file: journalPath, operation: "write", errno: errno)
        }
        try FileIO.sync(fd, path: journalPath)
        journalEnd = torn.offset
        tornTail = nil
        rememberJournalSeen()
    }
}
