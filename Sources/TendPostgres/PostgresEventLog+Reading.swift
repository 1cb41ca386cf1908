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
            let newestRows = try db.query("select seq from tend.snapshots order by seq desc limit 1")
            guard let seq = try newestRows.first?.decode(Int64.self) else { throw TeamDeskError.noDesk(url: url.redacted) }
            let place = "\(url.redacted) snapshot \(seq)"
            var (desk, sequence) = try snapshot(at: seq, db, place: place)
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
        } catch {
            throw Self.described(error)
        }
    }

    /// The snapshot at `seq`, from this machine's cache when it holds it, else fetched (and cached).
    func snapshot(at seq: Int64, _ db: DatabaseConnection, place: String) throws -> (Desk, UInt64) {
        let cached = SnapshotCache.path(desk: identity, sequence: seq)
        if FileManager.default.fileExists(atPath: cached) {
            if let found = try? check(HistoryCodec.decodeSnapshot(path: cached), seq: seq, place: place) { return found }
            SnapshotCache.forget(desk: identity, sequence: seq)
        }
        let rows = try db.query("select desk from tend.snapshots where seq = \(seq)")
        guard let buffer = try rows.first?.decode(ByteBuffer.self) else { throw TeamDeskError.noDesk(url: url.redacted) }
        let bytes = Array(buffer.readableBytesView)
        let found = try decodeSnapshot(bytes, seq: seq, place: place)
        SnapshotCache.write(bytes, desk: identity, sequence: seq)
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
        let rows = try db.query("select version, document from tend.policies where version > \(known) order by version desc limit 1")
        if let (version, document) = try rows.first?.decode((Int64, String).self) {
            policy = try PolicyFile.parse(document, path: policyLocation)
            policyVersion = version
        }
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
            var record = try HistoryCodec.decode(Array(payload.readableBytesView), sequence: UInt64(seq), place: "\(url.redacted) change \(seq)")
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
        let found = try contacts(from: firstNewTicket, db)
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
