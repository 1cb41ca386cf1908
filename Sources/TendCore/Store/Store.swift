import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A desk on disk: `policy.toml`, `snapshot.tend`, `journal.tend` and `lock` in one 0700 directory
/// owned by the one person whose desk it is.
///
/// The state lives in memory (`desk`). A change is acknowledged only after its journal record is
/// written and fsync'd, and nothing after that fsync can turn it into a reported failure. Opening
/// loads the snapshot and replays the journal after it, checking that both belong to this desk and
/// continue each other. Writers take the exclusive lock and first catch up with whatever other
/// processes appended.
public final class Store {
    public let directory: String
    public internal(set) var desk: Desk
    public internal(set) var policy: Policy
    /// The sequence number of the last change applied.
    public internal(set) var sequence: UInt64
    /// When the journal grows past this many bytes, a commit compacts it into a new snapshot.
    /// `TEND_COMPACT_AFTER_BYTES` lowers it, so the fault suite can cross it on a small disk.
    public var compactionThreshold = ProcessInfo.processInfo.environment["TEND_COMPACT_AFTER_BYTES"].flatMap(Int.init) ?? 16 << 20

    /// The checksum of the last change applied: what the next record links to.
    var link: UInt32 = 0
    /// nil only for a desk written before identities, until its first change upgrades it.
    var identity: DeskIdentity?
    /// 2, or 1 while a desk written by an earlier Tend has not been upgraded yet.
    var format = 2
    var notices: [StoreNotice] = []
    private let lock: FileLock
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
    var requests: RequestIndex?

    public var policyPath: String { path(PolicyFile.name) }
    var snapshotPath: String { path(Snapshot.fileName) }
    var journalPath: String { path(Journal.fileName) }

    func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    private init(directory: String) throws {
        self.directory = directory
        try DeskOwner.check(directory)
        lock = try FileLock(path: (directory as NSString).appendingPathComponent("lock"))
        desk = Desk()
        policy = Policy.starting(with: StaffMember(login: "", name: "", role: .supervisor))
        sequence = 0
    }

    public static func exists(at directory: String) -> Bool {
        FileIO.exists((directory as NSString).appendingPathComponent(PolicyFile.name))
    }

    /// Opens an existing desk. Damage anywhere but a torn last journal record stops here, and
    /// nothing on disk is changed.
    public static func open(at directory: String) throws -> Store {
        guard exists(at: directory) else { throw StoreError.noDesk(directory: directory) }
        let store = try Store(directory: directory)
        try store.lock.withLock(exclusive: false) { try store.loadAll() }
        return store
    }

    /// Creates a new desk with this policy and, optionally, tickets (a demo desk). Refuses to touch
    /// a directory that already holds one.
    public static func create(at directory: String, policy: Policy, desk: Desk = Desk()) throws -> Store {
        if exists(at: directory) { throw StoreError.alreadyExists(directory: directory) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.io(file: directory, operation: "create", errno: EACCES)
        }
        try FileIO.makeDirectory(directory)
        let store = try Store(directory: directory)
        try store.lock.withLock(exclusive: true) {
            if exists(at: directory) { throw StoreError.alreadyExists(directory: directory) }
            let identity = DeskIdentity.random()
            let origin = HistoryPoint(sequence: 0, link: identity.originLink)
            try Snapshot.write(desk, identity: identity, at: origin, to: store.snapshotPath)
            try FileIO.replace(store.journalPath, with: Journal.header(desk: identity, base: origin))
            // The policy goes last: its presence is what makes the directory a desk.
            try FileIO.replace(store.policyPath, with: Array(PolicyFile.render(policy).utf8))
            // What was just written is what memory holds: no need to read it back.
            store.policy = try store.loadPolicy()
            store.desk = desk
            store.identity = identity
            store.link = origin.link
            try store.rememberJournal()
            store.journalEnd = Journal.headerSize
        }
        return store
    }

    /// What happened that the user should hear about (a torn record left out, a compaction to be
    /// retried), each once.
    public func takeNotices() -> [StoreNotice] {
        defer { notices.removeAll() }
        return notices
    }

    // MARK: Writing

    /// Records a command's changes. `make` sees the desk as it is now on disk (other processes'
    /// changes included) and returns the changes, or throws to refuse. When this returns, the
    /// changes are durable and applied to `desk`. A request already recorded is not made again.
    @discardableResult
    public func commit(request: Request? = nil, _ make: (Desk, Policy) throws -> [Change]) throws -> Commit {
        try lock.withLock(exclusive: true) {
            if let unconfirmed { throw unconfirmed }
            try catchUp()
            if let request, !request.fresh, let recorded = try recorded(request) {
                return Commit(changes: recorded.changes, recorded: recorded)
            }
            var changes = try make(desk, policy)
            guard !changes.isEmpty else { return Commit(changes: [], recorded: nil) }
            if let request {
                let stored = RequestID.stored(id: request.id, fingerprint: request.fingerprint)
                for index in changes.indices { changes[index].entry.request = stored }
            }
            try checkApplicable(changes)
            if format < 2 {
                // A desk from an earlier Tend is rewritten before its first change; if that fails,
                // nothing was acknowledged.
                try compactLocked()
                notices.append(.upgraded(directory: directory))
            }
            try truncateTornTail()
            let bytes = Journal.encode(JournalRecord(sequence: sequence + 1, changes: changes), follows: link)
            // Read back what a replay will see before anything is written, so that nothing can
            // fail between the fsync and the report.
            let stored = try Journal.read(tail: bytes, fileOffset: journalEnd, header: journalFile!.header,
                                          after: HistoryPoint(sequence: sequence, link: link), path: journalPath)
            precondition(stored.records.count == 1 && stored.tornTail == nil, "a record must read back as written")
            try append(bytes)
            // Durable from here: nothing below may report this change as failed.
            applyAcknowledged(stored.records[0])
            journalEnd += bytes.count
            rememberJournalSeen()
            compactIfDue()
            return Commit(changes: stored.records[0].changes, recorded: nil)
        }
    }

    /// Those of these requests the desk has recorded, by id (checked against the desk on disk now,
    /// in one look).
    public func recorded(requests ids: [String]) throws -> [String: RecordedRequest] {
        try lock.withLock(exclusive: false) {
            try catchUp()
            let index = requestIndex()
            return Dictionary(uniqueKeysWithValues: Set(ids).compactMap { id in index[id].flatMap { RecordedRequest(id, $0, in: desk) }.map { (id, $0) } })
        }
    }

    func requestIndex() -> RequestIndex {
        if requests == nil { requests = RequestIndex(desk) }
        return requests!
    }

    /// Folds the journal into a new snapshot and starts an empty journal.
    public func compact() throws {
        try lock.withLock(exclusive: true) {
            if let unconfirmed { throw unconfirmed }
            try catchUp()
            try compactLocked()
        }
    }

    /// Brings `desk` up to date with changes other processes made since we loaded.
    public func refresh() throws {
        try lock.withLock(exclusive: false) { try catchUp() }
    }

    func recorded(_ request: Request) throws -> RecordedRequest? {
        guard let entry = requestIndex()[request.id] else { return nil }
        guard entry.actor == request.actor else {
            throw StoreError.requestIdInUse(id: request.id, conflict: .otherActor(entry.actor))
        }
        if let ticket = request.ticket, !entry.tickets.contains(ticket) {
            throw StoreError.requestIdInUse(id: request.id, conflict: .otherTickets(entry.tickets.map(\.description)))
        }
        if let asked = request.fingerprint, let recorded = entry.fingerprint, asked != recorded {
            throw StoreError.requestIdInUse(id: request.id, conflict: .otherChange)
        }
        return RecordedRequest(request.id, entry, in: desk)
    }

    /// Appends one record and fsyncs it. On failure whatever part reached the file is taken back,
    /// so the change is certainly not recorded; if even that fails, the outcome is unknown and the
    /// store refuses further changes until it is reopened (and checked).
    func append(_ bytes: [UInt8]) throws {
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
    func compactIfDue() {
        guard journalEnd > compactionThreshold else { return }
        if let retryAt = compactionRetryAt, journalEnd < retryAt { return }
        do {
            try compactLocked()
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
    func compactLocked() throws {
        removeLeftovers()
        let identity = self.identity ?? DeskIdentity.random()
        let point = HistoryPoint(sequence: sequence, link: link)
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

    /// Commands build changes against the current desk; this catches a change that could not be
    /// replayed before it is written, so the journal never holds one.
    func checkApplicable(_ changes: [Change]) throws {
        var next = desk.nextID.number
        for change in changes {
            if case .received = change.entry.event {
                precondition(change.ticket.number == next, "new tickets must take the next free number")
                next += 1
            } else {
                precondition(change.ticket.number >= Desk.firstNumber && change.ticket.number < next,
                             "a change must name an existing ticket")
            }
        }
    }
}
