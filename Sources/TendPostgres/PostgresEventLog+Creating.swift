import Foundation
import PostgresNIO
import TendCore

extension PostgresEventLog {
    /// Makes a new desk in an existing database, in one transaction: the roles, tables, checks and
    /// grants of `DeskSchema`, the policy, and `desk` (empty, a demo, or a desk moved from disk)
    /// as its first snapshot at change `sequence`. Run by whoever administers the database (it
    /// needs CREATEROLE and CREATE on the database); a database that already holds a desk is left
    /// as it is.
    public static func create(_ url: DatabaseURL, policy: Policy, desk: Desk, sequence: UInt64 = 0) throws -> PostgresEventLog {
        let db = try DatabaseConnection.open(url)
        defer { db.close() }
        do {
            let rows = try db.query("""
                select to_regnamespace('tend') is not null,
                       (select pg_get_userbyid(datdba) = session_user from pg_database where datname = current_database())
                """)
            let (hasDesk, owns) = try rows[0].decode((Bool, Bool).self)
            if hasDesk { throw TeamDeskError.alreadyHasDesk(url: url.redacted) }
            // Its grants and settings are the database's own: only its owner makes a desk in it.
            guard owns else { throw TeamDeskError.notDatabaseOwner(url: url.redacted) }
            let roles = DeskRoles(database: url.database)
            guard roles.all.allSatisfy({ $0.utf8.count <= DeskRoles.longestName }) else {
                throw TeamDeskError.databaseNameTooLong(url: url.redacted, longest: DeskRoles.longestDatabaseName)
            }
            let identity = (0..<HistoryCodec.identitySize).map { _ in UInt8.random(in: 0...255) }
            let (bare, contacts) = ContactSeparation.split(desk)
            try db.execute("begin")
            for statement in DeskSchema.statements(roles: roles) + DeskSchema.databaseSettings(database: url.database, roles: roles) {
                try db.execute(statement)
            }
            try db.query("insert into tend.desk (identity, base_seq, demo) values (\(ByteBuffer(bytes: identity)), \(Int64(sequence)), \(policy.demo))")
            try db.query("insert into tend.policies (document) values (\(PolicyFile.render(policy)))")
            try insertContacts(contacts, db)
            let snapshot = HistoryCodec.encodeSnapshot(bare, identity: identity, sequence: sequence)
            try db.query("insert into tend.snapshots (seq, desk) values (\(Int64(sequence)), \(ByteBuffer(bytes: snapshot)))")
            try db.execute("commit")
        } catch {
            if db.isOpen { try? db.execute("rollback") }
            throw described(error)
        }
        return try open(url)
    }

    /// Contacts in batches: a demo of a million tickets is not a million round trips.
    static func insertContacts(_ contacts: [(ticket: TicketID, contact: String)], _ db: DatabaseConnection) throws {
        var start = 0
        while start < contacts.count {
            let batch = contacts[start..<min(start + 10_000, contacts.count)]
            let tickets = batch.map(\.ticket.number)
            let texts = batch.map(\.contact)
            try db.query("insert into tend.contacts (ticket, contact) select * from unnest(\(tickets)::integer[], \(texts)::text[])")
            start += batch.count
        }
    }
}

extension PostgresEventLog {
    /// Drops the desk's tables (never its roles, which other desks' logins may share). For
    /// replacing a demo desk: the caller has checked that it is one.
    public func dropDemoDesk() throws {
        do {
            // The mark the owner wrote at creation, not the policy (which supervisors may edit).
            let rows = try live().query("select demo from tend.desk")
            guard try rows.first?.decode(Bool.self) == true else { throw TeamDeskError.notADemoDesk(url: url.redacted) }
            try live().execute("drop schema tend cascade")
        } catch {
            throw Self.described(error)
        }
    }
}
