import Foundation
import Testing
@testable import TendCore

/// Two lines crossed on a desk built by hand — price complaints up on their four-week average, a
/// branch with three pets hurt in a week — and two that stay under (one attitude complaint, a
/// branch with two).
@Suite struct EarlyWarningTests {
    typealias Hand = StatisticsHandCountTests

    static func desk(injuredInA: Int) throws -> Desk {
        let li = Hand.f.handler
        var b = Hand.Builder()
        // The desk's first complaint, long before: the four weeks before are all the desk's.
        _ = try b.receive("2026-09-01 10:00", service: .retail, branch: "B", contact: "13899999999", cause: .other)
        // The four weeks before: one price and one attitude complaint a week, never answered.
        for (index, day) in ["2026-10-20", "2026-10-27", "2026-11-03", "2026-11-10"].enumerated() {
            _ = try b.receive("\(day) 10:00", service: .retail, branch: "B", contact: "1390000000\(index)", cause: .price)
            _ = try b.receive("\(day) 11:00", service: .retail, branch: "B", contact: "1391000000\(index)", cause: .attitude)
        }
        // The last seven days, each answered at once: four price complaints, one about attitude.
        var recent: [TicketID] = []
        for index in 0..<4 {
            recent.append(try b.receive("2026-11-18 1\(index):00", service: .retail, branch: "B", contact: "1392000000\(index)", cause: .price))
        }
        recent.append(try b.receive("2026-11-18 15:00", service: .retail, branch: "B", contact: "13930000000", cause: .attitude))
        for id in recent {
            try b.advance(id, li, "2026-11-18 16:00") { $0.eta = Hand.at("2026-11-21 12:00"); $0.etaReason = "the customer is away" }
        }
        // Pets injured in grooming this morning: in branch A, and two in branch B.
        for (index, branch) in (Array(repeating: "A", count: injuredInA) + ["B", "B"]).enumerated() {
            let id = try b.receive("2026-11-20 08:0\(index)", service: .grooming, branch: branch, grade: .critical, harm: .injured,
                                   contact: "1394000000\(index)")
            try b.advance(id, li, "2026-11-20 08:20") { $0.eta = Hand.at("2026-11-20 13:00"); $0.etaReason = "the vet calls at one" }
        }
        return b.desk
    }

    @Test func twoLinesCrossedAreWarnedAbout() throws {
        let warnings = EarlyWarnings.check(try Self.desk(injuredInA: 3), policy: Hand.policy, now: Hand.now)
        #expect(warnings.map(\.kind) == [.causeRise(.price, count: 4, average: 1), .branchInjuries(branch: "A", count: 3)])
        #expect(warnings.map(\.figure) == [.bucket(.cause, "price"), .injuredIn("A")])
        #expect(warnings[0].text(Hand.policy.warnings, .en) == "price dispute: 4 complaints in 7 days against 1 a week before, up 300%")
        #expect(warnings[1].text(Hand.policy.warnings, .zh) == "A：7 天内 3 起宠物受伤或死亡（警戒线 2）")
    }

    @Test func aLineReachedButNotCrossedIsQuiet() throws {
        #expect(EarlyWarnings.check(try Self.desk(injuredInA: 2), policy: Hand.policy, now: Hand.now).map(\.kind)
                == [.causeRise(.price, count: 4, average: 1)])
        var calmer = Hand.policy
        calmer.warnings.causeRisePercent = 400
        calmer.warnings.branchInjuriesAbove = 3
        #expect(EarlyWarnings.check(try Self.desk(injuredInA: 3), policy: calmer, now: Hand.now).isEmpty)
    }

    /// A desk younger than five weeks has nothing to compare a week with.
    @Test func aNewDeskWarnsOfNoRise() throws {
        var b = Hand.Builder()
        for index in 0..<6 {
            let id = try b.receive("2026-11-19 0\(index):00", service: .retail, branch: "B", contact: "1395000000\(index)", cause: .price)
            try b.advance(id, Hand.f.handler, "2026-11-19 09:00") { $0.eta = Hand.at("2026-11-21 12:00"); $0.etaReason = "away" }
        }
        #expect(EarlyWarnings.check(b.desk, policy: Hand.policy, now: Hand.now).isEmpty)
    }

    /// A desk two weeks old, taking four price complaints every week: its weeks before are two,
    /// not four, and a steady week is no rise (counted over four weeks it looked like a doubling).
    @Test func aYoungDeskIsJudgedOnTheWeeksItHas() throws {
        var b = Hand.Builder()
        for day in ["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-06", "2026-11-07", "2026-11-08", "2026-11-09",
                    "2026-11-14", "2026-11-15", "2026-11-16", "2026-11-17"] {
            _ = try b.receive("\(day) 12:00", service: .retail, branch: "B", contact: "1396\(day.filter(\.isNumber).suffix(7))", cause: .price)
        }
        #expect(EarlyWarnings.check(b.desk, policy: Hand.policy, now: Hand.now).isEmpty)
        // Twice as many in the last week is a rise against two weeks' average of four (and, none of
        // them answered, a late first answer too).
        for hour in 14...17 {
            _ = try b.receive("2026-11-18 \(hour):00", service: .retail, branch: "B", contact: "139700000\(hour)", cause: .price)
        }
        #expect(EarlyWarnings.check(b.desk, policy: Hand.policy, now: Hand.now).map(\.kind)
                == [.causeRise(.price, count: 8, average: 4), .complianceBelow(.answer, percent: 0, ended: 8)])
    }
}
