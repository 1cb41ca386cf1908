import Foundation

/// A figure past its line in the policy's `[warnings]`, over the last seven days: what crossed,
/// by how much, and the tickets behind it (`figure` in `period`).
public struct EarlyWarning: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A cause's complaints this week against its weekly average over the four before.
        case causeRise(Cause, count: Int, average: Double)
        /// A clock met this percent of `ended` times.
        case complianceBelow(ClockKind, percent: Double, ended: Int)
        /// The average of `scored` satisfaction scores.
        case satisfactionBelow(average: Double, scored: Int)
        /// Complaints of a pet injured or killed in one branch's care.
        case branchInjuries(branch: String, count: Int)
    }

    public let kind: Kind
    /// The tickets behind it: `figure` in `period` (the last seven days).
    public let figure: StatsFigure
    public let period: StatsPeriod

    /// One line for a status bar, a report or cron's mail.
    public func text(_ thresholds: WarningThresholds, _ lang: Language) -> String {
        switch kind {
        case .causeRise(let cause, let count, let average):
            let rise = average == 0 ? "" : lang.pick(", up \(Int((Double(count) / average - 1) * 100))%", "，升 \(Int((Double(count) / average - 1) * 100))%")
            return lang.pick("\(cause.english): \(count) complaints in 7 days against \(Self.one(average)) a week before\(rise)",
                             "\(cause.chinese)：7 天 \(count) 起，此前每周平均 \(Self.one(average)) 起\(rise)")
        case .complianceBelow(let clock, let percent, let ended):
            return lang.pick("\(clock.english) met on time \(Self.one(percent))% of \(ended) (line \(thresholds.complianceBelowPercent)%)",
                             "\(clock.chinese)按时 \(Self.one(percent))%（共 \(ended) 次，警戒线 \(thresholds.complianceBelowPercent)%）")
        case .satisfactionBelow(let average, let scored):
            return lang.pick("satisfaction \(String(format: "%.2f", average)) from \(scored) scores (line \(thresholds.satisfactionBelow))",
                             "满意度 \(String(format: "%.2f", average))（\(scored) 个评分，警戒线 \(thresholds.satisfactionBelow)）")
        case .branchInjuries(let branch, let count):
            let name = branch.isEmpty ? lang.pick("(no branch)", "（未填门店）") : branch
            return lang.pick("\(name): \(count) pets injured or killed in care in 7 days (warns above \(thresholds.branchInjuriesAbove))",
                             "\(name)：7 天内 \(count) 起宠物受伤或死亡（警戒线 \(thresholds.branchInjuriesAbove)）")
        }
    }

    /// A short name for the status bar: "skin ↑", "answer 82%".
    public func short(_ lang: Language) -> String {
        switch kind {
        case .causeRise(let cause, _, _): cause.name(lang) + "↑"
        case .complianceBelow(let clock, let percent, _): clock.name(lang) + " \(Int(percent))%"
        case .satisfactionBelow(let average, _): lang.pick("score ", "满意度 ") + String(format: "%.1f", average)
        case .branchInjuries(let branch, let count): (branch.isEmpty ? "?" : branch) + lang.pick(" injuries \(count)", " 伤亡 \(count)")
        }
    }

    static func one(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// Judges the last seven days against the policy's `[warnings]`.
public enum EarlyWarnings {
    public static func check(_ desk: Desk, policy: Policy, now: Date) -> [EarlyWarning] {
        let desk = desk.digested()
        let lines = policy.warnings
        let week = StatsPeriod.lastDays(7, endingAt: now, zone: policy.zone)
        let before = StatsPeriod(from: week.from.addingTimeInterval(-28 * 86400), to: week.from, zone: policy.zone)
        let recent = Statistics.compute(desk, policy: policy, period: week, now: now)
        let earlier = Statistics.compute(desk, policy: policy, period: before, now: now)
        var warnings: [EarlyWarning] = []
        let earlierCounts = Dictionary(earlier.count(by: .cause).map { ($0.key, $0.count) }, uniquingKeysWith: +)
        // The weeks before are those the desk has been taking complaints in: counted over four
        // weeks, a desk two weeks old would show every cause rising by half. Less than a week of
        // them is nothing to compare with.
        let firstReceived = desk.count > 0 ? desk.withStatsScan { Date(timeIntervalSince1970: $0.digests[0].received) } : now
        let weeksBefore = min(4, before.to.timeIntervalSince(max(before.from, firstReceived)) / (7 * 86400))
        let hasBaseline = earlier.received >= lines.atLeast && weeksBefore >= 1
        for bucket in recent.count(by: .cause) where hasBaseline {
            guard let cause = Cause(rawValue: bucket.key), bucket.count >= lines.causeRiseAtLeast else { continue }
            let average = Double(earlierCounts[bucket.key] ?? 0) / weeksBefore
            if Double(bucket.count) > average * (1 + Double(lines.causeRisePercent) / 100) {
                warnings.append(EarlyWarning(kind: .causeRise(cause, count: bucket.count, average: average),
                                             figure: .bucket(.cause, bucket.key), period: week))
            }
        }
        for clock in recent.clocks where clock.ended >= lines.atLeast {
            if let percent = clock.compliance, percent < Double(lines.complianceBelowPercent) {
                warnings.append(EarlyWarning(kind: .complianceBelow(clock.clock, percent: percent, ended: clock.ended),
                                             figure: .clock(clock.clock, met: false), period: week))
            }
        }
        if recent.satisfaction.all.count >= lines.atLeast, let average = recent.satisfaction.all.average, average < lines.satisfactionBelow {
            warnings.append(EarlyWarning(kind: .satisfactionBelow(average: average, scored: recent.satisfaction.all.count),
                                         figure: .closed, period: week))
        }
        for (branch, count) in recent.injuriesByBranch.sorted(by: { $0.key < $1.key }) where count > lines.branchInjuriesAbove {
            warnings.append(EarlyWarning(kind: .branchInjuries(branch: branch, count: count), figure: .injuredIn(branch), period: week))
        }
        return warnings
    }
}
