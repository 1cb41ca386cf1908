import Foundation

/// One figure of the statistics, named so that its tickets can be listed (Enter on a bar, `tend
/// stats --tickets`). Each case reads the same `TicketFacts` the sums were added from.
public enum StatsFigure: Sendable, Hashable {
    /// Complaints received in the period; those under one key of a dimension.
    case received
    case bucket(StatsDimension, String)
    /// A clock met, or breached, in the period.
    case clock(ClockKind, met: Bool)
    /// First answered, first resolved (and of those: at first contact, reopened since) in the period.
    case answered
    case resolved
    case firstContact
    case reopened
    case repeatComplaint
    /// Received in the period about a pet injured or killed in one branch's care.
    case injuredIn(String)
    /// Closed in the period: all, with a score of `n`, without a score (unreachable).
    case closed
    case score(Int)
    case unreachable
    /// Compensation that took effect in the period: of one kind (nil: any), by authority band.
    case compensation(ResolutionKind?)
    case band(AuthorityBand)
    /// Open now for a login, overdue now for a login ("" for none), waiting for approval now.
    case open(String)
    case overdue(String)
    case awaitingApproval

    func holds(_ tickets: UnsafeBufferPointer<Ticket>, _ index: Int, frame: StatsFrame) -> Bool {
        let ticket = tickets.baseAddress! + index
        if TicketFacts.endedBefore(frame.period, ticket) { return false }
        let facts = TicketFacts(tickets, index, in: frame.period, now: frame.now, sla: frame.sla, rules: frame.rules)
        switch self {
        case .received: return facts.received
        case .bucket(let dimension, let key):
            guard facts.received else { return false }
            switch dimension {
            case .week: return frame.week(of: ticket.pointee.receivedAt).map { frame.weeks[$0].name == key } ?? false
            case .month: return frame.month(of: ticket.pointee.receivedAt).map { frame.monthNames[$0] == key } ?? false
            default: return dimension.key(of: ticket, zone: frame.period.zone) == key
            }
        case .clock(let clock, let met):
            if clock == .remedy { return met ? facts.remediesMet > 0 : facts.remediesBreached > 0 }
            return facts.outcome(clock).map { $0.isMet == met } ?? false
        case .answered: return facts.answerSeconds != nil
        case .resolved: return facts.resolved
        case .firstContact: return facts.resolved && facts.firstContact
        case .reopened: return facts.resolved && facts.reopened
        case .repeatComplaint: return facts.received && facts.isRepeat
        case .injuredIn(let branch): return facts.received && Self.isInjuryOrDeath(ticket.pointee.harm) && ticket.pointee.intake.branch == branch
        case .closed: return facts.closed
        case .score(let score): return facts.closed && facts.score == score
        case .unreachable: return facts.unreachable
        case .compensation(let kind):
            guard facts.granted else { return false }
            guard let kind else { return true }
            return ticket.pointee.grants[facts.grantRange].contains { $0.remedies.contains { $0.kind == kind } }
        case .band(let band):
            guard facts.granted else { return false }
            return frame.band(of: Resolution.total(Array(ticket.pointee.grants[..<facts.grantRange.upperBound]))) == band
        case .open(let login): return facts.openNow && (ticket.pointee.assignee ?? "") == login
        case .overdue(let login): return facts.overdueNow && facts.openNow && (ticket.pointee.assignee ?? "") == login
        case .awaitingApproval: return facts.openNow && ticket.pointee.resolution?.approval == .pending
        }
    }

    /// What the branch-injuries warning counts: a pet hurt or killed, not one ill or lost.
    static func isInjuryOrDeath(_ harm: Harm) -> Bool { harm == .injured || harm == .died }
}
