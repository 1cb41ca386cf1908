import Foundation
import PostgresNIO
import Testing
import TendCore
import TendPostgresTesting
@testable import TendPostgres

/// A COMMIT whose answer was lost is settled by the change's own id. A transaction id handed out
/// just before a crash is not in the server's log, and the restarted server hands it out again:
/// its status may then be "committed" by another transaction (found in review; reproduced on
/// PostgreSQL 15 with `stop -m immediate`). That must never be taken for this change's.
@Suite(.needsPostgres) struct CommitInDoubtTests {
    @Test func anotherTransactionsCommittedIDDoesNotMakeALostChangeRecorded() throws {
        let team = try TeamDeskFixture()
        let log = try PostgresEventLog.open(team.url(team.founder))
        // Some other transaction, committed, whose id the lost one had been given.
        let other = try DatabaseConnection.open(team.url(team.founder))
        defer { other.close() }
        try other.execute("begin")
        let reused = try #require(try other.query("select pg_current_xact_id()::text").first?.decode(String.self))
        try other.execute("insert into tend.presence (ticket, typing) values (null, false) on conflict (login) do update set typing = false")
        try other.execute("commit")
        log.inDoubt = CommitInDoubt(commitID: UUID(), record: JournalRecord(sequence: 1, changes: []), backend: nil, transaction: reused)
        #expect(try log.settleDoubt(announcing: false) == false)
        // And a transaction id the server has never handed out ("in the future") says nothing either.
        log.inDoubt = CommitInDoubt(commitID: UUID(), record: JournalRecord(sequence: 1, changes: []), backend: nil, transaction: "999999999")
        #expect(try log.settleDoubt(announcing: false) == false)
    }
}
