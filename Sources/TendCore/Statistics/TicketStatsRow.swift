import Foundation

/// One ticket as a spreadsheet row of its figures (`tend export --format csv --per-ticket`): when
/// it was answered and resolved and how long each took, which clocks ran out, the score and the
/// remedies. Read from the same facts as the statistics, over all time, so a pivot table of these
/// rows gives the figures `tend stats` shows.
public enum TicketStatsRow {
    public static let columns = [
        "id", "received", "week", "branch", "service", "channel", "grade", "cause", "harm", "assignee", "stage",
        "first_answer", "answer_minutes", "resolved", "resolve_hours", "first_contact", "reopened", "repeat",
        "breaches", "closed", "score", "unreachable", "remedies", "compensation", "currency",
    ]

    /// Every ticket's row, in ticket order, as of `now`; times in the policy's zone.
    public static func rows(_ desk: Desk, policy: Policy, now: Date) -> [[String]] {
        let desk = desk.digested()
        let frame = StatsFrame(period: StatsPeriod(from: .distantPast, to: .distantFuture, zone: policy.zone),
                               filter: StatsFilter(), now: now, policy: policy, desk: desk)
        return desk.withStatsScan { scan in
            scan.tickets.indices.map { row(scan, $0, frame: frame) }
        }
    }

    static func row(_ scan: StatsScan, _ index: Int, frame: StatsFrame) -> [String] {
        let facts = TicketFacts(scan, index, frame: frame)
        let ticket = scan.tickets[index]
        let zone = frame.policy.zone
        func local(_ instant: Date?) -> String {
            guard let instant else { return "" }
            let time = LocalTime(instant, zone)
            return StatsPeriod.dayText(of: instant, zone: zone) + String(format: " %02d:%02d", time.minute / 60, time.minute % 60)
        }
        func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return String(format: "%.1f", value)
        }
        let answeredAt = facts.answerSeconds.map { ticket.receivedAt.addingTimeInterval($0) }
        let resolvedAt = facts.resolveSeconds.map { ticket.receivedAt.addingTimeInterval($0) }
        var late = ClockOutcome.clocks.filter { $0 != .remedy && !(facts.outcome($0)?.isMet ?? true) }.map(\.rawValue)
        if facts.remediesBreached > 0 { late.append(ClockKind.remedy.rawValue) }
        let granted = ticket.grants.flatMap(\.remedies)
        let remedies = granted.map { remedy in remedy.kind.rawValue + (remedy.amount.map { " " + $0.decimal } ?? "") }
        return [
            ticket.id.description, local(ticket.receivedAt), StatsPeriod.isoWeekName(of: ticket.receivedAt, zone: zone),
            ticket.intake.branch, ticket.intake.service.rawValue, ticket.intake.channel.rawValue, ticket.grade.rawValue,
            ticket.cause?.rawValue ?? "", ticket.harm.rawValue, ticket.assignee ?? "", ticket.stage.rawValue,
            local(answeredAt), number(facts.answerSeconds.map { $0 / 60 }),
            local(resolvedAt), number(facts.resolveSeconds.map { $0 / 3600 }),
            facts.resolved ? (facts.firstContact ? "yes" : "no") : "", String(ticket.reopenCount), facts.isRepeat ? "yes" : "no",
            late.joined(separator: ";"), local(facts.closed ? ticket.closedAt : nil), facts.score.map(String.init) ?? "",
            facts.unreachable ? "yes" : "", remedies.joined(separator: "; "),
            Money(minorUnits: ticket.grantedTotal, currency: frame.policy.currency).decimal, frame.policy.currency,
        ]
    }
}
