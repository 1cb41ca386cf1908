import Foundation
import Testing
import TendCore
import TendPostgres
import TendPostgresTesting

/// Who has which ticket open: each console writes only its own row, and everyone reads the others'.
@Suite(.needsPostgres)
struct PresenceTests {
    @Test func othersSeeWhichTicketIsOpenAndWhetherAFormIsBeingTyped() throws {
        let cluster = try TestCluster.shared
        let database = try cluster.createDatabase()
        let founder = cluster.superuser
        var policy = Policy.starting(with: StaffMember(login: founder, name: "Founder", role: .supervisor))
        let trainee = "\(database)_t1"
        policy.staff.append(StaffMember(login: trainee, name: "T1", role: .trainee))
        _ = try PostgresEventLog.create(cluster.url(database: database, user: founder), policy: policy, desk: Desk())
        _ = try TeamSync.run(cluster.url(database: database, user: founder))

        let mine = PostgresPresence(log: try PostgresEventLog.open(cluster.url(database: database, user: founder)))
        let theirs = PostgresPresence(log: try PostgresEventLog.open(cluster.url(database: database, user: trainee)))
        #expect(mine.others().isEmpty)
        mine.publish(ticket: TicketID(1001), typing: true)
        theirs.publish(ticket: TicketID(1002), typing: false)
        let seen = theirs.others()
        #expect(seen.map(\.login) == [founder])
        #expect(seen.first?.ticket == TicketID(1001) && seen.first?.typing == true)
        #expect(mine.others().map(\.ticket) == [TicketID(1002)])
        mine.leave()
        #expect(theirs.others().first?.ticket == nil)

        // Nobody writes presence in another's name.
        let db = try DatabaseConnection.open(cluster.url(database: database, user: trainee))
        defer { db.close() }
        #expect(throws: DatabaseError.self) { try db.execute("insert into tend.presence (login, ticket) values ('\(founder)', 1)") }
        #expect(throws: DatabaseError.self) { try db.execute("update tend.presence set ticket = 5 where login = '\(founder)'") }
    }
}
