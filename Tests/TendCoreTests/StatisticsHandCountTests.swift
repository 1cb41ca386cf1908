import Foundation
import Testing
@testable import TendCore

/// A small desk built step by step at chosen instants (each change through `TicketAction`, so a
/// late step records its breach as the store's does), whose figures for ISO week 2026-W46 were
/// counted by hand below. The drill-down of each figure must list the same tickets.
@Suite struct StatisticsHandCountTests {
    static let zone = TimeZone(identifier: "Asia/Shanghai")!
    static let f = Fixture()
    static var policy: Policy {
        var policy = f.policy
        policy.zone = zone
        return policy
    }
    static let week = StatsPeriod.isoWeek("2026-W46", zone: zone)!
    static let now = at("2026-11-20 12:00")

    /// "2026-11-09 10:00" in Shanghai.
    static func at(_ text: String) -> Date {
        let parts = text.split(separator: " ")
        let day = StatsPeriod.dayStart(String(parts[0]), zone: zone)!
        let clock = parts[1].split(separator: ":").map { Double($0)! }
        return day.addingTimeInterval(clock[0] * 3600 + clock[1] * 60)
    }

    struct Builder {
        var desk = Desk()

        mutating func act(_ id: TicketID, _ actor: StaffMember, _ when: String, _ action: TicketAction) throws {
            let instant = StatisticsHandCountTests.at(when)
            let workflow = Workflow(policy: StatisticsHandCountTests.policy, actor: actor, now: instant)
            for event in try action.events(workflow, desk.ticket(id)) {
                desk.apply(Change(ticket: id, entry: TimelineEntry(at: instant, actor: actor.login, event: event)))
            }
        }

        mutating func receive(_ when: String, service: ServiceLine, branch: String, grade: Grade = .general, harm: Harm = .none,
                              contact: String, cause: Cause? = nil) throws -> TicketID {
            let id = desk.nextID
            let intake = Intake(customer: Customer(name: "王小明", contact: contact), pet: Pet(name: "豆豆"), service: service,
                                branch: branch, channel: .phone, description: "投诉", grade: grade, cause: cause)
            try act(id, StatisticsHandCountTests.f.handler, when, .receive(intake, IntakeJudgement(harm: harm)))
            return id
        }

        mutating func advance(_ id: TicketID, _ actor: StaffMember, _ when: String, _ fill: (inout AdvanceFields) -> Void) throws {
            var fields = AdvanceFields()
            fill(&fields)
            try act(id, actor, when, .advance(fields))
        }
    }

    static func desk() throws -> Desk {
        let li = f.handler, wang = f.otherHandler, zhao = f.supervisor
        var b = Builder()
        // T-1001: answered in 20 minutes, resolved at first contact with an apology, scored 5.
        let t1 = try b.receive("2026-11-09 10:00", service: .grooming, branch: "A", contact: "13800000001")
        try b.advance(t1, li, "2026-11-09 10:20") { $0.eta = at("2026-11-09 12:20") }
        try b.advance(t1, li, "2026-11-09 10:25") { $0.assignee = li.login }
        try b.advance(t1, li, "2026-11-09 10:30") { $0.cause = .price; $0.findings = "price list unclear" }
        try b.advance(t1, li, "2026-11-09 10:40") { $0.resolution = .apology; $0.details = "apologised" }
        try b.advance(t1, li, "2026-11-10 11:00") { $0.score = 5 }
        // T-1002: answered 27 hours late, the promised time missed, ¥50 voucher + ¥300 refund approved, scored 2.
        let t2 = try b.receive("2026-11-10 09:00", service: .boarding, branch: "B", contact: "13800000002")
        try b.advance(t2, wang, "2026-11-11 12:00") { $0.eta = at("2026-11-11 18:00") }
        try b.advance(t2, wang, "2026-11-11 12:05") { $0.assignee = wang.login }
        try b.advance(t2, wang, "2026-11-12 10:00") { $0.cause = .serviceQuality; $0.findings = "walks skipped" }
        try b.advance(t2, wang, "2026-11-12 11:00") {
            $0.remedies = [Remedy(kind: .voucher, amount: Money(minorUnits: 5_000, currency: "CNY")),
                           Remedy(kind: .refund, amount: Money(minorUnits: 30_000, currency: "CNY"))]
            $0.details = "voucher and refund"
        }
        try b.act(t2, zhao, "2026-11-12 12:00", .approve(comment: ""))
        try b.advance(t2, wang, "2026-11-12 13:00") { _ in }
        try b.advance(t2, wang, "2026-11-13 14:00") { $0.score = 2; $0.lowScoreReason = "wanted a full refund" }
        // T-1003: a pet injured, critical, answered in 10 minutes, the promised hour missed at
        // assessment, still resolving: its resolution clock ran out on 11-12 03:00.
        let t3 = try b.receive("2026-11-11 15:00", service: .grooming, branch: "A", grade: .critical, harm: .injured, contact: "13800000003")
        try b.advance(t3, li, "2026-11-11 15:10") { $0.eta = at("2026-11-11 16:00"); $0.etaReason = "the vet calls at four" }
        try b.advance(t3, li, "2026-11-11 15:15") { $0.assignee = li.login }
        try b.advance(t3, li, "2026-11-11 18:00") { $0.cause = .healthSafety; $0.grade = .critical; $0.findings = "clipper cut" }
        // T-1004: never answered: its answer clock ran out on 11-13 10:00.
        _ = try b.receive("2026-11-12 10:00", service: .retail, branch: "B", contact: "13800000004")
        // T-1005: received and resolved the week before, closed in this one with a 4.
        let t5 = try b.receive("2026-11-05 10:00", service: .grooming, branch: "A", contact: "13800000005")
        try b.advance(t5, li, "2026-11-05 11:00") { $0.eta = at("2026-11-05 15:00") }
        try b.advance(t5, li, "2026-11-05 11:05") { $0.assignee = li.login }
        try b.advance(t5, li, "2026-11-05 12:00") { $0.cause = .expectation; $0.findings = "style" }
        try b.advance(t5, li, "2026-11-06 10:00") { $0.resolution = .apology; $0.details = "apologised" }
        try b.advance(t5, li, "2026-11-10 16:00") { $0.score = 4 }
        // T-1006: the same customer again within 30 days, never answered (due 11-15 10:00).
        let t6 = try b.receive("2026-11-14 10:00", service: .grooming, branch: "A", contact: "+86 138-0000-0005")
        try b.act(t6, li, "2026-11-14 10:01", .relate(to: t5))
        // T-1007: after the week: counted only in today's load.
        let t7 = try b.receive("2026-11-16 09:00", service: .grooming, branch: "A", contact: "13800000007")
        try b.advance(t7, li, "2026-11-16 09:30") { $0.eta = at("2026-11-16 12:00") }
        try b.advance(t7, li, "2026-11-16 09:35") { $0.assignee = li.login }
        return b.desk
    }

    @Test func theWeekAgreesWithAHandCount() throws {
        let desk = try Self.desk()
        let stats = Statistics.compute(desk, policy: Self.policy, period: Self.week, now: Self.now)
        #expect(stats.received == 5)
        #expect(stats.count(by: .service).map { "\($0.key)=\($0.count)" } == ["grooming=3", "boarding=1", "training=0", "medical=0", "retail=1", "other=0"])
        #expect(stats.count(by: .branch).map { "\($0.key)=\($0.count)" } == ["A=3", "B=2"])
        #expect(stats.count(by: .week).map { "\($0.key)=\($0.count)" } == ["2026-W46=5"])
        #expect(stats.count(by: .harm).first { $0.key == "injured" }?.count == 1)
        func clock(_ kind: ClockKind) -> String { "\(stats.clock(kind).met)/\(stats.clock(kind).breached)" }
        #expect(clock(.answer) == "2/3")      // T1, T3 met; T2 late, T4 and T6 never answered
        #expect(clock(.promise) == "1/2")     // T1 met; T2 and T3 missed
        #expect(clock(.resolve) == "2/1")     // T1, T2 met; T3 ran out
        #expect(clock(.followUp) == "3/0")    // T1, T2, T5 closed in time
        #expect(clock(.remedy) == "0/0")
        #expect(stats.breaches.map { "\($0.ticket) \($0.clock.rawValue)" }.sorted()
                == ["T-1002 answer", "T-1002 promise", "T-1003 promise", "T-1003 resolve", "T-1004 answer", "T-1006 answer"])
        #expect(stats.answerTimes.count == 3 && stats.answerTimes.median == 1200 && stats.answerTimes.p90 == 97_200)
        #expect(stats.resolveTimes.count == 2 && stats.resolveTimes.median == 2_400 && stats.resolveTimes.p90 == 187_200)
        #expect(stats.resolved == 2 && stats.firstContact == 1 && stats.reopened == 0)
        #expect(stats.repeats == 1)
        #expect(stats.satisfaction.closed == 3 && stats.satisfaction.unreachable == 0)
        #expect(stats.satisfaction.all.count == 3 && stats.satisfaction.all.sum == 11)
        #expect(stats.satisfaction.distribution == [0, 1, 0, 1, 1])
        #expect(stats.satisfaction.byHandler["li.hua"]?.sum == 9 && stats.satisfaction.byHandler["wang.fang"]?.sum == 2)
        #expect(stats.compensation.resolutions == 2 && stats.compensation.total == 35_000)
        #expect(stats.compensation.byKind[.refund] == MoneyTally(count: 1, minorUnits: 30_000))
        #expect(stats.compensation.byKind[.apology]?.count == 1)
        #expect(stats.compensation.byBand[.handler]?.count == 1 && stats.compensation.byBand[.supervisor]?.minorUnits == 35_000)
        let li = stats.people.first { $0.login == "li.hua" }!
        #expect(li.open == 2 && li.overdue == 2 && li.resolved == 1)   // T3 and T7 open and late; T1 resolved
        #expect(stats.people.first { $0.login == "wang.fang" }?.resolved == 1)
    }

    /// Every figure's drill-down lists exactly the tickets its count was made of.
    @Test func eachDrillDownListsTheTicketsCounted() throws {
        let desk = try Self.desk()
        func ids(_ figure: StatsFigure) -> [String] {
            Statistics.tickets(figure, on: desk, policy: Self.policy, period: Self.week, now: Self.now).map(\.description)
        }
        #expect(ids(.received) == ["T-1001", "T-1002", "T-1003", "T-1004", "T-1006"])
        #expect(ids(.bucket(.service, "grooming")) == ["T-1001", "T-1003", "T-1006"])
        #expect(ids(.bucket(.week, "2026-W46")).count == 5)
        #expect(ids(.clock(.answer, met: false)) == ["T-1002", "T-1004", "T-1006"])
        #expect(ids(.clock(.answer, met: true)) == ["T-1001", "T-1003"])
        #expect(ids(.clock(.resolve, met: false)) == ["T-1003"])
        #expect(ids(.firstContact) == ["T-1001"])
        #expect(ids(.repeatComplaint) == ["T-1006"])
        #expect(ids(.closed) == ["T-1001", "T-1002", "T-1005"])
        #expect(ids(.score(2)) == ["T-1002"])
        #expect(ids(.compensation(.refund)) == ["T-1002"])
        #expect(ids(.band(.supervisor)) == ["T-1002"])
        #expect(ids(.open("li.hua")) == ["T-1003", "T-1007"])
        #expect(ids(.overdue("li.hua")) == ["T-1003", "T-1007"])
        #expect(ids(.injuredIn("A")) == ["T-1003"])
    }

    /// A filter narrows every figure alike.
    @Test func aFilterNarrowsEveryFigure() throws {
        let desk = try Self.desk()
        let stats = Statistics.compute(desk, policy: Self.policy, period: Self.week, filter: StatsFilter(branch: "B"), now: Self.now)
        #expect(stats.received == 2)
        #expect(stats.clock(.answer).breached == 2 && stats.clock(.answer).met == 0)
        #expect(stats.satisfaction.all.sum == 2)
        let boarding = Statistics.compute(desk, policy: Self.policy, period: Self.week, filter: StatsFilter(service: .boarding), now: Self.now)
        #expect(boarding.received == 1 && boarding.compensation.total == 35_000)
    }
}
