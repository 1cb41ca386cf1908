import Foundation
import Testing
@testable import TendCore

/// The demo desk at its default size tells a believable year: its seasons show in the monthly
/// figures, harm is rare, simple complaints are settled at first contact, old tickets are closed,
/// and this week exactly the two planted early warnings are crossed.
@Suite struct DemoSeasonsTests {
    static let policy = DemoDesk.policy(founder: "tester")
    /// 2026-11-18 11:06 UTC: a year back reaches November 2025.
    static let now = Fixture.now
    static let desk = DemoDesk.generate(tickets: DemoDesk.defaultTickets, seed: 7, now: now, policy: policy)
    static let year = StatsPeriod(from: now.addingTimeInterval(-365 * 86400), to: now, zone: policy.zone)

    /// Complaints received in each month of the year, by "2026-07".
    static func months(_ filter: StatsFilter) -> [String: Int] {
        let figures = Statistics.compute(desk, policy: policy, period: year, filter: filter, now: now)
        return Dictionary(uniqueKeysWithValues: figures.count(by: .month).map { ($0.key, $0.count) })
    }

    static func average(_ counts: [String: Int], _ months: [String]) -> Double {
        Double(months.map { counts[$0] ?? 0 }.reduce(0, +)) / Double(months.count)
    }

    @Test func skinProblemsAfterGroomingRiseInTheSummer() {
        let counts = Self.months(StatsFilter(service: .grooming, cause: .healthSafety))
        let summer = Self.average(counts, ["2026-06", "2026-07", "2026-08"])
        let winter = Self.average(counts, ["2025-12", "2026-01", "2026-02"])
        #expect(winter >= 10, "too few to see a season: \(counts)")
        #expect(summer >= 2.5 * winter, "summer \(summer) a month against winter \(winter): \(counts)")
        // July, the height of it, has more than any month outside the summer.
        let outside = counts.filter { !["2026-06", "2026-07", "2026-08"].contains($0.key) }.values.max() ?? 0
        #expect((counts["2026-07"] ?? 0) > outside, "\(counts)")
    }

    @Test func boardingComplaintsPeakAtTheHolidays() {
        let counts = Self.months(StatsFilter(service: .boarding))
        // The Spring Festival (17 February 2026), the summer holidays, the National Day week.
        let holidays = Self.average(counts, ["2026-02", "2026-07", "2026-08", "2026-10"])
        let quiet = Self.average(counts, ["2025-12", "2026-01", "2026-03", "2026-04", "2026-06"])
        #expect(quiet >= 50, "\(counts)")
        #expect(holidays >= 1.6 * quiet, "holidays \(holidays) a month against quiet \(quiet): \(counts)")
        for month in ["2026-02", "2026-08", "2026-10"] {
            #expect(Double(counts[month] ?? 0) >= 1.6 * quiet, "\(month): \(counts)")
        }
    }

    /// Exactly the two planted warnings, on desks of other seeds too: a rise of pet health or
    /// safety complaints, and one branch with more than two pets hurt in its care this week.
    @Test(arguments: [7, 1, 2] as [UInt64])
    func exactlyTheTwoPlantedWarningsAreCrossed(seed: UInt64) {
        let desk = seed == 7 ? Self.desk : DemoDesk.generate(tickets: DemoDesk.defaultTickets, seed: seed, now: Self.now, policy: Self.policy)
        let warnings = EarlyWarnings.check(desk, policy: Self.policy, now: Self.now)
        #expect(warnings.count == 2, "\(warnings.map { $0.text(Self.policy.warnings, .en) })")
        #expect(warnings.contains { if case .causeRise(.healthSafety, _, _) = $0.kind { true } else { false } })
        let branch = warnings.compactMap { if case .branchInjuries(let branch, let count) = $0.kind { (branch, count) } else { nil } }
        #expect(branch.count == 1 && branch[0].1 >= 3, "\(branch)")
        // The branch's injuries are grooming accidents, the rise's tickets mostly skin infections after grooming.
        if let (name, _) = branch.first {
            let hurt = Statistics.tickets(.injuredIn(name), on: desk, policy: Self.policy, period: warnings[0].period, now: Self.now)
            #expect(hurt.allSatisfy { desk.ticket($0)!.intake.service == .grooming }, "\(hurt)")
        }
    }

    @Test func harmIsRareAndADeadPetRarer() {
        let tickets = Self.desk.tickets
        let harmed = tickets.filter { $0.harm >= .ill }.count, died = tickets.filter { $0.harm == .died }.count
        #expect(Double(died) < 0.03 * Double(tickets.count), "\(died) of \(tickets.count) about a pet that died")
        #expect(Double(harmed) < 0.1 * Double(tickets.count), "\(harmed) of \(tickets.count) about a pet harmed")
        #expect(died > 0 && tickets.contains { $0.harm == .lost })
    }

    /// Resolved within the hour of the first answer by the one who answered: a share of simple
    /// complaints, each one's timeline showing it.
    @Test func simpleComplaintsAreSettledAtFirstContact() throws {
        let figures = Statistics.compute(Self.desk, policy: Self.policy, period: Self.year, now: Self.now)
        #expect(Double(figures.firstContact) > 0.05 * Double(figures.resolved), "\(figures.firstContact) of \(figures.resolved)")
        let found = Statistics.tickets(.firstContact, on: Self.desk, policy: Self.policy, period: Self.year, now: Self.now)
        #expect(found.count == figures.firstContact)
        let id = try #require(found.last)
        let ticket = try #require(Self.desk.ticket(id))
        let answered = try #require(ticket.timeline.first { if case .acknowledged = $0.event { true } else { false } })
        let resolved = try #require(ticket.timeline.first { $0.event == .followUpStarted })
        #expect(answered.actor == resolved.actor && resolved.at.timeIntervalSince(answered.at) <= 3600)
        #expect(ticket.grade == .general && ticket.harm == .none)
    }

    /// Old tickets are closed: what is open came in this past fortnight, or waits on a mediator.
    @Test func openTicketsAreRecentExceptInMediation() {
        let open = Self.desk.tickets.filter(\.isOpen)
        #expect((150...300).contains(open.count), "\(open.count) open")
        for ticket in open where ticket.stage != .mediation {
            #expect(Self.now.timeIntervalSince(ticket.receivedAt) < 60 * 86400, "\(ticket.id) open since \(ticket.receivedAt)")
        }
        #expect(open.contains { $0.stage == .mediation })
        #expect(Set(open.map(\.stage)) == Set(Stage.allCases).subtracting([.closed]))
        // The year's tickets are numbered in the order they came in.
        let received = Self.desk.tickets.map(\.receivedAt)
        #expect(received == received.sorted())
        #expect(Self.now.timeIntervalSince(received[0]) > 360 * 86400)
    }

    /// This week's clocks are mostly kept and its customers mostly satisfied: only what was
    /// planted crosses a line.
    @Test func thisWeeksClocksAndScoresStayWithinTheirLines() {
        let week = StatsPeriod.lastDays(7, endingAt: Self.now, zone: Self.policy.zone)
        let figures = Statistics.compute(Self.desk, policy: Self.policy, period: week, now: Self.now)
        for clock in figures.clocks where clock.ended > 0 {
            #expect((clock.compliance ?? 0) >= Double(Self.policy.warnings.complianceBelowPercent), "\(clock.clock): \(clock.met) of \(clock.ended)")
        }
        #expect((figures.satisfaction.all.average ?? 0) >= Self.policy.warnings.satisfactionBelow)
        // Over the year some steps ran late: the desk has got better at its clocks.
        let year = Statistics.compute(Self.desk, policy: Self.policy, period: Self.year, now: Self.now)
        #expect((82...92).contains(year.clock(.resolve).compliance ?? 0), "resolve \(year.clock(.resolve))")
        #expect((90...96).contains(year.clock(.answer).compliance ?? 0), "answer \(year.clock(.answer))")
    }
}
