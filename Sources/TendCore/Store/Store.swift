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
    public private(set) var desk: Desk
    public private(set) var policy: Policy
    /// The sequence number of the last change applied.
    public private(set) var sequence: UInt64
    /// When the journal grows past this many bytes, a commit compacts it into a new snapshot.
    /// `TEND_COMPACT_AFTER_BYTES` lowers it, so the fault suite can cross it on a small disk.
    public var compactionThreshold = ProcessInfo.processInfo.environment["TEND_COMPACT_AFTER_BYTES"].flatMap(Int.init) ?? 16 << 20

    /// The checksum of the last change applied: what the next record links to.
    private var link: UInt32 = 0
    /// nil only for a desk written before identities, until its first change upgrades it.
    private var identity: DeskIdentity?
    /// 2, or 1 while a desk written by an earlier Tend has not been upgraded yet.
    private var format = 2
    private var notices: [StoreNotice] = []
    private let lock: FileLock
    /// Which journal file we have read: its identity and header. Both are compared, because a file
    /// system may hand a replaced journal's inode number to a new one.
    private var journalFile: (device: UInt64, inode: UInt64, header: Journal.Header)?
    /// The journal's size and modification time as last read or written here: the same size with
    /// another time means the file was rewritten in place (a damaged disk block, an editor), and
    /// everything is read and verified again before anything is written after it.
    private var journalSeen: (size: Int, modified: Int64)?
    private var journalEnd = 0
    private var tornTail: (offset: Int, bytes: Int)?
    /// After a compaction fails, the journal size at which it is tried again.
    private var compactionRetryAt: Int?
    private var compactionWarned = false
    /// Set when a failed write could not be taken back: no further change is attempted.
    private var unconfirmed: StoreError?
    private var requests: RequestIndex?

    public var policyPath: String { path(PolicyFile.name) }
    var snapshotPath: String { path(Snapshot.fileName) }
    var journalPath: String { path(Journal.fileName) }

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

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

    /// Who asks for a change and under which id, so that a retry is recognised.
    public struct Request: Sendable {
        public let id: String
        public let actor: String
        /// The ticket the request is about, when it names one: the same id for another ticket is refused.
        public let ticket: TicketID?
        /// A digest of what was asked (`RequestID.fingerprint`): the same id asking for something
        /// else is refused instead of being told the first outcome.
        public let fingerprint: String?
        /// An id made just now for this request (not given by a caller who may be retrying): it
        /// cannot have been recorded, so no look-up is needed.
        public let fresh: Bool

        public init(id: String, actor: String, ticket: TicketID? = nil, fingerprint: String? = nil, fresh: Bool = false) {
            self.id = id
            self.actor = actor
            self.ticket = ticket
            self.fingerprint = fingerprint
            self.fresh = fresh
        }
    }

    /// What a commit did.
    public struct Commit: Sendable {
        public let changes: [Change]
        /// Set when the request had been recorded before: nothing was written, and `changes` are
        /// what the first attempt recorded.
        public let recorded: RecordedRequest?
    }

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

    /// The request with this id, if the desk has recorded it (checked against the desk on disk now).
    public func recorded(request id: String) throws -> RecordedRequest? {
        try lock.withLock(exclusive: false) {
            try catchUp()
            return requestIndex()[id].flatMap { RecordedRequest(id, $0, in: desk) }
        }
    }

    private func requestIndex() -> RequestIndex {
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

    private func recorded(_ request: Request) throws -> RecordedRequest? {
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
    private func append(_ bytes: [UInt8]) throws {
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
    private func compactIfDue() {
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
    private func compactLocked() throws {
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
    private func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names where name.hasSuffix(".tmp") && (name.hasPrefix(Snapshot.fileName + ".") || name.hasPrefix(Journal.fileName + ".")) {
            var info = stat()
            if lstat(path(name), &info) == 0 && info.st_mode & S_IFMT == S_IFREG { unlink(path(name)) }
        }
    }

    // MARK: Loading

    private func loadAll() throws {
        policy = try loadPolicy()
        guard FileIO.identity(snapshotPath) != nil else {
            throw StoreError.damaged(file: snapshotPath, offset: 0, reason: Bilingual("the snapshot is missing", "快照文件不见了"))
        }
        let snapshot = try Snapshot.read(path: snapshotPath)
        guard let file = FileIO.identity(journalPath) else { throw missingJournal() }
        let contents = try Journal.read(file: try FileIO.readWhole(journalPath), path: journalPath)
        try checkBelongTogether(snapshot, contents.header)
        desk = snapshot.desk
        sequence = snapshot.point.sequence
        link = snapshot.point.link
        identity = snapshot.identity
        format = min(snapshot.version, contents.header.version)
        requests = nil
        let linked = snapshot.version == 2 && contents.header.version == 2
        for record in contents.records where record.sequence >= sequence {
            if record.sequence == sequence {
                guard !linked || record.payloadChecksum == link else { throw disagreement(at: sequence) }
                continue
            }
            try apply(record)
        }
        guard contents.end.sequence >= snapshot.point.sequence else {
            throw StoreError.damaged(file: snapshotPath, offset: 0,
                                     reason: Bilingual("the snapshot holds changes up to \(snapshot.point.sequence), but the journal ends at change \(contents.end.sequence)",
                                                       "快照已记到第 \(snapshot.point.sequence) 项更改，日志却只记到第 \(contents.end.sequence) 项"))
        }
        journalFile = (file.device, file.inode, contents.header)
        journalSeen = (file.size, file.modified)
        journalEnd = contents.validEnd
        noteTornTail(contents.tornTail)
    }

    /// A snapshot and a journal belong together when they are of the same desk and the journal
    /// starts at or before the snapshot's point, agreeing about it.
    private func checkBelongTogether(_ snapshot: Snapshot.Contents, _ header: Journal.Header) throws {
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

    private func disagreement(at sequence: UInt64) -> StoreError {
        .damaged(file: snapshotPath, offset: 0, reason: Bilingual("the snapshot and the journal disagree about change \(sequence)",
                                                                      "快照和日志对第 \(sequence) 项更改的记载不一致"))
    }

    private func missingJournal() -> StoreError {
        .damaged(file: journalPath, offset: 0, reason: Bilingual("the journal is missing, so the changes since the last snapshot cannot be read",
                                                                      "日志文件不见了，上次快照之后的更改都无从读取"))
    }

    private func catchUp() throws {
        policy = try loadPolicy()
        guard let now = FileIO.identity(journalPath) else { throw missingJournal() }
        let rewrittenInPlace = journalSeen.map { $0.size == now.size && $0.modified != now.modified } ?? true
        guard let known = journalFile, known.device == now.device, known.inode == now.inode, now.size >= journalEnd,
              !rewrittenInPlace, try currentJournalHeader() == known.header else {
            return try loadAll()
        }
        journalSeen = (now.size, now.modified)
        guard now.size > journalEnd else { return }
        let bytes = try FileIO.readWhole(journalPath, from: journalEnd)
        let contents = try Journal.read(tail: bytes, fileOffset: journalEnd, header: known.header,
                                        after: HistoryPoint(sequence: sequence, link: link), path: journalPath)
        for record in contents.records { try apply(record) }
        journalEnd = contents.validEnd
        noteTornTail(contents.tornTail)
    }

    private func noteTornTail(_ torn: (offset: Int, bytes: Int)?) {
        defer { tornTail = torn }
        guard let torn, tornTail?.offset != torn.offset || tornTail?.bytes != torn.bytes else { return }
        notices.append(.tornTail(file: journalPath, offset: torn.offset, bytes: torn.bytes))
    }

    private func apply(_ record: JournalRecord) throws {
        for change in record.changes where !desk.apply(change) {
            throw StoreError.damaged(file: journalPath, offset: record.fileOffset,
                                     reason: Bilingual("record \(record.sequence) changes \(change.ticket), which does not exist",
                                                       "第 \(record.sequence) 条记录要改的工单 \(change.ticket) 并不存在"))
        }
        sequence = record.sequence
        link = record.payloadChecksum
        requests?.add(record.changes)
    }

    /// A record this process just made durable: `checkApplicable` has already shown it applies.
    private func applyAcknowledged(_ record: JournalRecord) {
        for change in record.changes {
            let applied = desk.apply(change)
            precondition(applied, "checked by checkApplicable before writing")
        }
        sequence = record.sequence
        link = record.payloadChecksum
        requests?.add(record.changes)
    }

    private func loadPolicy() throws -> Policy { try PolicyFile.load(path: policyPath) }

    private func rememberJournal() throws {
        guard let file = FileIO.identity(journalPath) else { throw missingJournal() }
        journalFile = (file.device, file.inode, try currentJournalHeader())
        journalSeen = (file.size, file.modified)
    }

    private func rememberJournalSeen() {
        journalSeen = FileIO.identity(journalPath).map { ($0.size, $0.modified) }
    }

    private func currentJournalHeader() throws -> Journal.Header {
        let fd = try FileIO.openForReading(journalPath)
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: Journal.headerSize)
        let got = try header.withUnsafeMutableBytes { try FileIO.read(fd, into: $0, path: journalPath) }
        return try Array(header[0..<got]).withUnsafeBufferPointer { try Journal.readHeader($0, file: journalPath) }
    }

    /// A crash mid-append left part of a record; drop it before appending after it.
    private func truncateTornTail() throws {
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

    /// Commands build changes against the current desk; this catches a change that could not be
    /// replayed before it is written, so the journal never holds one.
    private func checkApplicable(_ changes: [Change]) throws {
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
