import Foundation

/// The follow-up calls (回访): scheduled when the resolution is carried out, tried again when they
/// do not get through, and closed by whoever may close once the last call is made.
extension Workflow {
    /// Moving on to follow-up: the resolution is carried out and the calls are scheduled, as typed
    /// or as the policy says for the harm done to the pet.
    func followUpStart(_ ticket: Ticket, _ fields: AdvanceFields) -> [TicketEvent] {
        let calls = fields.calls.map { $0.filter { $0 > now } } ?? policy.followUpSchedule(for: ticket.harm, from: now)
        return [.followUpStarted] + (calls.isEmpty ? [] : [.followUpScheduled(calls: calls)])
    }

    /// Whether this actor may close this ticket: a handler closes general and significant
    /// complaints; serious and critical ones wait for a supervisor.
    func mayClose(_ ticket: Ticket) -> Bool {
        !StageSpec.of(.followUp).needsSupervisor(for: ticket.grade) || actor.role == .supervisor
    }

    /// A call that reached the customer (a score), the close of an unreachable customer, the
    /// close of a case where the pet died (no score), or the close of a ticket whose score is
    /// already recorded.
    func followUpCall(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        let comment = fields.comment?.trimmed ?? ""
        if let score = fields.score {
            guard !fields.unreachable else { throw GateRefusal(.unreachable, .notWith(.score)) }
            guard GateField.score.range?.contains(score) == true else { throw GateRefusal(.score, .outOfRange(score)) }
            var events: [TicketEvent] = []
            if score <= 2 {
                if fields.escalate {
                    guard fields.lowScoreReason == nil else { throw GateRefusal(.escalate, .notWith(.lowScoreReason)) }
                    let supervisors = policy.staff.filter { $0.role == .supervisor }.map(\.login)
                    return [.followUpReached(score: score, comment: comment)] + (supervisors.isEmpty ? [] : [.routed(to: supervisors)])
                }
                guard let reason = fields.lowScoreReason?.trimmed, !reason.isEmpty else {
                    throw GateRefusal(.lowScoreReason, .neededForLowScore(score))
                }
                events.append(.lowScoreAccepted(reason: reason))
            }
            let lastCall = ticket.calls.count <= 1
            if lastCall && mayClose(ticket) && ticket.openPromises.isEmpty {
                return events + [.closed(score: score, comment: comment)]
            }
            return events + [.followUpReached(score: score, comment: comment)]
        }
        guard mayClose(ticket) else { throw WorkflowError.gateNeedsSupervisor(stage: .followUp, grade: ticket.grade) }
        // Where the pet died nobody asks the owner for a score: the call closes the case, and the
        // timeline and the statistics read the harm as the reason there is none.
        if ticket.harm == .died, !fields.unreachable, ticket.recordedScore == nil {
            if ticket.calls.count > 1 { throw GateRefusal(.score, .callStillDue(ticket.calls[1])) }
            try requirePromisesKept(ticket)
            return [.closed(score: nil, comment: comment)]
        }
        if fields.unreachable {
            let needed = policy.followUpAttempts
            guard ticket.failedFollowUps >= needed || (ticket.recordedScore != nil && ticket.calls.isEmpty) else {
                throw GateRefusal(.unreachable, .notEnoughAttempts(made: ticket.failedFollowUps, needed: needed))
            }
            try requirePromisesKept(ticket)
            return [.closed(score: ticket.recordedScore?.score, comment: comment.isEmpty ? ticket.recordedScore?.comment ?? "" : comment)]
        }
        // Closing a ticket whose score a handler recorded.
        guard let recorded = ticket.recordedScore else { throw GateRefusal(.score, .missing) }
        if let next = ticket.calls.first { throw GateRefusal(.score, .callStillDue(next)) }
        try requirePromisesKept(ticket)
        var events: [TicketEvent] = []
        if recorded.score <= 2 && !lowScoreAcceptedSinceLastCall(ticket) {
            guard let reason = fields.lowScoreReason?.trimmed, !reason.isEmpty else {
                throw GateRefusal(.lowScoreReason, .neededForLowScore(recorded.score))
            }
            events.append(.lowScoreAccepted(reason: reason))
        }
        return events + [.closed(score: recorded.score, comment: comment.isEmpty ? recorded.comment : comment)]
    }

    /// A call that did not get through. Before the policy's last attempt the next one is due
    /// `retry_after` later (or when the handler says); the last allowed attempt gives up on this
    /// call: the next scheduled call stays, and with none left the case closes unreachable (with
    /// the score a call already recorded, if one did) where this actor may close it.
    public func recordFailedFollowUp(_ ticket: Ticket, note: String, next: Date? = nil) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        try requireStage(for: .followUpFailed(note: note), of: ticket)
        if let next, next <= now { throw WorkflowError.gate(GateRefusal(.calls, .inPast)) }
        let note = note.trimmed
        guard ticket.failedFollowUps + 1 >= policy.followUpAttempts else {
            // A call tried early and missed is tried again no sooner than it was due.
            let retry = max(now.addingTimeInterval(policy.followUpRetry), ticket.calls.first ?? .distantPast)
            return [.followUpFailed(note: note, next: (next ?? retry).roundedToStore)]
        }
        let failed = TicketEvent.followUpFailed(note: note, next: nil)
        guard ticket.calls.count <= 1, mayClose(ticket), ticket.openPromises.isEmpty else { return [failed] }
        return [failed, .closed(score: ticket.recordedScore?.score, comment: note)]
    }

    /// Whether the low score recorded was accepted with a reason: when the call that got through
    /// was recorded (the reason comes just before its `followUpReached`), or since.
    private func lowScoreAcceptedSinceLastCall(_ ticket: Ticket) -> Bool {
        var passedTheCall = false
        for entry in ticket.timeline.reversed() {
            switch entry.event {
            case .lowScoreAccepted: return true
            case .followUpReached:
                if passedTheCall { return false }
                passedTheCall = true
            default:
                if passedTheCall { return false }
            }
        }
        return false
    }

    func requirePromisesKept(_ ticket: Ticket) throws {
        if let open = ticket.openPromises.first { throw WorkflowError.promiseOpen(index: open.index, promise: open.promise) }
    }
}
