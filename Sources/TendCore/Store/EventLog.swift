/// Where a desk's history is kept: the file journal and snapshot of one person's desk, or a
/// database a team shares. `Store` holds the commit logic (catch up, validate, append, apply)
/// over either; a log only keeps records, in order, under one sequence.
///
/// Two kinds of writer are served by one contract. A file log makes writers take turns
/// (`whileWriting` holds its exclusive lock), so its `append` never loses a race. A database
/// lets writers run side by side: `append` returns nil when another writer took that sequence
/// first, and the store catches up and validates the command again.
public protocol EventLog: AnyObject {
    /// The directory or the database, as messages name it.
    var location: String { get }
    /// Where the desk's policy (and roster) is kept, as messages name it.
    var policyLocation: String { get }
    /// Where this person's own files for the desk are kept: drafts, training results, themes.
    var localDirectory: String { get }
    /// When the history after the newest snapshot grows past this many bytes, a commit folds it
    /// into a new snapshot (where the writer is allowed to).
    var compactionThreshold: Int { get set }

    /// Everything, from the newest snapshot on.
    func load() throws -> LoadedHistory
    /// The desk's policy as it is now.
    func loadPolicy() throws -> Policy
    /// What was appended after `sequence`, or the whole history again when the log cannot
    /// continue from there (a file replaced by another process's compaction).
    func changes(after sequence: UInt64) throws -> CatchUp

    /// Runs `body` as one writer: no other writer appends in between (a file lock), or, for a
    /// log whose writers race, as is.
    func whileWriting<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` while no writer is half-way through an append.
    func whileReading<T>(_ body: () throws -> T) throws -> T
    /// Makes `record` durable after `desk` (the state at `record.sequence - 1`). Returns the
    /// record as a later reader will see it, or nil when another writer took that sequence first.
    /// Once it returns a record, the change is acknowledged: nothing after may report it failed.
    func append(_ record: JournalRecord, after desk: Desk) throws -> JournalRecord?
    /// Housekeeping after an acknowledged change (a compaction that is due). Never throws: the
    /// change is already done.
    func didCommit(_ desk: Desk, sequence: UInt64)
    /// Folds the history into a new snapshot of `desk` now.
    func compact(_ desk: Desk, sequence: UInt64) throws
    /// The error for a record that names a ticket the desk does not have; nil when the log
    /// leaves such a record out instead (having noted it), so that one bad record written by
    /// someone's own program cannot stop everyone's desk.
    func damage(in record: JournalRecord, ticket: TicketID) -> StoreError?
    /// What happened that the user should hear about, each once.
    func takeNotices() -> [StoreNotice]
}

/// A desk as a log holds it: the newest snapshot and the records after it.
public struct LoadedHistory {
    public var desk: Desk
    public var sequence: UInt64
    public var records: [JournalRecord]
    public var policy: Policy

    public init(desk: Desk, sequence: UInt64, records: [JournalRecord], policy: Policy) {
        self.desk = desk
        self.sequence = sequence
        self.records = records
        self.policy = policy
    }
}

/// What a reader missed since it last looked.
public enum CatchUp {
    case records([JournalRecord])
    /// The log cannot be continued from the reader's point: start over from this.
    case reload(LoadedHistory)
}
