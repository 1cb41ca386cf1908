import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A desk on disk: `policy.toml`, `snapshot.tend`, `journal.tend` and `lock` in one 0700 directory.
///
/// The state lives in memory (`desk`). A change is acknowledged only after its journal record is
/// written and fsync'd; opening loads the snapshot and replays the journal after it. Writers take
/// the exclusive lock and first catch up with whatever other processes appended.
public final class Store {
    public let directory: String
    public private(set) var desk: Desk
    public private(set) var policy: Policy
    /// The sequence number of the last journal record applied.
    public private(set) var sequence: UInt64
    /// Things worth telling the user that did not stop the desk from opening.
    public private(set) var warnings: [String] = []
    /// When the journal grows past this many bytes, a commit compacts it into a new snapshot.
    /// `TEND_COMPACT_AFTER_BYTES` lowers it, so the fault suite can cross it on a small disk.
    public var compactionThreshold = ProcessInfo.processInfo.environment["TEND_COMPACT_AFTER_BYTES"].flatMap(Int.init) ?? 16 << 20

    private let lock: FileLock
    /// Which journal file we have read: its identity and the sequence its header follows. Both are
    /// compared, because a file system may hand a replaced journal's inode number to a new one.
    private var journalFile: (device: UInt64, inode: UInt64, base: UInt64)?
    private var journalEnd = 0
    private var tornTail: (offset: Int, bytes: Int)?

    public var policyPath: String { path(PolicyFile.name) }
    var snapshotPath: String { path(Snapshot.fileName) }
    var journalPath: String { path(Journal.fileName) }

    private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    private init(directory: String) throws {
        self.directory = directory
        lock = try FileLock(path: (directory as NSString).appendingPathComponent("lock"))
        desk = Desk()
        policy = Policy.starting(with: StaffMember(login: "", name: "", role: .supervisor))
        sequence = 0
    }

    public static func exists(at directory: String) -> Bool {
        FileIO.exists((directory as NSString).appendingPathComponent(PolicyFile.name))
    }

    /// Opens an existing desk. Damage anywhere but a torn last journal record stops here.
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
            try Snapshot.write(desk, sequence: 0, to: store.snapshotPath)
            try FileIO.replace(store.journalPath, with: Journal.header(base: 0))
            // The policy goes last: its presence is what makes the directory a desk.
            try FileIO.replace(store.policyPath, with: Array(PolicyFile.render(policy).utf8))
            // What was just written is what memory holds: no need to read it back.
            store.policy = try store.loadPolicy()
            store.desk = desk
            try store.rememberJournal()
            store.journalEnd = Journal.headerSize
        }
        return store
    }

    // MARK: Writing

    /// Records a command's changes. `make` sees the desk as it is now on disk (other processes'
    /// changes included) and returns the changes, or throws to refuse. When this returns, the
    /// changes are durable and applied to `desk`.
    @discardableResult
    public func commit(_ make: (Desk, Policy) throws -> [Change]) throws -> [Change] {
        try lock.withLock(exclusive: true) {
            try catchUp()
            let changes = try make(desk, policy)
            guard !changes.isEmpty else { return [] }
            try checkApplicable(changes)
            try truncateTornTail()
            let bytes = Journal.encode(JournalRecord(sequence: sequence + 1, changes: changes))
            let fd = try FileIO.openForAppending(journalPath)
            defer { close(fd) }
            do {
                try FileIO.writeAll(fd, bytes, path: journalPath)
                try FileIO.sync(fd, path: journalPath)
            } catch {
                // Not acknowledged: take back whatever part reached the file, so the next append
                // does not land after half a record.
                _ = ftruncate(fd, off_t(journalEnd))
                _ = fsync(fd)
                throw error
            }
            // Apply what the journal will give back on replay, so memory and disk cannot differ.
            let stored = try Journal.read(bytes, fileOffset: journalEnd, file: journalPath)
            for record in stored.records { try apply(record, offset: journalEnd) }
            journalEnd += bytes.count
            if journalEnd > compactionThreshold { try compactLocked() }
            return stored.records.flatMap(\.changes)
        }
    }

    /// Folds the journal into a new snapshot and starts an empty journal.
    public func compact() throws {
        try lock.withLock(exclusive: true) {
            try catchUp()
            try compactLocked()
        }
    }

    /// Brings `desk` up to date with changes other processes made since we loaded.
    public func refresh() throws {
        try lock.withLock(exclusive: false) { try catchUp() }
    }

    private func compactLocked() throws {
        try Snapshot.write(desk, sequence: sequence, to: snapshotPath)
        try FileIO.replace(journalPath, with: Journal.header(base: sequence))
        try rememberJournal()
        journalEnd = Journal.headerSize
        tornTail = nil
    }

    // MARK: Loading

    private func loadAll() throws {
        policy = try loadPolicy()
        if FileIO.exists(snapshotPath) {
            (desk, sequence) = try Snapshot.read(path: snapshotPath)
        } else {
            (desk, sequence) = (Desk(), 0)
        }
        journalEnd = 0
        tornTail = nil
        journalFile = nil
        guard FileIO.exists(journalPath), let identity = FileIO.identity(journalPath) else { return }
        let contents = try Journal.read(try FileIO.readWhole(journalPath), fileOffset: 0, file: journalPath)
        journalFile = (identity.device, identity.inode, contents.base)
        guard contents.base <= sequence else {
            throw StoreError.damaged(file: journalPath, offset: 0,
                                     reason: "the journal follows change \(contents.base) but the snapshot ends at \(sequence); changes are missing")
        }
        try applyRecords(contents)
    }

    private func catchUp() throws {
        policy = try loadPolicy()
        guard let now = FileIO.identity(journalPath) else {
            if journalFile != nil { try loadAll() }
            try FileIO.replace(journalPath, with: Journal.header(base: sequence))
            try rememberJournal()
            journalEnd = Journal.headerSize
            return
        }
        if let known = journalFile, known.device == now.device, known.inode == now.inode, now.size >= journalEnd,
           try journalBase() == known.base {
            guard now.size > journalEnd else { return }
            let bytes = try FileIO.readWhole(journalPath, from: journalEnd)
            try applyRecords(try Journal.read(bytes, fileOffset: journalEnd, file: journalPath))
        } else {
            try loadAll()
        }
    }

    private func applyRecords(_ contents: Journal.Contents) throws {
        for record in contents.records where record.sequence > sequence {
            try apply(record, offset: record.fileOffset)
        }
        journalEnd = contents.validEnd
        tornTail = contents.tornTail
        if let torn = contents.tornTail {
            warnings.append("\(journalPath): dropped an incomplete last record at byte \(torn.offset) (\(torn.bytes) bytes) left by an interrupted write; it was never reported as done.")
        }
    }

    private func apply(_ record: JournalRecord, offset: Int) throws {
        guard record.sequence == sequence + 1 else {
            throw StoreError.damaged(file: journalPath, offset: offset,
                                     reason: "record \(record.sequence) follows \(sequence); records are missing")
        }
        for change in record.changes where !desk.apply(change) {
            throw StoreError.damaged(file: journalPath, offset: offset,
                                     reason: "record \(record.sequence) changes \(change.ticket), which does not exist")
        }
        sequence = record.sequence
    }

    private func loadPolicy() throws -> Policy { try PolicyFile.load(path: policyPath) }

    private func rememberJournal() throws {
        guard let identity = FileIO.identity(journalPath) else {
            throw StoreError.io(file: journalPath, operation: "read", errno: ENOENT)
        }
        journalFile = (identity.device, identity.inode, try journalBase())
    }

    private func journalBase() throws -> UInt64 {
        let fd = try FileIO.openForReading(journalPath)
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: Journal.headerSize)
        let got = try header.withUnsafeMutableBytes { try FileIO.read(fd, into: $0, path: journalPath) }
        return try Journal.readHeader(Array(header[0..<got]), file: journalPath)
    }

    /// A crash mid-append left part of a record; drop it before appending after it.
    private func truncateTornTail() throws {
        guard let torn = tornTail else { return }
        let fd = Glibc.open(journalPath, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw StoreError.io(file: journalPath, operation: "write", errno: errno) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(torn.offset)) == 0 else {
            throw StoreError.io(file: journalPath, operation: "write", errno: errno)
        }
        try FileIO.sync(fd, path: journalPath)
        journalEnd = torn.offset
        tornTail = nil
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
