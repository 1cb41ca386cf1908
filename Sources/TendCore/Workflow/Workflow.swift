import Foundation

/// The complaint workflow: every action and every authority rule, in one place; each stage's
/// gate is declared in `StageSpec`.
///
/// Each method checks an action against the ticket, the policy and the acting member of staff and
/// returns the events to record, or throws a `WorkflowError` and records nothing.
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

    /// A new complaint, with what happened to the pet: harm sets the least grade it may have (a
    /// pet injured, lost or dead in care is critical; one that fell ill, at least serious).
    public func receive(_ intake: Intake, _ judgement: IntakeJudgement = IntakeJudgement()) throws -> [TicketEvent] {
        let harm = judgement.harm
        try requireCanChange()
        guard !intake.customer.name.trimmed.isEmpty else { throw WorkflowError.emptyText(.customer) }
        guard !intake.customer.contact.trimmed.isEmpty else { throw WorkflowError.emptyText(.contact) }
        guard !intake.description.trimmed.isEmpty else { throw WorkflowError.emptyText(.description) }
        guard intake.grade >= harm.minimumGrade else { throw WorkflowError.gradeBelowHarm(harm: harm, least: harm.minimumGrade) }
        return [.received(intake)] + routing(from: nil, to: intake.grade) + (harm == .none ? [] : [.harmSet(harm)])
            + (judgement.anger == .calm ? [] : [.angerSet(judgement.anger)])
            + (judgement.suggested.map { [.triageSuggested($0)] } ?? [])
    }

    // MARK: Clocks

    /// The clocks of this ticket that have run out by now and are not on its timeline yet: the
    /// running service-level clock, and the answer time promised to the customer (kept once the
    /// ticket is assessed). Any change to the ticket records them first, so a late action cannot
    /// hide that it was late, and a closed ticket keeps every breach it had.
    public func breachesDue(_ ticket: Ticket) -> [TicketEvent] {
        var due: [Breach] = []
        if let sla = SLATable(policy).status(of: ticket, at: now), sla.state == .overdue {
            due.append(Breach(clock: ClockKind(sla.clock), due: sla.due))
        }
        // A promise made before a reopening was of the case before it (kept or already recorded
        // broken): the reopened case is not late on it.
        if let eta = ticket.eta, eta < now, [.acknowledged, .investigating].contains(ticket.stage), eta > (ticket.reopenedAt ?? .distantPast) {
            due.append(Breach(clock: .promise, due: eta))
        }
        due += promisesBroken(ticket)
        return due.filter { !ticket.breaches.contains($0) }.map { .clockBreached($0.clock, due: $0.due) }
    }

    // MARK: The main path

    /// Moves the ticket one stage on, if its gate's fields are present and valid (see
    /// `StageSpec`, which declares each gate).
    public func advance(_ ticket: Ticket, _ fields: AdvanceFields) throws -> [TicketEvent] {
        try requireCanChange()
        if let expected = try fields.expectedStage(), expected != ticket.stage {
            throw WorkflowError.movedOn(expected: expected, actual: ticket.stage)
        }
        try requireMayWork(on: ticket)
        let spec = StageSpec.of(ticket.stage)
        // At follow-up a handler may record the call's score; the gate decides who closes.
        if spec.needsSupervisor(for: ticket.grade), actor.role != .supervisor, ticket.stage != .followUp {
            throw WorkflowError.gateNeedsSupervisor(stage: ticket.stage, grade: ticket.grade)
        }
        let events: [TicketEvent]
        do {
            events = try spec.gate(self, ticket, fields)
        } catch let refusal as GateRefusal {
            throw WorkflowError.gate(refusal)
        }
        // A waiver is recorded whenever the handler went on past the warning, also when a
        // resolution then waits for approval (so the stage asks once, not again after the
        // decision); not when the gate is passed by a flag (an unreachable customer could be told
        // nothing).
        let byFlag = fields.given.contains { $0.kind == .flag }
        guard !fields.waived.isEmpty, !byFlag else { return events }
        return [.checklistWaived(stage: ticket.stage, items: fields.waived)] + events
    }

    /// The refusal for moving on while a resolution waits for approval.
    func awaitingApproval(_ ticket: Ticket, amount: Money) -> WorkflowError {
        .awaitingApproval(amount: amount, ceiling: ceilingMoney(actor), granted: grantedMoney(ticket))
    }

    // MARK: Side paths and other actions

    public func assign(_ ticket: Ticket, to login: String) throws -> [TicketEvent] {
        try requireCanChange()
        guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
        guard let member = policy.member(login) else { throw WorkflowError.unknownStaff(login: login) }
        guard Workflow.mayHoldTickets(member.role) else { throw WorkflowError.cannotBeAssigned(login: login) }
        if actor.role != .supervisor {
            // A handler may take an unassigned ticket for themselves; anything else is a reassignment.
            guard login == actor.login else { throw WorkflowError.needsSupervisor(.assignToOthers) }
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
        try requireMayRegrade(ticket, to: grade)
        guard !reason.trimmed.isEmpty else { throw WorkflowError.gate(GateRefusal(.reason, .neededForGradeChange)) }
        return [.gradeChanged(from: ticket.grade, to: grade, reason: reason.trimmed)] + routing(from: ticket.grade, to: grade)
    }

    // MARK: Routing and the escalation ladder

    /// A ticket that becomes serious or critical (taken in so, or raised to it) is sent at once
    /// to whom the policy's routing names (see `Policy.routes`); nothing otherwise.
    func routing(from old: Grade?, to new: Grade) -> [TicketEvent] {
        guard new >= .serious, old.map({ $0 < .serious }) ?? true else { return [] }
        let logins = policy.routes(for: new, at: now)
        return logins.isEmpty ? [] : [.routed(to: logins)]
    }

    /// The rungs of the escalation ladder the ticket's running clock reached between `since` and
    /// now that tell this person (the assignee's rungs their assignee; the supervisors' rungs a
    /// supervisor) and are not on the timeline yet. A console records them as it sees them
    /// reached; a rung reached while nobody was watching told nobody and is not recorded (the
    /// clock's breach, if it ran out, is: `breachesDue`).
    public func escalations(_ ticket: Ticket, since: Date) throws -> [TicketEvent] {
        try requireCanChange()
        let due = SLATable(policy).ladder(of: ticket, at: now).map(\.escalation).filter { rung in
            rung.reachedAt >= since.roundedToStore && rung.reachedAt <= now && rung.tell.includes(actor, assignee: ticket.assignee)
                && !ticket.escalations.contains(rung)
        }
        guard !due.isEmpty else { throw WorkflowError.noEscalationDue }
        return due.map { .escalated($0) }
    }

    // MARK: Pauses

    /// The clocks stand still while the desk waits on someone else, for a reason the policy allows.
    public func pause(_ ticket: Ticket, reason: PauseReason) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
        if let running = ticket.runningPause { throw WorkflowError.alreadyPaused(running.reason) }
        guard policy.pauseReasons.contains(reason) else { throw WorkflowError.pauseNotAllowed(reason, allowed: policy.pauseReasons) }
        return [.clockPaused(reason)]
    }

    public func resume(_ ticket: Ticket) throws -> [TicketEvent] {
        try requireCanChange()
        try requireMayWork(on: ticket)
        guard ticket.runningPause != nil else { throw WorkflowError.notPaused }
        return [.clockResumed]
    }

    public func addNote(_ ticket: Ticket, text: String) throws -> [TicketEvent] {
        try requireCanChange()
        guard !text.trimmed.isEmpty else { throw WorkflowError.emptyText(.note) }
        return [.noteAdded(text: text.trimmed)]
    }

    /// A supervisor approves a waiting resolution when the ticket's total with it stays within
    /// their own ceiling; the policy's top approver may approve any amount.
    public func approve(_ ticket: Ticket, comment: String = "") throws -> [TicketEvent] {
        let resolution = try pendingResolution(ticket)
        if let amount = resolution.amount, !withinCeiling(ticket, adding: amount, for: actor), policy.topApprover?.login != actor.login {
            throw WorkflowError.beyondAuthority(amount: amount, ceiling: ceilingMoney(actor), granted: grantedMoney(ticket),
                                                approver: policy.approvers(forTotal: ticket.grantedTotal &+ amount.minorUnits).first?.login)
        }
        return [.resolutionApproved(comment: comment.trimmed)]
    }

    /// Any supervisor may turn a waiting resolution down, saying why: the handler reads it and
    /// proposes another; the ticket stays in resolving.
    public func reject(_ ticket: Ticket, comment: String) throws -> [TicketEvent] {
        _ = try pendingResolution(ticket)
        guard !comment.trimmed.isEmpty else { throw WorkflowError.emptyText(.rejectionComment) }
        return [.resolutionRejected(comment: comment.trimmed)]
    }

    /// Lowering a serious or critical grade is a supervisor's decision: a handler who could
    /// downgrade a pet's injury to general could also close it alone. Raising is anyone's.
    /// Nor may anyone grade a complaint below what the harm to the pet makes it.
    func requireMayRegrade(_ ticket: Ticket, to grade: Grade) throws {
        guard grade < ticket.grade else { return }
        if grade < ticket.harm.minimumGrade { throw WorkflowError.gradeBelowHarm(harm: ticket.harm, least: ticket.harm.minimumGrade) }
        guard ticket.grade >= .serious, actor.role != .supervisor else { return }
        throw WorkflowError.needsSupervisor(.lowerGrade)
    }

    /// The resolution a supervisor may decide on, or the refusal.
    private func pendingResolution(_ ticket: Ticket) throws -> Resolution {
        try requireCanChange()
        guard actor.role == .supervisor else { throw WorkflowError.needsSupervisor(.approveCompensation) }
        guard let resolution = ticket.resolution, resolution.approval == .pending else { throw WorkflowError.nothingToApprove }
        return resolution
    }

    public func reopen(_ ticket: Ticket, reason: String) throws -> [TicketEvent] {
        try requireCanChange()
        try requireStage(for: .reopened(reason: reason), of: ticket)
        guard !reason.trimmed.isEmpty else { throw WorkflowError.reasonRequired }
        return [.reopened(reason: reason.trimmed)]
    }

    /// Evidence kept with the case: a file already copied into the desk, or a reference.
    public func addEvidence(_ ticket: Ticket, _ item: Evidence) throws -> [TicketEvent] {
        try requireCanChange()
        // As with a note's stronger cousins: only whoever may work on the case adds to its record.
        try requireMayWork(on: ticket)
        guard item.file != nil || !item.reference.trimmed.isEmpty else { throw WorkflowError.emptyText(.evidence) }
        return [.evidenceAdded(Evidence(kind: item.kind, file: item.file, reference: item.reference.trimmed, note: item.note.trimmed))]
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

    /// A dry run: what the action would record, or its refusal, with nothing recorded. Asked
    /// before any question is put to the user, so nobody answers "move on anyway?" to a change
    /// the core would refuse.
    @discardableResult
    public func check(_ action: TicketAction, on ticket: Ticket?) throws -> [TicketEvent] {
        try action.events(self, ticket)
    }

    /// Why this actor may not start this action on this ticket, judged before any field is
    /// typed (a form need not open for a change the core would refuse whatever was typed into
    /// it); nil when it may start.
    public func refusal(toStart name: TicketAction.Name, on ticket: Ticket?) -> WorkflowError? {
        if let refusal = Workflow.refusal(for: actor.role, name) { return refusal }
        guard let ticket else { return nil }
        do {
            switch name {
            case .add, .note, .relate: break
            case .evidence: try requireMayWork(on: ticket)
            case .keep:
                try requireMayWork(on: ticket)
                if ticket.openPromises.isEmpty { throw WorkflowError.noPromiseOpen }
            case .take: try check(.take, on: ticket)
            case .approve, .reject: _ = try pendingResolution(ticket)
            case .reveal: try check(.reveal, on: ticket)
            case .advance:
                try requireMayWork(on: ticket)
                guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
                // Known before a field is typed: closing a serious or critical complaint, say.
                if StageSpec.of(ticket.stage).needsSupervisor(for: ticket.grade), actor.role != .supervisor, ticket.stage != .followUp {
                    throw WorkflowError.gateNeedsSupervisor(stage: ticket.stage, grade: ticket.grade)
                }
            case .assign:
                guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
            case .grade, .anger, .said, .pause:
                try requireMayWork(on: ticket)
                guard ticket.isOpen else { throw WorkflowError.alreadyClosed }
                if name == .pause, let running = ticket.runningPause { throw WorkflowError.alreadyPaused(running.reason) }
                if name == .pause, policy.pauseReasons.isEmpty { throw WorkflowError.pauseNotAllowed(.customer, allowed: []) }
            case .resume: try check(.resume, on: ticket)
            case .escalate: try check(.escalate(since: .distantPast), on: ticket)
            case .reopen:
                try requireStage(for: .reopened(reason: ""), of: ticket)
            case .mediate:
                try requireMayWork(on: ticket)
                try requireStage(for: .mediationStarted(reason: ""), of: ticket)
            case .mediation:
                try requireMayWork(on: ticket)
                try requireStage(for: .mediationUpdated(MediationUpdate()), of: ticket)
            case .followUpFailed:
                try requireMayWork(on: ticket)
                try requireStage(for: .followUpFailed(note: ""), of: ticket)
            }
            return nil
        } catch let error as WorkflowError {
            return error
        } catch {
            return nil
        }
    }

    /// Refuses an event that cannot happen in the ticket's stage (`TicketEvent.happensIn`).
    func requireStage(for event: TicketEvent, of ticket: Ticket) throws {
        guard let stages = event.happensIn, !stages.contains(ticket.stage) else { return }
        throw WorkflowError.notInStage(required: stages, actual: ticket.stage)
    }

    func requireCanChange() throws {
        guard actor.role.canChangeTickets else { throw WorkflowError.readOnly(role: actor.role) }
    }

    /// Handlers work their own tickets and unassigned ones; supervisors work any.
    func requireMayWork(on ticket: Ticket) throws {
        guard actor.role != .supervisor, let assignee = ticket.assignee, assignee != actor.login else { return }
        throw WorkflowError.notYourTicket(assignee: assignee)
    }

    private func ceilingMoney(_ member: StaffMember) -> Money {
        Money(minorUnits: policy.ceiling(for: member), currency: policy.currency)
    }

    /// Whether the ticket's grants so far plus `amount` stay within `member`'s ceiling.
    func withinCeiling(_ ticket: Ticket, adding amount: Money, for member: StaffMember) -> Bool {
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
