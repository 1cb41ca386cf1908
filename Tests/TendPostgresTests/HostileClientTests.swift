import Foundation
import PostgresNIO
import Testing
import TendCore
import TendPostgres
import TendPostgresTesting

/// What a member of the team could try with psql instead of Tend, and what comes of it: the
/// database refuses it, or the desk leaves the bad row out and names who wrote it — one person's
/// own program never stops everyone's desk.
@Suite(.needsPostgres)
struct HostileClientTests {
    let team: TeamDeskFixture
    var cluster: TestCluster { team.cluster }
    var database: String { team.database }
    var founder: String { team.founder }
    var handler: String { team.handler }
    var otherHandler: String { team.otherHandler }
    var trainee: String { team.trainee }

    init() throws { team = try TeamDeskFixture() }

    func url(_ user: String) -> DatabaseURL { cluster.url(database: database, user: user) }
    func sql(as user: String, _ statements: String...) throws {
        let db = try DatabaseConnection.open(url(user))
        defer { db.close() }
        for statement in statements { try db.execute(statement) }
    }
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    func add(as user: String) throws -> Store {
        let store = try Store(log: PostgresEventLog.open(url(user)))
        try store.receive(Intake(customer: Customer(name: "林小姐", contact: "139"), pet: Pet(name: "豆豆"), service: .grooming,
                                 channel: .phone, description: "x"), as: store.policy.member(user)!, at: Self.now)
        return store
    }

    @Test func bytesNoTendWroteAreLeftOutWithTheirWriterNamed() throws {
        _ = try add(as: handler)
        try sql(as: handler, "insert into tend.commits (seq, commit_id, payload) values (2, gen_random_uuid(), '\\x01ffffff7f')")
        // A well-formed change to a ticket that does not exist.
        let stray = Change(ticket: TicketID(4242), entry: TimelineEntry(at: Self.now, actor: handler, event: .noteAdded(text: "x")))
        let db = try DatabaseConnection.open(url(handler))
        try db.query("insert into tend.commits (seq, commit_id, payload) values (3, gen_random_uuid(), \(ByteBuffer(bytes: HistoryCodec.encode([stray]))))")
        db.close()
        let store = try Store(log: PostgresEventLog.open(url(founder)))
        #expect(store.desk.count == 1 && store.sequence == 3)
        let notices = store.takeNotices().map { $0.message(.en) }
        #expect(notices.contains { $0.contains("Change 2, written by \(handler), cannot be read") }, "\(notices)")
        #expect(notices.contains { $0.contains("Change 3, written by \(handler), names ticket T-4242") }, "\(notices)")
        _ = try add(as: handler)
        #expect(try Store(log: PostgresEventLog.open(url(trainee))).desk.count == 2)
    }

    @Test func nobodyClaimsFutureTicketNumbersThroughContacts() throws {
        #expect(throws: DatabaseError.self) {
            try sql(as: handler, "begin", "insert into tend.contacts (ticket, contact) values (1001, 'x'), (1002, 'y')", "commit")
        }
        // Even sent on its own (committed at the end of the statement), nothing stays behind.
        try? sql(as: handler, "insert into tend.contacts (ticket, contact) values (1001, 'x')")
        let db = try DatabaseConnection.open(url(founder))
        #expect(try db.query("select count(*) from tend.contacts").first?.decode(Int64.self) == 0)
        db.close()
        let store = try add(as: handler)
        #expect(store.desk.ticket(TicketID(1001))?.customer.contact == "139")
    }

    @Test func triggersDoNotFollowTheCallersSearchPath() throws {
        // The default before PostgreSQL 15, and what pg_upgrade keeps: anyone may create in public.
        try cluster.adminSQL("grant create on schema public to public", database: database)
        try sql(as: handler, "create function public.yes(text, name) returns boolean language sql as 'select true'",
                "create operator public.= (leftarg = text, rightarg = name, function = public.yes)")
        let db = try DatabaseConnection.open(url(handler))
        defer { db.close() }
        try db.execute("set search_path = public, pg_catalog")
        #expect(throws: DatabaseError.self) {
            try db.execute("insert into tend.commits (seq, commit_id, actor, payload) values (1, gen_random_uuid(), '\(founder)', '\\x00')")
        }
    }

    @Test func presenceIsNeverTakenOver() throws {
        PostgresPresence(log: try PostgresEventLog.open(url(handler))).publish(ticket: TicketID(1001), typing: true)
        #expect(throws: DatabaseError.self) { try sql(as: trainee, "update tend.presence set login = session_user where login = '\(handler)'") }
        #expect(throws: DatabaseError.self) { try sql(as: trainee, "update tend.presence set at = now() where login = '\(handler)'") }
    }

    @Test func aPolicyPutInUncheckedIsPassedOverForTheNewestThatReads() throws {
        try sql(as: founder, "insert into tend.policies (document) values ('demo = maybe')")
        let store = try Store(log: PostgresEventLog.open(url(trainee)))
        #expect(store.policy.member(handler) != nil)
        #expect(store.takeNotices().contains { $0.message(.en).contains("written by \(founder), has an error and was passed over") })
    }

    @Test func aSnapshotThatCannotBeReadGivesWayToAnOlderOne() throws {
        _ = try add(as: handler)
        try sql(as: founder, "insert into tend.snapshots (seq, desk) values (1, '\\x00')")
        let store = try Store(log: PostgresEventLog.open(url(handler)))
        #expect(store.desk.count == 1 && store.sequence == 1)
        #expect(store.takeNotices().contains { $0.message(.en).contains("snapshot at change 1, written by \(founder), cannot be read") })
    }

    @Test func teamSyncGrantsOnlyToPeople() throws {
        let log = try PostgresEventLog.open(url(founder))
        var policy = try log.loadPolicy()
        policy.staff.append(StaffMember(login: "tend_\(database)_trainee", name: "a group", role: .supervisor))
        try log.importPolicy(PolicyFile.render(policy), path: "policy.toml")
        #expect(throws: TeamSyncRefusal.self) { try TeamSync.run(url(founder)) }
        #expect(throws: DatabaseError.self) { try sql(as: trainee, "select * from tend.contacts") }
    }

    @Test func aDeskIsMadeOnlyInADatabaseOfOnesOwn() throws {
        let other = try cluster.createDatabase()
        try cluster.adminSQL("create role \(other)_admin login createrole", "grant create on database \(other) to \(other)_admin")
        let policy = Policy.starting(with: StaffMember(login: "\(other)_admin", name: "A", role: .supervisor))
        #expect(throws: TeamDeskError.self) { try PostgresEventLog.create(cluster.url(database: other, user: "\(other)_admin"), policy: policy, desk: Desk()) }
    }
}
