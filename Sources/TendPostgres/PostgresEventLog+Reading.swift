import Foundation
import PostgresNIO
import TendCore

/// Reading a desk from the database: the newest snapshot, the changes after it, and the contacts
/// for whoever is granted them.
extension PostgresEventLog {
    public func load() throws -> LoadedHistory {
        let db = try live()
        do {
            // One consistent view of the snapshot, the changes after it and the contacts.
            try db.execute("begin isolation level repeatable read read only")
            let policy = try readPolicy(db, force: true)
            var (desk, sequence) = try newestReadableSnapshot(db)
            historySinceSnapshot = 0
            let records = try records(after: sequence, db)
            if mayReadContacts {
                ContactSeparation.join(&desk, try contacts(from: Desk.firstNumber, db))
            }
            try db.execute("commit")
            newest = records.last?.sequence ?? sequence
            return LoadedHistory(desk: desk, sequence: sequence, records: records, policy: policy)
        } catch DatabaseError.lost {
            // Only a read was under way: nothing can have been recorded.
            throw DatabaseError.lost(duringCommit: false)
        } catch {
            if db.isOpen { try? db.execute("rollback") }
            throw Self.described(error)
        }
    }

    public func loadPolicy() throws -> Policy {
        do {
            return try readPolicy(try live(), force: false)
        } catch DatabaseError.lost {
            // Only a read was under way: nothing can have been recorded.
            throw DatabaseError.lost(duringCommit: false)
        } catch {
            throw Self.described(error)
        }
    }

    public func changes(after sequence: UInt64) throws -> CatchUp {
        do {
            let db = try live()
            let records = try records(after: sequence, db)
            newest = records.last?.sequence ?? max(newest, sequence)
            return .records(records)
        } catch DatabaseError.lost {
            throw DatabaseError.lost(duringCommit: false)
        } catch {
            throw Self.described(error)
        }
    }

    /// The newest snapshot that can be read. One that cannot (damaged, or written wrong by a
    /// supervisor's own program) is passed over with a notice: the changes after an older one
    /// still lead to the same desk, since no change is ever removed.
    func newestReadableSnapshot(_ db: DatabaseConnection) throws -> (Desk, UInt64) {
        let rows = try db.query("select seq, id, written_by from tend.snapshots order by seq desc limit 5")
        var firstProblem: Error?
        for row in rows {
            let (seq, id, writer) = try row.decode((Int64, UUID, String).self)
            do {
                return try snapshot(at: seq, id: id, db, place: "\(url.redacted) snapshot \(seq)")
            } catch let error as StoreError {
                firstProblem = firstProblem ?? error
                notices.append(.fromLog(Bilingual("The snapshot at change \(seq), written by \(writer), cannot be read (\(error.message(.en))); an older one was used.",
                                                  "第 \(seq) 项更改时的快照（由 \(writer) 写入）无法读取（\(error.message(.zh))），已改用更早的快照。")))
            }
        }
        throw firstProblem ?? TeamDeskError.noDesk(url: url.redacted)
    }

    /// The snapshot at `seq`, from this machine's cache when it holds it, else fetched (and cached).
    func snapshot(at seq: Int64, id: UUID, _ db: DatabaseConnection, place: String) throws -> (Desk, UInt64) {
        let cached = SnapshotCache.path(desk: identity, sequence: seq, id: id)
        if FileManager.default.fileExists(atPath: cached) {
            if let found = try? check(HistoryCodec.decodeSnapshot(path: cached), seq: seq, place: place) { return found }
            SnapshotCache.forget(desk: identity, sequence: seq, id: id)
        }
        let rows = try db.query("select desk from tend.snapshots where seq = \(seq)")
        guard let buffer = try rows.first?.decode(ByteBuffer.self) else { throw TeamDeskError.noDesk(url: url.redacted) }
        let bytes = Array(buffer.readableBytesView)
        let found = try decodeSnapshot(bytes, seq: seq, place: place)
        SnapshotCache.write(bytes, desk: identity, sequence: seq, id: id)
        return found
    }

    func decodeSnapshot(_ bytes: [UInt8], seq: Int64, place: String) throws -> (Desk, UInt64) {
        try check(HistoryCodec.decodeSnapshot(bytes, place: place), seq: seq, place: place)
    }

    func check(_ decoded: (desk: Desk, sequence: UInt64, identity: [UInt8]?), seq: Int64, place: String) throws -> (Desk, UInt64) {
        let (desk, sequence, snapshotIdentity) = decoded
        guard sequence == UInt64(seq), snapshotIdentity == identity else {
            throw StoreError.damaged(file: place, offset: 0, reason: Bilingual("the snapshot does not belong to this desk or to change \(seq)",
                                                                               "这份快照不属于本工作台，或不是第 \(seq) 项更改时的快照"))
        }
        return (desk, sequence)
    }

    /// The newest policy: read again only when a newer version was written.
    func readPolicy(_ db: DatabaseConnection, force: Bool) throws -> Policy {
        let known = force ? 0 : policyVersion
        let rows = try db.query("select version, document, written_by from tend.policies where version > \(known) order by version desc limit 5")
        var firstProblem: Error?
        for row in rows {
            let (version, document, writer) = try row.decode((Int64, String, String).self)
            do {
                policy = try PolicyFile.parse(document, path: policyLocation)
                policyVersion = version
                break
            } catch {
                // A policy put in with psql, unchecked: the newest that reads stays in force.
                firstProblem = firstProblem ?? error
                notices.append(.fromLog(Bilingual("The policy version \(version), written by \(writer), has an error and was passed over: \((error as? Refusal)?.message(.en) ?? "\(error)")",
                                                  "第 \(version) 版政策（由 \(writer) 写入）有错误，已跳过：\((error as? Refusal)?.message(.zh) ?? "\(error)")")))
            }
        }
        if policy == nil, let firstProblem { throw firstProblem }
        guard let policy else { throw TeamDeskError.noPolicy(url: url.redacted) }
        return policy
    }

    /// The changes after `sequence`, each entry recorded as the role the database says wrote it,
    /// with the contacts of new tickets filled in for whoever may read them.
    func records(after sequence: UInt64, _ db: DatabaseConnection) throws -> [JournalRecord] {
        let rows = try db.query("select seq, actor, payload from tend.commits where seq > \(Int64(sequence)) order by seq")
        var records: [JournalRecord] = []
        records.reserveCapacity(rows.count)
        var firstNewTicket: Int32?
        for row in rows {
            let (seq, actor, payload) = try row.decode((Int64, String, ByteBuffer).self)
            historySinceSnapshot += payload.readableBytes
            var record: JournalRecord
            do {
                record = try HistoryCodec.decode(Array(payload.readableBytesView), sequence: UInt64(seq), place: "\(url.redacted) change \(seq)")
            } catch let error as StoreError {
                // Bytes no Tend wrote: left out, with who wrote them, so the desk stays usable.
                notices.append(.fromLog(Bilingual("Change \(seq), written by \(actor), cannot be read (\(error.message(.en))); it was left out.",
                                                  "第 \(seq) 项更改（由 \(actor) 写入）无法读取（\(error.message(.zh))），已略去。")))
                records.append(JournalRecord(sequence: UInt64(seq), changes: []))
                continue
            }
            // The payload's own actor is the client's claim; the column is the database's word.
            for index in record.changes.indices {
                record.changes[index].entry.actor = actor
                if case .received = record.changes[index].entry.event, firstNewTicket == nil {
                    firstNewTicket = record.changes[index].ticket.number
                }
            }
            records.append(record)
        }
        guard mayReadContacts, let firstNewTicket else { return records }
        let found: [Int32: String]
        do {
            found = try contacts(from: firstNewTicket, db)
        } catch let error as DatabaseError where error.sqlState == DatabaseError.insufficientPrivilege {
            // The right to read contacts was taken away while the desk was open (`team sync`
            // after someone became a trainee): from now on they are read without, as a trainee
            // opening the desk would. Refused for ever, the desk could not be read at all.
            mayReadContacts = false
            _ = error
            return records
        }
        return records.map { JournalRecord(sequence: $0.sequence, changes: ContactSeparation.join($0.changes, found)) }
    }

    /// The contacts of tickets from `ticket` on, as two arrays in one row: a million rows, each
    /// decoded on its own, cost several times more.
    func contacts(from ticket: Int32, _ db: DatabaseConnection) throws -> [Int32: String] {
        let rows = try db.query("""
            select coalesce(array_agg(ticket), '{}'), coalesce(array_agg(contact), '{}')
            from tend.contacts where ticket >= \(ticket)
            """)
        guard let (tickets, texts) = try rows.first?.decode(([Int32], [String]).self), tickets.count == texts.count else { return [:] }
        var contacts: [Int32: String] = [:]
        contacts.reserveCapacity(tickets.count)
        for (ticket, contact) in zip(tickets, texts) { contacts[ticket] = contact }
        return contacts
    }
}
