import Foundation

/// A dispute taken to a mediator and brought back: who, their reference, the next date, what was
/// sent; the clocks stand still meanwhile where the policy lets them wait for a mediator.
extension Workflow {
    public func startMediation(_ ticket: Ticket, _ referral: MediationReferral) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        var referral = referral
        try requireStage(for: .mediationReferred(referral), of: ticket)
        referral.reason = referral.reason.trimmed
        referral.reference = referral.reference.trimmed
        referral.sent = referral.sent.trimmed
        guard !referral.reason.isEmpty else { throw WorkflowError.emptyText(.mediationReason) }
        if let next = referral.next, next <= now { throw WorkflowError.mediationDateInPast(next) }
        // A mediator takes weeks: the clocks wait for them where the policy allows it, and a pause
        // already running (for the customer, say) is left as it is.
        let pause: [TicketEvent] = policy.pauseReasons.contains(.mediator) && ticket.runningPause == nil ? [.clockPaused(.mediator)] : []
        return [.mediationReferred(referral)] + pause
    }

    public func updateMediation(_ ticket: Ticket, _ update: MediationUpdate) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        try requireStage(for: .mediationUpdated(update), of: ticket)
        let update = MediationUpdate(reference: update.reference.trimmed, next: update.next, sent: update.sent.trimmed, note: update.note.trimmed)
        guard !update.isEmpty else { throw WorkflowError.emptyText(.mediationNews) }
        if let next = update.next, next <= now { throw WorkflowError.mediationDateInPast(next) }
        return [.mediationUpdated(update)]
    }

    /// The mediation's outcome takes the ticket back to resolving, and starts the clocks that
    /// stood still for the mediator.
    func endMediation(_ ticket: Ticket, outcome: String) -> [TicketEvent] {
        [.mediationEnded(outcome: outcome)] + (ticket.runningPause?.reason == .mediator ? [.clockResumed] : [])
    }
}
