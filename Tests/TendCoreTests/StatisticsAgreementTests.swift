import Foundation
import Testing
@testable import TendCore

/// On demo desks of several sizes and seeds, every figure's count equals the number of tickets its
/// drill-down lists, and the sums do not depend on how the desk was cut across threads.
@Suite struct StatisticsAgreementTests {
    static let f = Fixture()

    @Test(arguments: [(400, 3), (1_500, 8)])
    func everyCountMatchesItsDrillDown(size: Int, seed: UInt64) {
        let policy = Self.f.policy
        let desk = DemoDesk.generate(tickets: size, seed: seed, now: Fixture.now, policy: policy)
        let period = StatsPeriod.lastWeeks(8, endingAt: Fixture.now, zone: policy.zone)
        let stats = Statistics.compute(desk, policy: policy, period: period, now: Fixture.now)
        func listed(_ figure: StatsFigure) -> Int { Statistics.tickets(figure, on: desk, policy: policy, period: period, now: Fixture.now).count }
        var checked = 0
        func check(_ figure: StatsFigure, _ count: Int) {
            #expect(listed(figure) == count, "\(figure.name)")
            checked += 1
        }
        check(.received, stats.received)
        for dimension in StatsDimension.ordered {
            for bucket in stats.count(by: dimension) { check(.bucket(dimension, bucket.key), bucket.count) }
        }
        for clock in stats.clocks where clock.clock != .remedy {
            check(.clock(clock.clock, met: true), clock.met)
            check(.clock(clock.clock, met: false), clock.breached)
        }
        check(.answered, stats.answerTimes.count)
        check(.resolved, stats.resolved)
        check(.firstContact, stats.firstContact)
        check(.reopened, stats.reopened)
        check(.repeatComplaint, stats.repeats)
        check(.closed, stats.satisfaction.closed)
        check(.unreachable, stats.satisfaction.unreachable)
        for score in 1...5 { check(.score(score), stats.satisfaction.distribution[score - 1]) }
        for band in AuthorityBand.allCases { check(.band(band), stats.compensation.byBand[band]?.count ?? 0) }
        for person in stats.people {
            check(.open(person.login), person.open)
            check(.overdue(person.login), person.overdue)
        }
        check(.awaitingApproval, stats.approvals.count)
        for (branch, count) in stats.injuriesByBranch { check(.injuredIn(branch), count) }
        #expect(checked > 60)
        // The figures were not all empty: the desk has every kind of case.
        #expect(stats.received > 0 && stats.resolved > 0 && stats.satisfaction.closed > 0 && stats.clock(.answer).breached > 0)
    }

    @Test func aFigureReadsBackFromItsName() {
        let figures: [StatsFigure] = [.received, .bucket(.cause, "price"), .bucket(.week, "2026-W47"), .bucket(.branch, "朝阳店"),
                                      .clock(.followUp, met: false), .clock(.answer, met: true), .score(2), .compensation(nil),
                                      .compensation(.refund), .band(.top), .open("li.hua"), .overdue("li.hua"), .awaitingApproval,
                                      .injuredIn("Riverside branch"), .firstContact, .repeatComplaint, .unreachable]
        for figure in figures { #expect(StatsFigure.parse(figure.name) == figure, "\(figure.name)") }
        #expect(StatsFigure.parse("score:9") == nil)
        #expect(StatsFigure.parse("colour:red") == nil)
    }
}

/// ISO weeks and days in a zone, without Foundation's calendar.
@Suite struct StatsPeriodTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test func isoWeeksStartOnMonday() {
        let week = StatsPeriod.isoWeek("2026-W01", zone: shanghai)!
        #expect(week.text == "2025-12-29 – 2026-01-04")
        #expect(StatsPeriod.isoWeek("2026-W53", zone: shanghai)?.text == "2026-12-28 – 2027-01-03")
        #expect(StatsPeriod.isoWeek("2027-W53", zone: shanghai) == nil)
        #expect(StatsPeriod.isoWeek("2026-W47", zone: shanghai)?.text == "2026-11-16 – 2026-11-22")
        #expect(StatsPeriod.isoWeek("2026-47", zone: shanghai) == nil)
        let newYear = StatsPeriod.dayStart("2027-01-01", zone: shanghai)!
        #expect(StatsPeriod.isoWeekName(of: newYear, zone: shanghai) == "2026-W53")
        #expect(StatsPeriod.isoWeekName(of: StatsPeriod.dayStart("2025-12-29", zone: shanghai)!, zone: shanghai) == "2026-W01")
        // Midnight in Shanghai is 16:00 the day before in UTC: the week is the zone's.
        #expect(week.from == Date(timeIntervalSince1970: 1_766_937_600))
    }

    @Test func theLastWeeksCountThisOneSoFar() {
        let now = StatsPeriod.dayStart("2026-12-09", zone: shanghai)!.addingTimeInterval(3600 * 15)   // a Wednesday
        let period = StatsPeriod.lastWeeks(4, endingAt: now, zone: shanghai)
        #expect(period.text == "2026-11-16 – 2026-12-09")
        #expect(period.weekStarts.count == 4)
        #expect(period.to == now)
        #expect(StatsPeriod.dayStart("2026-02-30", zone: shanghai) == nil)
        #expect(StatsPeriod.isoWeek("2028-W09", zone: shanghai)?.monthStarts.count == 2)   // 28 Feb – 5 Mar 2028
    }
}

/// The policy's [statistics] and [warnings] are read, checked and written back.
@Suite struct WarningPolicyTests {
    static let base = """
    currency = "CNY"
    [[staff]]
    login = "zhao.min"
    name = "Zhao"
    role = "supervisor"
    """

    @Test func thresholdsAreReadAndWrittenBack() throws {
        let policy = try PolicyFile.parse(Self.base + """

        [statistics]
        first_contact_within = "30m"
        repeat_within = "14d"
        [warnings]
        cause_rise_percent = 80
        satisfaction_below = "3.5"
        branch_injuries_above = 1
        """, path: "policy.toml")
        #expect(policy.statistics.firstContactWithin == 1800 && policy.statistics.repeatWindow == 14 * 86400)
        #expect(policy.warnings.causeRisePercent == 80 && policy.warnings.satisfactionBelow == 3.5 && policy.warnings.branchInjuriesAbove == 1)
        #expect(policy.warnings.complianceBelowPercent == 90)
        let again = try PolicyFile.parse(PolicyFile.render(policy), path: "policy.toml")
        #expect(again.warnings == policy.warnings && again.statistics == policy.statistics)
    }

    @Test(arguments: [("satisfaction_below = \"7\"", "satisfaction_below"), ("compliance_below_percent = 120", "compliance_below_percent"),
                      ("colour = 1", "unknown setting"), ("at_least = \"five\"", "at_least")])
    func aWrongThresholdNamesItsLine(line: String, words: String) {
        #expect {
            _ = try PolicyFile.parse(Self.base + "\n[warnings]\n" + line + "\n", path: "policy.toml")
        } throws: { error in
            "\(error)".contains(words) && "\(error)".contains("policy.toml:7")
        }
    }
}
