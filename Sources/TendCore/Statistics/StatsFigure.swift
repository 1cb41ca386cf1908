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

    func holds(_ scan: StatsScan, _ index: Int, frame: StatsFrame) -> Bool {
        let digest = scan.digest(index)
        if TicketFacts.endedBefore(frame.period, digest) { return false }
        switch self {
        case .received, .bucket, .repeatComplaint, .injuredIn:
            // Figures of complaints received: the rest of the facts are not needed to say no.
            if !TicketFacts.received(digest, in: frame.period) { return false }
        default:
            break
        }
        let facts = TicketFacts(scan, index, frame: frame)
        switch self {
        case .received: return facts.received
        case .bucket(let dimension, let key):
            guard facts.received else { return false }
            let receivedAt = Date(timeIntervalSince1970: digest.pointee.received)
            switch dimension {
            case .week: return frame.week(of: receivedAt).map { frame.weeks[$0].name == key } ?? false
            case .month: return frame.month(of: receivedAt).map { frame.monthNames[$0] == key } ?? false
            default: return dimension.key(of: digest, names: frame.names, zone: frame.period.zone) == key
            }
        case .clock(let clock, let met):
            if clock == .remedy { return met ? facts.remediesMet > 0 : facts.remediesBreached > 0 }
            return facts.outcome(clock).map { $0.isMet == met } ?? false
        case .answered: return facts.answerSeconds != nil
        case .resolved: return facts.resolved
        case .firstContact: return facts.resolved && facts.firstContact
        case .reopened: return facts.resolved && facts.reopened
        case .repeatComplaint: return facts.received && facts.isRepeat
        case .injuredIn(let branch):
            return facts.received && Self.isInjuryOrDeath(Harm.ordered[Int(digest.pointee.harm)])
                && frame.names.branches.names[Int(digest.pointee.branch)] == branch
        case .closed: return facts.closed
        case .score(let score): return facts.closed && facts.score == score
        case .unreachable: return facts.unreachable
        case .compensation(let kind):
            guard facts.granted else { return false }
            guard let kind else { return true }
            if digest.pointee.flags.contains(.inlineGrant) && !frame.readsTickets {
                let place = UInt8(ResolutionKind.place(of: kind))
                return digest.pointee.firstRemedyKind == place || digest.pointee.secondRemedyKind == place
            }
            return scan.ticket(index).pointee.grants[facts.grantRange].contains { $0.remedies.contains { $0.kind == kind } }
        case .band(let band):
            guard facts.granted else { return false }
            if digest.pointee.flags.contains(.inlineGrant) && !frame.readsTickets {
                return frame.band(of: Money.saturatingSum(digest.pointee.firstRemedyAmount, digest.pointee.secondRemedyAmount)) == band
            }
            return frame.band(of: Resolution.total(Array(scan.ticket(index).pointee.grants[..<facts.grantRange.upperBound]))) == band
        case .open(let login): return facts.openNow && frame.names.assigneeName(digest.pointee.assignee) == login
        case .overdue(let login): return facts.overdueNow && facts.openNow && frame.names.assigneeName(digest.pointee.assignee) == login
        case .awaitingApproval: return digest.pointee.flags.contains(.awaitingApproval)
        }
    }

    /// What the branch-injuries warning counts: a pet hurt or killed, not one ill or lost.
    static func isInjuryOrDeath(_ harm: Harm) -> Bool { harm == .injured || harm == .died }
}
