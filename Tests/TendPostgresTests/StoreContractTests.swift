import Foundation
import Testing
import TendCore
import TendPostgres
import TendPostgresTesting

/// One contract for both logs: whatever the file desk promises, the database desk promises too.
/// Every test runs once against a directory and once against a fresh database.
@Suite(.needsPostgres)
struct StoreContractTests {
    enum Kind: String, CaseIterable, CustomTestStringConvertible {
        case file, database
        var testDescription: String { rawValue }
    }

    static let founder = "tend_admin_test"

    /// A new, empty desk of this kind, and a way to open it again (as another process would).
    static func makeDesk(_ kind: Kind, desk: Desk = Desk()) throws -> (store: Store, reopen: () throws -> Store) {
        let policy = Policy.starting(with: StaffMember(login: founder, name: "Founder", role: .supervisor))
        switch kind {
        case .file:
            let directory = NSTemporaryDirectory() + "tend-contract-\(UUID().uuidString)"
            let store = try Store.create(at: directory, policy: policy, desk: desk)
            return (store, { try Store.open(at: directory) })
        case .database:
            let cluster = try TestCluster.shared
            let url = cluster.url(database: try cluster.createDatabase(), user: founder)
            let store = try Store(log: PostgresEventLog.create(url, policy: policy, desk: desk))
            return (store, { try Store(log: PostgresEventLog.open(url)) })
        }
    }

    static var actor: StaffMember { StaffMember(login: founder, name: "Founder", role: .supervisor) }

    static func intake(_ n: Int, contact: String = "13900000000") -> Intake {
        Intake(customer: Customer(name: "Customer \(n)", contact: contact), pet: Pet(name: "Pet \(n)"),
               service: .grooming, channel: .phone, description: "complaint \(n)")
    }

    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test(arguments: Kind.allCases)
    func changesAreKeptUnderTheSameSequenceNumbers(_ kind: Kind) throws {
        let (store, reopen) = try Self.makeDesk(kind)
        for n in 0..<5 { try store.receive(Self.intake(n), as: Self.actor, at: Self.now) }
        try store.act(on: TicketID(1001), as: Self.actor, at: Self.now) { workflow, ticket in try workflow.assign(ticket, to: Self.founder) }
        #expect(store.sequence == 6)
        let reopened = try reopen()
        #expect(reopened.sequence == 6)
        #expect(reopened.desk.count == 5)
        #expect(reopened.desk.tickets == store.desk.tickets)
        #expect(reopened.desk.ticket(TicketID(1001))?.assignee == Self.founder)
    }

    @Test(arguments: Kind.allCases)
    func contactsComeBackForWhoeverMayReadThem(_ kind: Kind) throws {
        let (store, reopen) = try Self.makeDesk(kind)
        try store.receive(Self.intake(1, contact: "+86 139 1234 5678"), as: Self.actor, at: Self.now)
        let reopened = try reopen()
        #expect(reopened.desk.ticket(TicketID(1001))?.customer.contact == "+86 139 1234 5678")
        #expect(reopened.desk.ticket(TicketID(1001))?.timeline[0] == store.desk.ticket(TicketID(1001))?.timeline[0])
    }

    @Test(arguments: Kind.allCases)
    func aRetriedRequestIsToldItsFirstOutcome(_ kind: Kind) throws {
        let (store, reopen) = try Self.makeDesk(kind)
        let first = try store.receive(Self.intake(1), as: Self.actor, at: Self.now, request: "req-1")
        let again = try reopen().receive(Self.intake(1), as: Self.actor, at: Self.now, request: "req-1")
        #expect(again.replayed)
        #expect(again.after.id == first.after.id)
        #expect(try reopen().sequence == 1)
    }

    @Test(arguments: Kind.allCases)
    func aStaleWriterValidatesAgainstTheNewestDesk(_ kind: Kind) throws {
        let (first, reopen) = try Self.makeDesk(kind)
        try first.receive(Self.intake(1), as: Self.actor, at: Self.now)
        let second = try reopen()
        // Both saw ticket 1001 unassigned; the first takes it, then the second tries.
        try first.act(on: TicketID(1001), as: Self.actor, at: Self.now) { workflow, ticket in try workflow.assign(ticket, to: Self.founder) }
        var sawAssignee: String?? = .none
        #expect(throws: (any Error).self) {
            try second.act(on: TicketID(1001), as: Self.actor, at: Self.now) { workflow, ticket in
                sawAssignee = .some(ticket.assignee)
                return try workflow.assign(ticket, to: Self.founder)
            }
        }
        #expect(sawAssignee == .some(Self.founder), "the command saw the first writer's change")
        // New tickets from both take consecutive numbers.
        try second.receive(Self.intake(2), as: Self.actor, at: Self.now)
        try first.receive(Self.intake(3), as: Self.actor, at: Self.now)
        #expect(first.desk.count == 3 && first.sequence == 4)
        #expect(try reopen().desk.tickets.map(\.customer.name) == ["Customer 1", "Customer 2", "Customer 3"])
    }

    @Test(arguments: Kind.allCases)
    func refreshBringsInOtherWritersChanges(_ kind: Kind) throws {
        let (reader, reopen) = try Self.makeDesk(kind)
        let writer = try reopen()
        for n in 0..<3 { try writer.receive(Self.intake(n), as: Self.actor, at: Self.now) }
        #expect(reader.desk.count == 0)
        try reader.refresh()
        #expect(reader.desk.count == 3 && reader.sequence == 3)
        #expect(reader.desk.tickets == writer.desk.tickets)
    }

    @Test(arguments: Kind.allCases)
    func aSnapshotOpensToTheSameDesk(_ kind: Kind) throws {
        let (store, reopen) = try Self.makeDesk(kind)
        for n in 0..<4 { try store.receive(Self.intake(n, contact: "1380000000\(n)"), as: Self.actor, at: Self.now) }
        try store.compact()
        try store.receive(Self.intake(9), as: Self.actor, at: Self.now)
        let reopened = try reopen()
        #expect(reopened.sequence == 5)
        #expect(reopened.desk.tickets == store.desk.tickets)
        #expect(reopened.desk.ticket(TicketID(1002))?.customer.contact == "13800000001")
    }

    @Test(arguments: Kind.allCases)
    func aDemoDeskOpensWithEveryTicket(_ kind: Kind) throws {
        let policy = DemoDesk.policy(founder: Self.founder)
        let demo = DemoDesk.generate(tickets: 120, seed: 7, now: Self.now, policy: policy)
        let (_, reopen) = try Self.makeDesk(kind, desk: demo)
        let reopened = try reopen()
        #expect(reopened.desk.tickets == demo.tickets)
    }
}
