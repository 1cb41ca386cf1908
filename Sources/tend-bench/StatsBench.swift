import Foundation
import TendCore

/// Issue 13's figures: the statistics' overview for a year, a drill-down into one figure, the
/// early warnings each minute's check judges, and the per-ticket export's rows.
enum StatsBench {
    static func run(store: Store, now: Date) {
        let policy = store.policy
        // A desk read from disk has no digests: the console has them made beside its first
        // screen, once; a command line makes them before its first figure.
        var desk = store.desk
        var made: [Double] = []
        for _ in 0..<3 { made.append(seconds { desk = store.desk.digested() }) }
        print("statistics: digests made for \(desk.count) tickets (once per open, on a thread of its own), 3 runs: median \(ms(median(made)))")
        let year = StatsPeriod.lastWeeks(52, endingAt: now, zone: policy.zone)
        let month = StatsPeriod.lastWeeks(4, endingAt: now, zone: policy.zone)
        var stats: DeskStatistics?
        var overview: [Double] = []
        for _ in 0..<7 { overview.append(seconds { stats = Statistics.compute(desk, policy: policy, period: year, now: now) }) }
        print("statistics: the overview for 52 weeks (\(stats!.received) complaints received in it), 7 runs: median \(ms(median(overview))), max \(ms(overview.max()!))")
        var recent: [Double] = []
        for _ in 0..<7 { recent.append(seconds { stats = Statistics.compute(desk, policy: policy, period: month, now: now) }) }
        print("statistics: the overview for 4 weeks (\(stats!.received) received), 7 runs: median \(ms(median(recent)))")
        for figure in [StatsFigure.clock(.answer, met: false), .bucket(.cause, Cause.healthSafety.rawValue), .score(5)] {
            var found = 0
            var drills: [Double] = []
            for _ in 0..<7 { drills.append(seconds { found = Statistics.tickets(figure, on: desk, policy: policy, period: year, now: now).count }) }
            print("statistics: drill-down \(figure.name) over 52 weeks → \(found) tickets, 7 runs: median \(ms(median(drills)))")
        }
        var warnings: [EarlyWarning] = []
        var checks: [Double] = []
        for _ in 0..<7 { checks.append(seconds { warnings = EarlyWarnings.check(desk, policy: policy, now: now) }) }
        print("early warnings (last 7 days against the 4 weeks before) → \(warnings.count) crossed, 7 runs: median \(ms(median(checks)))")
        var rows = 0
        let export = seconds { rows = TicketStatsRow.rows(desk, policy: policy, now: now).count }
        print("per-ticket export rows: \(rows) in \(ms(export))")
    }
}
