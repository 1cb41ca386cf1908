import Foundation

/// A desk in memory over the log that keeps its history (`FileEventLog` for one person's desk on
/// disk, a database for a team).
///
/// The state lives in memory (`desk`). A change is validated against the desk as the log holds
/// it now (other writers' changes included), appended under the next sequence and applied; it is
/// acknowledged only once the log has made it durable, and nothing after that can turn it into a
/// reported failure.
public final class Store {
    public let log: EventLog
    public internal(set) var desk: Desk

    /// Takes the statistics' digests made on another thread from an earlier copy of `desk`
    /// (`Desk.digested()`); the tickets changed since are digested again. Called where `desk`
    /// is changed, never beside it.
    public func adoptStatsDigests(from earlier: Desk) { desk.adoptStatsDigests(from: earlier) }
    public internal(set) var policy: Policy
    /// The sequence number of the last change applied.
    public internal(set) var sequence: UInt64
    var requests: RequestIndex?
    /// What was applied since it was last taken (`takeUpdate`, `refresh`): this process's own
    /// commits and other writers' changes alike.
    var unreported = DeskUpdate()

    /// Where this person's own files for the desk are kept (drafts, training results, themes): for
    /// a desk on disk, its directory.
    public var directory: String { log.localDirectory }
    /// The directory or database, as messages name it.
    public var location: String { log.location }
    /// Where the policy and roster are kept, as messages name it.
    public var policyPath: String { log.policyLocation }
    public var compactionThreshold: Int {
        get { log.compactionThreshold }
        set { log.compactionThreshold = newValue }
    }

    /// Opens a desk from its log: the newest snapshot and every record after it.
    public init(log: EventLog) throws {
        self.log = log
        let history = try log.whileReading { try log.load() }
        desk = history.desk
        policy = history.policy
        sequence = history.sequence
        for record in history.records { try apply(record) }
        // Opening is not a change: a reader starts from the desk as it is now.
        unreported = DeskUpdate()
    }

    /// A desk just written: what memory holds is what the log holds, so nothing is read back.
    init(log: EventLog, desk: Desk, policy: Policy, sequence: UInt64) {
        self.log = log
        self.desk = desk
        self.policy = policy
        self.sequence = sequence
    }

    public static func exists(at directory: String) -> Bool { FileEventLog.exists(at: directory) }

    /// Opens an existing desk on disk. Damage anywhere but a torn last journal record stops here,
    /// and nothing on disk is changed.
    public static func open(at directory: String) throws -> Store {
        try Store(log: FileEventLog.open(at: directory))
    }

    /// Creates a new desk on disk with this policy and, optionally, tickets (a demo desk).
    /// Refuses to touch a directory that already holds one.
    public static func create(at directory: String, policy: Policy, desk: Desk = Desk()) throws -> Store {
        let log = try FileEventLog.create(at: directory, policy: policy, desk: desk)
        return Store(log: log, desk: desk, policy: try log.loadPolicy(), sequence: 0)
    }

    /// What happened that the user should hear about (a torn record left out, a compaction to be
    /// retried), each once.
    public func takeNotices() -> [StoreNotice] { log.takeNotices() }

    // MARK: Writing

    /// Records a command's changes. `make` sees the desk as the log holds it now (other writers'
    /// changes included) and returns the changes, or throws to refuse; when another writer got
    /// there first, it is asked again against the newer desk. When this returns, the changes are
    /// durable and applied to `desk`. A request already recorded is not made again.
    @discardableResult
    public func commit(request: Request? = nil, _ make: (Desk, Policy) throws -> [Change]) throws -> Commit {
        try log.whileWriting {
            while true {
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
                guard let stored = try log.append(JournalRecord(sequence: sequence + 1, changes: changes), after: desk) else {
                    continue
                }
                // Durable from here: nothing below may report this change as failed.
                applyAcknowledged(stored)
                log.didCommit(desk, sequence: sequence)
                return Commit(changes: stored.changes, recorded: nil)
            }
        }
    }

    /// Those of these requests the desk has recorded, by id (checked against the log as it is
    /// now, in one look).
    public func recorded(requests ids: [String]) throws -> [String: RecordedRequest] {
        try log.whileReading {
            try catchUp()
            let index = requestIndex()
            return Dictionary(uniqueKeysWithValues: Set(ids).compactMap { id in index[id].flatMap { RecordedRequest(id, $0, in: desk) }.map { (id, $0) } })
        }
    }

    func requestIndex() -> RequestIndex {
        if requests == nil { requests = RequestIndex(desk) }
        return requests!
    }

    /// Folds the history into a new snapshot.
    public func compact() throws {
        try log.whileWriting {
            try catchUp()
            try log.compact(desk, sequence: sequence)
        }
    }

    /// Brings `desk` up to date with changes other writers made since we last looked, and says
    /// what changed since the last report (this process's own commits included).
    @discardableResult
    public func refresh() throws -> DeskUpdate {
        try log.whileReading { try catchUp() }
        return takeUpdate()
    }

    /// What changed since the last report, without reading the log: the tickets this process's
    /// commits changed, and what a catch-up brought in.
    public func takeUpdate() -> DeskUpdate {
        defer { unreported = DeskUpdate() }
        return unreported
    }

    /// Whether something was applied that `takeUpdate` has not reported yet.
    public var hasUnreportedChanges: Bool { !unreported.isEmpty }

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

    /// Commands build changes against the current desk; this catches a change that could not be
    /// replayed before it is written, so the log never holds one.
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
