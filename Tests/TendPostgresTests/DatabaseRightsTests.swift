import Foundation
import PostgresNIO
import Testing
import TendCore
import TendPostgres
import TendPostgresTesting

/// What the database itself refuses, whatever a client sends: a change recorded as someone else,
/// a trainee writing or reading contacts, a handler changing the policy or the history.
@Suite(.needsPostgres)
struct DatabaseRightsTests {
    let team: TeamDeskFixture
    var cluster: TestCluster { team.cluster }
    var database: String { team.database }
    var founder: String { team.founder }
    var handler: String { team.handler }
    var otherHandler: String { team.otherHandler }
    var trainee: String { team.trainee }

    init() throws { team = try TeamDeskFixture() }

    func url(_ user: String) -> DatabaseURL { cluster.url(database: database, user: user) }
    func store(_ user: String) throws -> Store { try Store(log: PostgresEventLog.open(url(user))) }
    func member(_ login: String, in store: Store) -> StaffMember { store.policy.member(login)! }

    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static func intake(contact: String) -> Intake {
        Intake(customer: Customer(name: "林小姐", contact: contact), pet: Pet(name: "豆豆"), service: .grooming,
               channel: .phone, description: "剪毛时剪伤了耳朵")
    }

    /// The SQLSTATE a statement run as `user` is refused with (nil when it succeeds).
    func refusal(as user: String, _ sql: String) throws -> String? {
        let db = try DatabaseConnection.open(url(user))
        defer { db.close() }
        do {
            try db.execute(sql)
            return nil
        } catch {
            return error.sqlState
        }
    }

    @Test func aChangeIsRecordedAsTheSessionsRole() throws {
        let store = try store(handler)
        try store.receive(Self.intake(contact: "13912345678"), as: member(handler, in: store), at: Self.now)
        let seen = try self.store(founder)
        #expect(seen.desk.tickets[0].timeline.allSatisfy { $0.actor == handler })
    }

    @Test func anInsertClaimingAnotherActorIsRefusedByTheDatabase() throws {
        let sql = "insert into tend.commits (seq, commit_id, actor, payload) values (1, gen_random_uuid(), '\(founder)', '\\x00')"
        #expect(try refusal(as: handler, sql) == DatabaseError.insufficientPrivilege)
    }

    @Test func aPayloadClaimingAnotherActorIsReadAsItsWriter() throws {
        // A client that writes its own bytes can put any login in them; readers take the column.
        let forged = Change(ticket: TicketID(1001), entry: TimelineEntry(at: Self.now, actor: founder, event: .received(Self.intake(contact: ""))))
        let payload = HistoryCodec.encode([forged])
        let db = try DatabaseConnection.open(url(handler))
        defer { db.close() }
        try db.query("insert into tend.commits (seq, commit_id, payload) values (1, gen_random_uuid(), \(ByteBuffer(bytes: payload)))")
        let seen = try store(founder)
        #expect(seen.desk.tickets[0].timeline[0].actor == handler)
    }

    @Test func aTraineeCanChangeNothing() throws {
        let store = try store(trainee)
        #expect(throws: (any Error).self) {
            try store.receive(Self.intake(contact: "1"), as: StaffMember(login: trainee, name: "T1", role: .handler), at: Self.now)
        }
        #expect(try refusal(as: trainee, "insert into tend.commits (seq, commit_id, payload) values (1, gen_random_uuid(), '\\x00')") == DatabaseError.insufficientPrivilege)
        #expect(try refusal(as: trainee, "insert into tend.policies (document) values ('')") == DatabaseError.insufficientPrivilege)
        #expect(try self.store(founder).sequence == 0)
    }

    @Test func aTraineeNeverReadsAContact() throws {
        let store = try store(handler)
        try store.receive(Self.intake(contact: "13912345678"), as: member(handler, in: store), at: Self.now)
        try self.store(founder).compact()
        #expect(try refusal(as: trainee, "select * from tend.contacts") == DatabaseError.insufficientPrivilege)
        let seen = try self.store(trainee)
        #expect(seen.desk.tickets[0].customer.contact == "")
        // Nor in the history's or the snapshot's bytes.
        let db = try DatabaseConnection.open(url(trainee))
        defer { db.close() }
        for sql in ["select payload from tend.commits", "select desk from tend.snapshots"] {
            for row in try db.query(PostgresQuery(unsafeSQL: sql)) {
                let bytes = Array(try row.decode(ByteBuffer.self).readableBytesView)
                #expect(!String(decoding: bytes, as: UTF8.self).contains("13912345678"), "\(sql)")
            }
        }
        #expect(try self.store(handler).desk.tickets[0].customer.contact == "13912345678")
    }

    @Test func aHandlerCannotChangeThePolicyTheRosterOrTheHistory() throws {
        let store = try store(handler)
        try store.receive(Self.intake(contact: "1"), as: member(handler, in: store), at: Self.now)
        #expect(try refusal(as: handler, "insert into tend.policies (document) values ('')") == DatabaseError.insufficientPrivilege)
        #expect(try refusal(as: handler, "update tend.commits set actor = 'x'") == DatabaseError.insufficientPrivilege)
        #expect(try refusal(as: handler, "delete from tend.commits") == DatabaseError.insufficientPrivilege)
        #expect(try refusal(as: handler, "insert into tend.snapshots (seq, desk) values (0, '\\x00')") == DatabaseError.insufficientPrivilege)
        let log = try PostgresEventLog.open(url(handler))
        #expect(throws: TeamDeskError.self) { try log.importPolicy(try log.policyDocument(), path: "policy.toml") }
    }

    /// Whoever made the desk owns its tables, and an owner is granted everything: the history and
    /// the policy's versions are guarded by the database's own checks as well, which refuse even
    /// the owner a plain UPDATE, DELETE or TRUNCATE.
    @Test func evenTheDesksOwnerCannotChangeOrRemoveARecordedChange() throws {
        let store = try store(handler)
        try store.receive(Self.intake(contact: "1"), as: member(handler, in: store), at: Self.now)
        for sql in ["update tend.commits set actor = '\(handler)'", "delete from tend.commits", "truncate tend.commits",
                    "update tend.policies set document = ''", "delete from tend.policies", "truncate tend.policies cascade",
                    "delete from tend.snapshots", "update tend.contacts set contact = 'x'", "delete from tend.contacts"] {
            #expect(try refusal(as: founder, sql) == DatabaseError.insufficientPrivilege, "\(sql)")
        }
        #expect(try self.store(founder).desk.tickets.count == 1)
    }

    @Test func teamSyncFollowsTheRosterAndSaysWhatItChanged() throws {
        #expect(try TeamSync.run(url(founder)) == [], "nothing to change the second time")
        let log = try PostgresEventLog.open(url(founder))
        var policy = try log.loadPolicy()
        policy.staff.removeAll { $0.login == otherHandler }
        policy.staff = policy.staff.map { $0.login == trainee ? StaffMember(login: trainee, name: "T1", role: .handler) : $0 }
        try log.importPolicy(PolicyFile.render(policy), path: "policy.toml")
        let steps = try TeamSync.run(url(founder))
        #expect(Set(steps) == [.revoked(login: otherHandler, .handler), .revoked(login: trainee, .trainee), .granted(login: trainee, .handler)])
        // The former trainee may now write; the removed handler may not even connect.
        #expect(throws: DatabaseError.self) { try DatabaseConnection.open(url(otherHandler)) }
        let promoted = try store(trainee)
        try promoted.receive(Self.intake(contact: "2"), as: member(trainee, in: promoted), at: Self.now)
        #expect(promoted.sequence == 1)
    }
}
