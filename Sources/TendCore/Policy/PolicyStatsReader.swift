import Foundation
import TOMLKit

/// Reads the policy's `[statistics]` table (how two figures are defined) and `[warnings]` table
/// (where early warnings start). Every value is checked; a mistake names its line.
struct PolicyStatsReader {
    let root: TOMLSection

    static let statisticsKeys = ["first_contact_within", "repeat_within"]
    static let warningKeys = ["cause_rise_percent", "cause_rise_at_least", "compliance_below_percent", "satisfaction_below",
                              "branch_injuries_above", "at_least"]

    func read(into policy: inout Policy) throws {
        if let table = try root.section("statistics", else: "statistics must be a table") {
            try table.onlyKeys(Self.statisticsKeys) { "unknown setting \"\($0)\"; expected one of: \(Self.statisticsKeys.joined(separator: ", "))" }
            for (key, path, rule) in [("first_contact_within", \StatsRules.firstContactWithin, "first_contact_within must be a duration such as \"1h\""),
                                      ("repeat_within", \StatsRules.repeatWindow, "repeat_within must be a duration such as \"30d\"")] {
                if let text = try table.string(key, else: rule) {
                    guard let interval = DurationText.parse(text), interval > 0 else { throw table.fail(key, rule) }
                    policy.statistics[keyPath: path] = interval
                }
            }
        }
        guard let table = try root.section("warnings", else: "warnings must be a table") else { return }
        try table.onlyKeys(Self.warningKeys) { "unknown setting \"\($0)\"; expected one of: \(Self.warningKeys.joined(separator: ", "))" }
        let counts: [(String, WritableKeyPath<WarningThresholds, Int>, ClosedRange<Int>)] = [
            ("cause_rise_percent", \.causeRisePercent, 1...10_000), ("cause_rise_at_least", \.causeRiseAtLeast, 1...100_000),
            ("compliance_below_percent", \.complianceBelowPercent, 0...100), ("branch_injuries_above", \.branchInjuriesAbove, 0...100_000),
            ("at_least", \.atLeast, 1...100_000),
        ]
        for (key, path, range) in counts {
            let rule = "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            if let value = try table.int(key, else: rule) {
                guard range.contains(value) else { throw table.fail(key, rule) }
                policy.warnings[keyPath: path] = value
            }
        }
        // A score with decimals is written in quotes: the policy reads no bare fractions.
        let scoreRule = "satisfaction_below must be a score from 1 to 5 in quotes, such as \"4.0\""
        if let text = try table.string("satisfaction_below", else: scoreRule) {
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), (1...5).contains(value) else {
                throw table.fail("satisfaction_below", scoreRule)
            }
            policy.warnings.satisfactionBelow = value
        }
    }

    /// Both tables as the policy file writes them.
    static func render(_ policy: Policy) -> String {
        let rules = policy.statistics, lines = policy.warnings
        return """

        # How two figures of the statistics are counted: a resolution at first contact took effect
        # within first_contact_within of the first answer, by whoever answered, never reopened or
        # taken to mediation; a repeat complaint came from the same customer or about the same pet
        # within repeat_within of an earlier one.
        [statistics]
        first_contact_within = "\(DurationText.format(rules.firstContactWithin))"
        repeat_within = "\(DurationText.format(rules.repeatWindow))"

        # Early warnings, judged over the last 7 days and shown on supervisors' status bars, in the
        # statistics view and by `tend stats --warnings`: a cause up more than cause_rise_percent on
        # its average week of the 4 before (and at least cause_rise_at_least complaints); a clock
        # met less often than compliance_below_percent; an average score under satisfaction_below;
        # more than branch_injuries_above pets injured or killed in one branch's care. A rate drawn
        # from fewer than at_least cases is not judged.
        [warnings]
        cause_rise_percent = \(lines.causeRisePercent)
        cause_rise_at_least = \(lines.causeRiseAtLeast)
        compliance_below_percent = \(lines.complianceBelowPercent)
        satisfaction_below = "\(lines.satisfactionBelow)"
        branch_injuries_above = \(lines.branchInjuriesAbove)
        at_least = \(lines.atLeast)

        """
    }
}
