import Foundation

/// The stages, one declaration each: everything the desk knows about a stage is here.
///
///     received → acknowledged → investigating → resolving → follow_up → closed
///                                    ↑  ↘ mediation ↗ ↑                   │
///                                    └──────────── reopen ────────────────┘
extension StageSpec {
    /// The declaration for a stage.
    public static func of(_ stage: Stage) -> StageSpec {
        switch stage {
        case .received: received
        case .acknowledged: acknowledged
        case .investigating: investigating
        case .resolving: resolving
        case .followUp: followUp
        case .closed: closed
        case .mediation: mediation
        }
    }

    static let received = StageSpec(
        stage: .received, next: .acknowledged,
        purpose: Bilingual("Tell the customer when they will hear from us.", "告诉客户何时给出答复。"),
        fields: [.eta, .etaReason], passedBy: .anyone, clock: Clock(kind: .answer, from: .received),
        checklist: [.feeling, .apology], attempt: nil
    ) { workflow, ticket, fields in
        guard let eta = fields.eta else { throw GateRefusal(.eta, .missing) }
        guard eta > workflow.now else { throw GateRefusal(.eta, .inPast) }
        // Measured from now, not from receipt: a promise no further off than the grade's answer
        // time needs no excuse, even when the acknowledgement itself comes late.
        let answer = workflow.policy.terms(for: ticket.grade).answer
        let reason = fields.etaReason?.trimmed ?? ""
        if eta.timeIntervalSince(workflow.now) > answer && reason.isEmpty {
            throw GateRefusal(.etaReason, .neededForLongPromise(answer: answer))
        }
        return [.acknowledged(eta: eta, reason: eta.timeIntervalSince(workflow.now) > answer ? reason : "")]
    }

    static let acknowledged = StageSpec(
        stage: .acknowledged, next: .investigating,
        purpose: Bilingual("Someone must own the investigation.", "调查需要有负责人。"),
        fields: [.assignee], passedBy: .anyone, clock: Clock(kind: .resolve, from: .received),
        checklist: [.time, .nextStep], attempt: nil
    ) { workflow, ticket, fields in
        var events: [TicketEvent] = []
        if let login = fields.assignee, login != ticket.assignee {
            events += try workflow.assign(ticket, to: login)
        } else if ticket.assignee == nil {
            throw GateRefusal(.assignee, .missing)
        }
        return events + [.investigationStarted]
    }

    static let investigating = StageSpec(
        stage: .investigating, next: .resolving,
        purpose: Bilingual("Confirm the grade and the cause, and write what you found.", "确认等级和原因，并写明调查结果。"),
        fields: [.grade, .cause, .findings, .reason], passedBy: .anyone, clock: Clock(kind: .resolve, from: .received),
        checklist: [.facts, .nextStep], attempt: nil
    ) { workflow, ticket, fields in
        let grade = fields.grade ?? ticket.grade
        try workflow.requireMayRegrade(ticket, to: grade)
        guard let cause = fields.cause ?? ticket.cause else { throw GateRefusal(.cause, .missing) }
        guard let findings = fields.findings?.trimmed, !findings.isEmpty else { throw GateRefusal(.findings, .missing) }
        var events: [TicketEvent] = []
        if grade != ticket.grade {
            guard let reason = fields.reason?.trimmed, !reason.isEmpty else { throw GateRefusal(.reason, .neededForGradeChange) }
            events.append(.gradeChanged(from: ticket.grade, to: grade, reason: reason))
            events += workflow.routing(from: ticket.grade, to: grade)
        }
        return events + [.assessed(grade: grade, cause: cause, findings: findings)]
    }

    /// A resolution above the actor's ceiling is recorded as proposed, but the ticket stays in
    /// resolving until a supervisor approves it: callers see that the stage did not change. Moving
    /// on schedules the follow-up calls (`Workflow.followUpStart`).
    static let resolving = StageSpec(
        stage: .resolving, next: .followUp,
        purpose: Bilingual("What we will do for the customer. Above your ceiling it waits for a supervisor.",
                           "给客户的处理方案。超出您的权限需主管批准。"),
        fields: [.resolution, .amount, .details, .remedy, .calls], passedBy: .anyone, clock: Clock(kind: .resolve, from: .received),
        checklist: [.options, .time], attempt: nil
    ) { workflow, ticket, fields in
        if fields.resolution != nil || !fields.remedies.isEmpty {
            let proposal = try workflow.propose(ticket, fields)
            let needsApproval: Bool = switch proposal {
            case .resolutionProposed(_, _, _, let needs), .remediesProposed(_, _, let needs): needs
            default: false
            }
            return needsApproval ? [proposal] : [proposal] + workflow.followUpStart(ticket, fields)
        }
        guard fields.amount == nil else { throw GateRefusal(.resolution, .neededWithAmount) }
        guard let resolution = ticket.resolution else { throw GateRefusal(.resolution, .missing) }
        if resolution.approval == .pending, let amount = resolution.amount {
            throw workflow.awaitingApproval(ticket, amount: amount)
        }
        if case .rejected(let by, _, let comment) = resolution.approval {
            throw GateRefusal(.resolution, .rejected(by: by, comment: comment))
        }
        return workflow.followUpStart(ticket, fields)
    }

    /// A handler who reaches the customer records the score on any ticket; where a supervisor
    /// must close (serious and above), or a call or a promise is still to come, the ticket waits
    /// with the score recorded (see `Workflow.followUpCall`).
    static let followUp = StageSpec(
        stage: .followUp, next: .closed,
        purpose: Bilingual("The follow-up call", "回访电话"),
        fields: [.score, .comment, .lowScoreReason, .escalate, .unreachable], passedBy: .supervisorFrom(.serious),
        clock: Clock(kind: .followUp, from: .stageEntered),
        checklist: [.thanks, .satisfaction], attempt: .followUpFailed
    ) { workflow, ticket, fields in
        try workflow.followUpCall(ticket, fields)
    }

    static let closed = StageSpec(
        stage: .closed, next: nil,
        purpose: Bilingual("The case is closed; a reopen brings it back.", "已结案；重开可恢复处理。"),
        fields: [], passedBy: .anyone, clock: nil, checklist: [], attempt: nil
    ) { _, _, _ in throw WorkflowError.alreadyClosed }

    static let mediation = StageSpec(
        stage: .mediation, next: .resolving,
        purpose: Bilingual("What the mediation decided; the ticket goes back to resolving.", "调解结果；工单回到处理阶段。"),
        fields: [.outcome], passedBy: .anyone, clock: Clock(kind: .resolve, from: .received),
        checklist: [.nextStep], attempt: nil
    ) { workflow, ticket, fields in
        guard let outcome = fields.outcome?.trimmed, !outcome.isEmpty else { throw GateRefusal(.outcome, .missing) }
        return workflow.endMediation(ticket, outcome: outcome)
    }
}
