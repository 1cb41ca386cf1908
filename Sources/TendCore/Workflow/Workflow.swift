import Foundation

/// The complaint workflow: every stage gate and every authority rule, in one place.
///
/// Each method checks an action against the ticket, the policy and the acting member of staff and
/// returns the events to record, or throws a `WorkflowError` and records nothing.
///
///     received → acknowledged → investigating → resolving → follow_up → closed
///                                    ↑  ↘ mediation ↗ ↑                   │
///                                    └──────────── reopen ────────────────┘
public struct Workflow: Sendable {
    public let policy: Policy
    public let actor: StaffMember
    public let now: Date

    public init(policy: Policy, actor: StaffMember, now: Date) {
        self.policy = policy
        self.actor = actor
        self.now = now
    }

    // MARK: Intake

    public func receive(_ intake: Intake) throws -> [TicketEvent] {
        try requireCanChange()
        guard !intake.customer.name.trimmed.isEmpty else { throw WorkflowError.emptyText(field: "customer") }
        guard !intake.customer.contact.trimmed.isEmpty else { throw WorkflowError.emptyText(field: "contact") }
        guard !intake.description.trimmed.isEmpty else { throw WorkflowError.emptyText(field: "description") }
        return [.received(intake)]
    }

    // MARK: The main path

    /// Moves the ticket one stage on, if its gate's fields are present and valid.
    public func advance(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        try requireCanChange()
        if let expected = try fields.expectedStage(), expected != ticket.stage {
            throw WorkflowError.movedOn(expected: expected, actual: ticket.stage)
        }
        try requireMayWork(on: ticket)
        let events = try gate(ticket, fields)
        // A waiver is recorded only when the stage really moves, not when a resolution waits.
        guard !fields.waived.isEmpty, events.contains(where: \.movesStage) else { return events }
        return [.checklistWaived(stage: ticket.stage, items: fields.waived)] + events
    }

    private func gate(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        switch ticket.stage {
        case .received: return try acknowledge(fields)
        case .acknowledged: return try startInvestigation(ticket, fields)
        case .investigating: return try assess(ticket, fields)
        case .resolving: return try resolve(ticket, fields)
        case .followUp: return try close(ticket, fields)
        case .mediation: return try endMediation(fields)
        case .closed: throw WorkflowError.alreadyClosed
        }
    }

    private func acknowledge(_ fields: AdvanceFields) throws -> [TicketEvent] {
        guard let eta = fields.eta else { throw WorkflowError.missingETA }
        guard eta > now else { throw WorkflowError.etaInPast }
        return [.acknowledged(eta: eta)]
    }

    private func startInvestigation(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        var events: [TicketEvent] = []
        if let login = fields.assignee, login != ticket.assignee {
            events += try assign(ticket, to: login)
        } else if ticket.assignee == nil {
            throw WorkflowError.missingAssignee
        }
        return events + [.investigationStarted]
    }

    private func assess(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        let grade = fields.grade ?? ticket.grade
        guard let cause = fields.cause ?? ticket.cause else { throw WorkflowError.missingCause }
        guard let findings = fields.findings?.trimmed, !findings.isEmpty else { throw WorkflowError.missingFindings }
        var events: [TicketEvent] = []
        if grade != ticket.grade {
            guard let reason = fields.reason?.trimmed, !reason.isEmpty else { throw WorkflowError.gradeChangeNeedsReason }
            events.append(.gradeChanged(from: ticket.grade, to: grade, reason: reason))
        }
        return events + [.assessed(grade: grade, cause: cause, findings: findings)]
    }

    /// A resolution above the actor's ceiling is recorded as proposed but the ticket stays in
    /// resolving until a supervisor approves it; callers see that the stage did not change.
    private func resolve(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        if let kind = fields.resolution {
            let proposal = try propose(ticket, kind: kind, amount: fields.amount, details: fields.details)
            guard case .resolutionProposed(_, _, _, let needsApproval) = proposal else { return [proposal] }
            return needsApproval ? [proposal] : [proposal, .followUpStarted]
        }
        guard fields.amount == nil else { throw WorkflowError.amountWithoutResolution }
        guard let resolution = ticket.resolution else { throw WorkflowError.missingResolution }
        if resolution.approval == .pending, let amount = resolution.amount {
            throw WorkflowError.awaitingApproval(amount: amount, ceiling: ceilingMoney(actor), granted: grantedMoney(ticket))
        }
        return [.followUpStarted]
    }

    /// A proposal needs approval when it would take the ticket's total compensation (every grant
    /// so far plus this amount) above the actor's ceiling: reopening cannot split an amount.
    private func propose(_ ticket: Ticket, kind: ResolutionKind, amount: Money?, details: String?) throws -> TicketEvent {
        guard let details = details?.trimmed, !details.isEmpty else { throw WorkflowError.missingDetails }
        if kind.needsAmount && (amount == nil || amount!.minorUnits <= 0) { throw WorkflowError.amountRequired(kind) }
        if let amount, amount.currency != policy.currency { throw WorkflowError.wrongCurrency(expected: policy.currency) }
        let needsApproval = amount.map { $0.minorUnits > 0 && !withinCeiling(ticket, adding: $0, for: actor) } ?? false
        return .resolutionProposed(kind: kind, amount: amount, details: details, needsApproval: needsApproval)
    }

    private func close(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        if ticket.grade.closingNeedsSupervisor && actor.role != .supervisor {
            throw WorkflowError.closingNeedsSupervisor(ticket.grade)
        }
        let comment = fields.comment?.trimmed ?? ""
        if let score = fields.score {
            guard (1...5).contains(score) else { throw WorkflowError.scoreOutOfRange(score) }
            return [.closed(score: score, comment: comment)]
        }
        guard fields.unreachable else { throw WorkflowError.missingScore }
        guard ticket.failedFollowUps >= policy.followUpAttempts else {
            throw WorkflowError.notEnoughAttempts(made: ticket.failedFollowUps, needed: policy.followUpAttempts)
        }
        return [.closed(score: nil, comment: comment)]
    }

    private func endMediation(_ fields: AdvanceFields) throws -> [TicketEvent] {
        guard let outcome = fields.outcome?.trimmed, !outcome.isEmpty else { throw WorkflowError.missingOutcome }
        return [.mediationEnded(outcome: outcome)]
    }

    // MARK: Side paths and other actions

    public func assign(_ ticket: Ticket, to login: String) throws -> [TicketEvent] {
        try requireCanChange()
        guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
        guard let member = policy.member(login) else { throw WorkflowError.unknownStaff(login: login) }
        guard member.role != .trainee else { throw WorkflowError.cannotBeAssigned(login: login) }
        if actor.role != .supervisor {
            // A handler may take an unassigned ticket for themselves; anything else is a reassignment.
            guard login == actor.login else { throw WorkflowError.needsSupervisor(action: "assign tickets to others") }
            if let current = ticket.assignee, current != actor.login { throw WorkflowError.notYourTicket(assignee: current) }
        }
        guard ticket.assignee != login else { throw WorkflowError.alreadyAssigned(to: login) }
        return [.assigned(to: login)]
    }

    public func changeGrade(_ ticket: Ticket, to grade: Grade, reason: String) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
        guard grade != ticket.grade else { throw WorkflowError.sameGrade(grade) }
        guard !reason.trimmed.isEmpty else { throw WorkflowError.gradeChangeNeedsReason }
        return [.gradeChanged(from: ticket.grade, to: grade, reason: reason.trimmed)]
    }

    public func addNote(_ ticket: Ticket, text: String) throws -> [TicketEvent] {
        try requireCanChange()
        guard !text.trimmed.isEmpty else { throw WorkflowError.emptyText(field: "note") }
        return [.noteAdded(text: text.trimmed)]
    }

    public func approve(_ ticket: Ticket) throws -> [TicketEvent] {
        try requireCanChange()
        guard actor.role == .supervisor else { throw WorkflowError.needsSupervisor(action: "approve compensation") }
        guard let resolution = ticket.resolution, resolution.approval == .pending else { throw WorkflowError.nothingToApprove }
        if let amount = resolution.amount, !withinCeiling(ticket, adding: amount, for: actor) {
            throw WorkflowError.beyondAuthority(amount: amount, ceiling: ceilingMoney(actor), granted: grantedMoney(ticket))
        }
        return [.resolutionApproved]
    }

    public func reopen(_ ticket: Ticket, reason: String) throws -> [TicketEvent] {
        try requireCanChange()
        guard ticket.stage == .closed || ticket.stage == .followUp else {
            throw WorkflowError.notInStage(required: [.followUp, .closed], actual: ticket.stage)
        }
        guard !reason.trimmed.isEmpty else { throw WorkflowError.reasonRequired }
        return [.reopened(reason: reason.trimmed)]
    }

    public func startMediation(_ ticket: Ticket, reason: String) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.stage == .investigating || ticket.stage == .resolving else {
            throw WorkflowError.notInStage(required: [.investigating, .resolving], actual: ticket.stage)
        }
        guard !reason.trimmed.isEmpty else { throw WorkflowError.reasonRequired }
        return [.mediationStarted(reason: reason.trimmed)]
    }

    public func recordFailedFollowUp(_ ticket: Ticket, note: String) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.stage == .followUp else { throw WorkflowError.notInStage(required: [.followUp], actual: ticket.stage) }
        return [.followUpFailed(note: note.trimmed)]
    }

    public func relate(_ ticket: Ticket, to other: TicketID) throws -> [TicketEvent] {
        try requireCanChange()
        guard other != ticket.id else { throw WorkflowError.relatedToItself }
        return ticket.related.contains(other) ? [] : [.related(to: other)]
    }

    /// The handler's judgement of how angry the customer is.
    public func setAnger(_ ticket: Ticket, to level: Anger) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
        return level == ticket.anger ? [] : [.angerSet(level)]
    }

    /// A suggested script was said: logged, ticking what it covers on the stage's checklist.
    public func markSaid(_ ticket: Ticket, script: Script) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
        return [.scriptSaid(id: script.id, covers: ChecklistItem.ordered.filter(script.covers.contains))]
    }

    /// Seeing a customer's full contact is allowed to the assignee and supervisors, and logged.
    public func revealContact(_ ticket: Ticket) throws -> [TicketEvent] {
        guard mayReadContact(ticket) else { throw WorkflowError.contactNotAllowed }
        return [.contactRevealed]
    }

    public func mayReadContact(_ ticket: Ticket) -> Bool {
        actor.role == .supervisor || (ticket.assignee == actor.login && actor.role == .handler)
    }

    // MARK: Authority

    /// Why this actor may not change this ticket at all, before any fields are asked for: a form
    /// need not open for a change the core would refuse whatever was typed into it.
    public func refusal(toWorkOn ticket: Ticket?) -> WorkflowError? {
        do {
            try requireCanChange()
            if let ticket { try requireMayWork(on: ticket) }
            return nil
        } catch let error as WorkflowError {
            return error
        } catch {
            return nil
        }
    }

    private func requireCanChange() throws {
        guard actor.role.canChangeTickets else { throw WorkflowError.readOnly(role: actor.role) }
    }

    /// Handlers work their own tickets and unassigned ones; supervisors work any.
    private func requireMayWork(on ticket: Ticket) throws {
        guard actor.role != .supervisor, let assignee = ticket.assignee, assignee != actor.login else { return }
        throw WorkflowError.notYourTicket(assignee: assignee)
    }

    private func ceilingMoney(_ member: StaffMember) -> Money {
        Money(minorUnits: policy.ceiling(for: member), currency: policy.currency)
    }

    /// Whether the ticket's grants so far plus `amount` stay within `member`'s ceiling.
    private func withinCeiling(_ ticket: Ticket, adding amount: Money, for member: StaffMember) -> Bool {
        let (total, overflow) = ticket.grantedTotal.addingReportingOverflow(amount.minorUnits)
        return !overflow && total <= policy.ceiling(for: member)
    }

    /// What was granted on the ticket before, for a refusal to mention; nil when nothing was.
    private func grantedMoney(_ ticket: Ticket) -> Money? {
        ticket.grantedTotal > 0 ? Money(minorUnits: ticket.grantedTotal, currency: policy.currency) : nil
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
