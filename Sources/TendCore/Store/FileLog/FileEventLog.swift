import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One person's desk on disk: `policy.toml`, `snapshot.tend`, `journal.tend` and `lock` in one 0700
/// directory owned by the one person whose desk it is.
///
/// A record is acknowledged only after it is written and fsync'd, and nothing after that fsync
/// can turn it into a reported failure. Opening loads the snapshot and the journal after it,
/// checking that both belong to this desk and continue each other. Writers take the exclusive
/// lock, so they never race: `append` always gets the next sequence.
public final class FileEventLog: EventLog {
    public let directory: String
    /// `TEND_COMPACT_AFTER_BYTES` lowers it, so the fault suite can cross it on a small disk.
    public var compactionThreshold = ProcessInfo.processInfo.environment["TEND_COMPACT_AFTER_BYTES"].flatMap(Int.init) ?? 16 << 20

    /// The last record read or written: what the next record follows and links to.
    var point = HistoryPoint(sequence: 0, link: 0)
    /// nil only for a desk written before identities, until its first change upgrades it.
    var identity: DeskIdentity?
    /// 2, or 1 while a desk written by an earlier Tend has not been upgraded yet.
    var format = 2
    var notices: [StoreNotice] = []
    let lock: FileLock
    /// Which journal file we have read: its identity and header (both are compared, because a file
    /// system may hand a replaced journal's inode number to a new one), and its size and
    /// modification time as last read or written here: the same size with another time means the
    /// file was rewritten in place (a damaged disk block, an editor), and everything is read and
    /// verified again before anything is written after it.
    var journalFile: (device: UInt64, inode: UInt64, header: Journal.Header, size: Int, modified: Int64)?
    var journalEnd = 0
    var tornTail: (offset: Int, bytes: Int)?
    /// After a compaction fails, the journal size at which it is tried again.
    var compactionRetryAt: Int?
    var compactionWarned = false
    /// Set when a failed write could not be taken back: no further change is attempted.
    var unconfirmed: StoreError?

    public var location: String { directory }
    public var policyLocation: String { policyPath }
    public var localDirectory: String { directory }
    var policyPath: String { path(PolicyFile.name) }
    var snapshotPath: String { path(Snapshot.fileName) }
    var journalPath: String { path(Journal.fileName) }

    func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    private init(directory: String) throws {
        self.directory = directory
        try DeskOwner.check(directory)
        lock = try FileLock(path: (directory as NSString).appendingPathComponent("lock"))
    }

    public static func exists(at directory: String) -> Bool {
        FileIO.exists((directory as NSString).appendingPathComponent(PolicyFile.name))
    }

    /// An existing desk's log, not read yet.
    public static func open(at directory: String) throws -> FileEventLog {
        guard exists(at: directory) else { throw StoreError.noDesk(directory: directory) }
        return try FileEventLog(directory: directory)
    }

    /// Writes a new desk with this policy and, optionally, tickets (a demo desk). Refuses to touch
    /// a directory that already holds one.
    public static func create(at directory: String, policy: Policy, desk: Desk) throws -> FileEventLog {
        if exists(at: directory) { throw StoreError.alreadyExists(directory: directory) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.io(file: directory, operation: "create", errno: EACCES)
        }
        try FileIO.makeDirectory(directory)
        let log = try FileEventLog(directory: directory)
        try log.lock.withLock(exclusive: true) {
            if exists(at: directory) { throw StoreError.alreadyExists(directory: directory) }
            let identity = DeskIdentity.random()
            let origin = HistoryPoint(sequence: 0, link: identity.originLink)
            try Snapshot.write(desk, identity: identity, at: origin, to: log.snapshotPath)
            try FileIO.replace(log.journalPath, with: Journal.header(desk: identity, base: origin))
            // The policy goes last: its presence is what makes the directory a desk.
            try FileIO.replace(log.policyPath, with: Array(PolicyFile.render(policy).utf8))
            log.identity = identity
            log.point = origin
            try log.rememberJournal()
            log.journalEnd = Journal.headerSize
        }
        return log
    }

    public func takeNotices() -> [StoreNotice] {
        defer { notices.removeAll() }
        return notices
    }

    public func whileWriting<T>(_ body: () throws -> T) throws -> T {
        try lock.withLock(exclusive: true) {
            if let unconfirmed { throw unconfirmed }
            return try body()
        }
    }

    public func whileReading<T>(_ body: () throws -> T) throws -> T {
        try lock.withLock(exclusive: false, body)
    }

    // MARK: Writing

    public func append(_ record: JournalRecord, after desk: Desk) throws -> JournalRecord? {
        precondition(record.sequence == point.sequence + 1, "under the lock a record takes the next sequence")
        if format < 2 {
            // A desk from an earlier Tend is rewritten before its first change; if that fails,
            // nothing was acknowledged.
            try compact(desk, sequence: point.sequence)
            notices.append(.upgraded(directory: directory))
        }
        try truncateTornTail()
        let bytes = Journal.encode(record, follows: point.link)
        // Read back what a replay will see before anything is written, so that nothing can
        // fail between the fsync and the report.
        let stored = try Journal.read(tail: bytes, fileOffset: journalEnd, header: journalFile!.header, after: point, path: journalPath)
        precondition(stored.records.count == 1 && stored.tornTail == nil, "a record must read back as written")
        try write(bytes)
        // Durable from here: nothing below may report this change as failed.
        point = stored.end
        journalEnd += bytes.count
        rememberJournalSeen()
        return stored.records[0]
    }

    /// Appends one record and fsyncs it. On failure whatever part reached the file is taken back,
    /// so the change is certainly not recorded; if even that fails, the outcome is unknown and the
    /// log refuses further changes until it is reopened (and checked).
    func write(_ bytes: [UInt8]) throws {
        let fd = try FileIO.openForAppending(journalPath)
        defer { close(fd) }
        do {
            try FileIO.writeAll(fd, bytes, path: journalPath)
            try FileIO.sync(fd, path: journalPath)
        } catch {
            if ftruncate(fd, off_t(journalEnd)) == 0 && fsync(fd) == 0 { throw error }
            let failure = StoreError.writeUnconfirmed(file: journalPath, errno: errno)
            unconfirmed = failure
            throw failure
        }
    }

    /// Compaction is housekeeping: when it fails (a full disk), the change it follows is still
    /// durable and reported done. It warns once and is tried again after the journal has grown.
    public func didCommit(_ desk: Desk, sequence: UInt64) {
        guard journalEnd > compactionThreshold else { return }
        if let retryAt = compactionRetryAt, journalEnd < retryAt { return }
        do {
            try compact(desk, sequence: sequence)
            compactionRetryAt = nil
            compactionWarned = false
        } catch {
            compactionRetryAt = journalEnd + max(1 << 10, compactionThreshold / 16)
            guard !compactionWarned else { return }
            compactionWarned = true
            notices.append(.compactionFailed(error as? StoreError ?? .io(file: snapshotPath, operation: "write", errno: EIO)))
        }
    }

    /// A new snapshot of the desk as it is, then a new journal continuing from it. A crash between
    /// the two leaves the new snapshot with the old journal, which still reaches it: both load.
    /// Called under the exclusive lock.
    public func compact(_ desk: Desk, sequence: UInt64) throws {
        precondition(sequence == point.sequence, "a snapshot is of the desk as last read or written")
        removeLeftovers()
        let identity = self.identity ?? DeskIdentity.random()
        try Snapshot.write(desk, identity: identity, at: point, to: snapshotPath)
        self.identity = identity
        try FileIO.replace(journalPath, with: Journal.header(desk: identity, base: point))
        format = 2
        try rememberJournal()
        journalEnd = Journal.headerSize
        tornTail = nil
    }

    /// Temporary files an interrupted compaction left (`snapshot.tend.<random>.tmp`): under the
    /// exclusive lock no other Tend is writing one, and none holds anything acknowledged.
    func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasSuffix(".tmp") && (name.hasPrefix(Snapshot.fileName + ".") || name.hasPrefix(Journal.fileName + ".")) {
            var info = stat()
            if lstat(path(name), &info) == 0 && info.st_mode & S_IFMT == S_IFREG { unlink(path(name)) }
        }
    }

    public func damage(in record: JournalRecord, ticket: TicketID) -> StoreError? {
        StoreError.damaged(file: journalPath, offset: record.fileOffset,
                           reason: Bilingual("record \(record.sequence) changes \(ticket), which does not exist",
                                             "第 \(record.sequence) 条记录要改的工单 \(ticket) 并不存在"))
    }
}
