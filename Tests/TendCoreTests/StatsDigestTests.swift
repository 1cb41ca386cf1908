import Foundation
import Testing
@testable import TendCore

/// The statistics read each ticket's digest, kept as changes are applied and made afresh when a
/// desk is loaded. Both ways must give the same figures, and a filter read from the digests must
/// keep exactly the tickets whose own fields match it.
@Suite struct StatsDigestTests {
    static let f = Fixture()

    @Test func digestsKeptChangeByChangeAgreeWithDigestsMadeAtLoad() {
        let policy = Self.f.policy
        let built = DemoDesk.generate(tickets: 1_200, seed: 5, now: Fixture.now, policy: policy)
        // Digested in ten slices, each naming branches and logins in its own order first.
        let loaded = Desk(tickets: built.tickets, digestingIn: 120)
        let year = StatsPeriod.lastWeeks(52, endingAt: Fixture.now, zone: policy.zone)
        var filters = [StatsFilter()]
        for branch in Set(built.tickets.map(\.intake.branch)) { filters.append(StatsFilter(branch: branch)) }
        for login in Set(built.tickets.compactMap(\.assignee)) { filters.append(StatsFilter(handler: login)) }
        filters.append(StatsFilter(service: .grooming, cause: .healthSafety))
        var compared = 0
        for filter in filters {
            let a = Statistics.compute(built, policy: policy, period: year, filter: filter, now: Fixture.now)
            let b = Statistics.compute(loaded, policy: policy, period: year, filter: filter, now: Fixture.now)
            #expect(a == b, "\(filter.text(.en))")
            for figure in [StatsFigure.received, .closed, .compensation(nil), .clock(.answer, met: false)] {
                #expect(Statistics.tickets(figure, on: built, policy: policy, period: year, filter: filter, now: Fixture.now)
                        == Statistics.tickets(figure, on: loaded, policy: policy, period: year, filter: filter, now: Fixture.now))
            }
            compared += 1
        }
        #expect(compared > 8)
    }

    @Test func aFilterKeepsTheTicketsWhoseFieldsMatchIt() {
        let policy = Self.f.policy
        let desk = DemoDesk.generate(tickets: 1_200, seed: 9, now: Fixture.now, policy: policy)
        let year = StatsPeriod.lastWeeks(52, endingAt: Fixture.now, zone: policy.zone)
        let branches = Set(desk.tickets.map(\.intake.branch)), logins = Set(desk.tickets.compactMap(\.assignee))
        var cases: [(StatsFilter, (Ticket) -> Bool)] = []
        for branch in branches { cases.append((StatsFilter(branch: branch), { $0.intake.branch == branch })) }
        for login in logins { cases.append((StatsFilter(handler: login), { $0.assignee == login })) }
        for service in ServiceLine.ordered { cases.append((StatsFilter(service: service), { $0.intake.service == service })) }
        for grade in Grade.ordered { cases.append((StatsFilter(grade: grade), { $0.grade == grade })) }
        for channel in Channel.ordered { cases.append((StatsFilter(channel: channel), { $0.intake.channel == channel })) }
        for cause in Cause.ordered { cases.append((StatsFilter(cause: cause), { $0.cause == cause })) }
        cases.append((StatsFilter(branch: "no such branch"), { _ in false }))
        cases.append((StatsFilter(handler: "nobody.here"), { _ in false }))
        var nonEmpty = 0
        for (filter, matches) in cases {
            let expected = desk.tickets.filter { matches($0) && year.contains($0.receivedAt) }.count
            let stats = Statistics.compute(desk, policy: policy, period: year, filter: filter, now: Fixture.now)
            #expect(stats.received == expected, "\(filter.text(.en))")
            if expected > 0 { nonEmpty += 1 }
        }
        #expect(nonEmpty > 20)
    }

    @Test(arguments: [(1_500, UInt64(3)), (2_000, UInt64(11))])
    func theDigestsGiveWhatTheTicketsGive(size: Int, seed: UInt64) {
        let policy = Self.f.policy
        let desk = DemoDesk.generate(tickets: size, seed: seed, now: Fixture.now, policy: policy)
        var compared = 0
        for weeks in [1, 4, 13, 52] {
            let period = StatsPeriod.lastWeeks(weeks, endingAt: Fixture.now, zone: policy.zone)
            let fromDigests = StatsFrame(period: period, filter: StatsFilter(), now: Fixture.now, policy: policy, desk: desk)
            let fromTickets = StatsFrame(period: period, filter: StatsFilter(), now: Fixture.now, policy: policy, desk: desk, readsTickets: true)
            let stats = Statistics.compute(desk, frame: fromDigests)
            #expect(stats == Statistics.compute(desk, frame: fromTickets), "\(weeks) weeks")
            var figures: [StatsFigure] = [.clock(.remedy, met: true), .clock(.remedy, met: false), .band(.handler), .band(.supervisor),
                                          .compensation(nil)]
            figures += ClockKind.allCases.flatMap { [StatsFigure.clock($0, met: true), .clock($0, met: false)] }
            figures += ResolutionKind.ordered.map { StatsFigure.compensation($0) }
            for figure in figures {
                #expect(Statistics.tickets(figure, on: desk, frame: fromDigests) == Statistics.tickets(figure, on: desk, frame: fromTickets),
                        "\(figure.name), \(weeks) weeks")
            }
            compared += 1
            // The desk has what the digests hold inline and what they leave to the tickets.
            if weeks == 52 {
                #expect(stats.clock(.remedy).met > 0 && stats.clock(.remedy).breached > 0 && stats.compensation.resolutions > 0)
            }
        }
        let digests = desk.withStatsScan { Array($0.digests) }
        #expect(digests.contains { $0.flags.contains(.inlineGrant) && $0.secondRemedyKind != StatsDigest.noKind })
        #expect(digests.contains { !$0.remedyDue.isNaN && !$0.flags.contains(.readTicket) })
        #expect(digests.contains { !$0.answerBreach.isNaN && !$0.flags.contains(.readTicket) })
        #expect(compared == 4)
    }

    /// A desk read from a snapshot has no digests; the console has them made from a copy on
    /// another thread and adopts them, digesting again what changed meanwhile. Digests from a
    /// desk read afresh are not taken.
    @Test func digestsMadeFromACopyAreAdoptedWithTheChangesSince() throws {
        typealias Hand = StatisticsHandCountTests
        let li = Hand.f.handler
        var b = Hand.Builder()
        let first = try b.receive("2026-11-16 09:00", service: .grooming, branch: "A", contact: "13800000011")
        let second = try b.receive("2026-11-16 10:00", service: .boarding, branch: "B", contact: "13800000012")
        try b.advance(second, li, "2026-11-16 10:10") { $0.eta = Hand.at("2026-11-16 12:00") }
        b.desk = Desk(tickets: b.desk.tickets)
        #expect(!b.desk.hasStatsDigests)
        let copy = b.desk
        // Meanwhile: the first is answered, a third comes in.
        try b.advance(first, li, "2026-11-16 11:00") { $0.eta = Hand.at("2026-11-16 15:00") }
        _ = try b.receive("2026-11-17 09:00", service: .retail, branch: "C", contact: "13800000013")
        let made = copy.digested()
        var readAfresh = Desk(tickets: b.desk.tickets)
        readAfresh.adoptStatsDigests(from: made)
        #expect(!readAfresh.hasStatsDigests)
        b.desk.adoptStatsDigests(from: made)
        #expect(b.desk.hasStatsDigests)
        let period = StatsPeriod.lastWeeks(2, endingAt: Hand.now, zone: Hand.policy.zone)
        func same() -> Bool {
            let fresh = Desk(tickets: b.desk.tickets, digestingIn: 1)
            return Statistics.compute(b.desk, policy: Hand.policy, period: period, now: Hand.now)
                == Statistics.compute(fresh, policy: Hand.policy, period: period, now: Hand.now)
        }
        #expect(same())
        #expect(Statistics.compute(b.desk, policy: Hand.policy, period: period, now: Hand.now).answerTimes.count == 2)
        // From then on each change keeps its ticket's digest.
        try b.advance(first, li, "2026-11-17 10:00") { $0.assignee = li.login }
        _ = try b.receive("2026-11-18 09:00", service: .retail, branch: "C", contact: "13800000014")
        #expect(b.desk.hasStatsDigests && same())
    }
}
