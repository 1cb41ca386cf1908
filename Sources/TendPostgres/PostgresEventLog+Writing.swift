import Foundation
import PostgresNIO
import TendCore

/// A commit whose COMMIT got no answer: it may be recorded. Looked up by its id.
struct CommitInDoubt {
    let commitID: UUID
    let record: JournalRecord
    /// The server process of the lost connection: it may still be finishing the COMMIT.
    let backend: Int32?
    /// The transaction's id: the server says whether it committed, aborted or is still going.
    let transaction: String?
}

/// Writing to a desk in the database.
extension PostgresEventLog {
    public func append(_ record: JournalRecord, after desk: Desk) throws -> JournalRecord? {
        // The database records every change as the session's role; entries in others' names (a
        // backup being restored) would lose who made them, so they are refused here, whole.
        if let other = record.changes.first(where: { $0.entry.actor != sessionUser }) {
            throw TeamDeskError.inAnothersName(login: other.entry.actor)
        }
        let (bare, contacts) = ContactSeparation.split(record.changes)
        let payload = HistoryCodec.encode(bare)
        let commitID = UUID()
        let stored = record
        let db = try live()
        let backend = backendProcess
        var transaction: String?
        do {
            try db.execute("begin")
            transaction = try db.query("select pg_current_xact_id()::text").first?.decode(String.self)
            try Self.insertContacts(contacts, db)
            try db.query("insert into tend.commits (seq, commit_id, payload) values (\(Int64(record.sequence)), \(commitID), \(ByteBuffer(bytes: payload)))")
            try db.execute("commit")
        } catch let error as DatabaseError {
            switch error {
            case .lost(duringCommit: true):
                inDoubt = CommitInDoubt(commitID: commitID, record: stored, backend: backend, transaction: transaction)
                // Said here, by what this returns or throws, not again as a notice.
                guard try settleDoubt(announcing: false) else { throw TeamDeskError.notRecorded }
            case .refused(let state, _) where state == DatabaseError.uniqueViolation:
                if db.isOpen { try? db.execute("rollback") }
                try checkRace(for: record.sequence, error)
                return nil
            case .refused(let state, _) where state == "55P03":
                if db.isOpen { try? db.execute("rollback") }
                throw TeamDeskError.blocked(url: url.redacted)
            default:
                if db.isOpen { try? db.execute("rollback") }
                throw Self.described(error)
            }
        }
        // Durable from here.
        newest = record.sequence
        historySinceSnapshot += payload.count
        return stored
    }

    /// A duplicate is a lost race only if another writer took the sequence; anything else (a
    /// contact row for a ticket that does not exist yet) would make the store retry for ever.
    func checkRace(for sequence: UInt64, _ error: DatabaseError) throws {
        let rows: [PostgresRow]
        do {
            rows = try live().query("select coalesce(max(seq), (select base_seq from tend.desk)) from tend.commits")
        } catch DatabaseError.lost {
            // The insert was refused: nothing was recorded, whatever became of this read.
            throw DatabaseError.lost(duringCommit: false)
        }
        let taken = try rows.first?.decode(Int64.self) ?? 0
        guard UInt64(taken) >= sequence else { throw TeamDeskError.conflictWithoutRace(sequence: sequence, error) }
    }

    /// Looks up a commit whose outcome is unknown. Returns whether it was recorded; throws
    /// `outcomeUnknown` (and keeps the doubt) while the database cannot be reached.
    @discardableResult
    func settleDoubt(announcing: Bool = true) throws -> Bool {
        guard let doubt = inDoubt else { return true }
        do {
            let db = try live()
            if let transaction = doubt.transaction,
               try (try? db.query("select pg_xact_status(\(transaction)::xid8)"))?.first?.decode(String?.self) == "in progress" {
                // The old session may still be finishing: end it (it is ours), and look again later.
                if let backend = doubt.backend { _ = try? db.query("select pg_terminate_backend(\(backend))") }
                throw TeamDeskError.outcomeUnknown(url: url.redacted)
            }
            // Only the commit id tells. The server's word on the transaction id is not enough: an
            // id handed out just before a crash is not in the log, and is handed out again after
            // the restart, so "committed" can be another transaction's (and "in the future", or
            // nothing at all, is what the crash left). Not "in progress", the change is either
            // there under its id or not at all.
            let recorded = !(try db.query("select seq from tend.commits where commit_id = \(doubt.commitID)")).isEmpty
            inDoubt = nil
            if announcing { notices.append(.fromLog(recorded
                ? Bilingual("The connection was lost while change \(doubt.record.sequence) was being saved; Tend reconnected and checked: it was recorded.",
                            "保存第 \(doubt.record.sequence) 项更改时连接中断；Tend 已重新连上并核实：这项更改已经记录。")
                : Bilingual("The connection was lost while a change was being saved; Tend reconnected and checked: it was not recorded.",
                            "保存一项更改时连接中断；Tend 已重新连上并核实：这项更改没有记录。"))) }
            return recorded
        } catch let error as DatabaseError {
            _ = error
            throw TeamDeskError.outcomeUnknown(url: url.redacted)
        }
    }

    public func didCommit(_ desk: Desk, sequence: UInt64) {
        guard mayWriteSnapshots, historySinceSnapshot > compactionThreshold else { return }
        do {
            try compact(desk, sequence: sequence)
        } catch {
            // Housekeeping: the change is recorded; the next commit past the threshold tries again.
            historySinceSnapshot = compactionThreshold / 2
        }
    }

    /// A snapshot of the desk (without contacts, which stay in their own table) as of `sequence`.
    public func compact(_ desk: Desk, sequence: UInt64) throws {
        let (bare, _) = ContactSeparation.split(desk)
        let bytes = HistoryCodec.encodeSnapshot(bare, identity: identity, sequence: sequence)
        do {
            try live().query("insert into tend.snapshots (seq, desk) values (\(Int64(sequence)), \(ByteBuffer(bytes: bytes))) on conflict (seq) do nothing")
            historySinceSnapshot = 0
        } catch {
            throw Self.described(error)
        }
    }
}
