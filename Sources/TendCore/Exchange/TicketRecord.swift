import Foundation

/// The ticket as it leaves Tend: JSON for `list`/`show --json` and exports, and CSV rows. Field
/// names are stable; stages, grades and other vocabularies use their identifiers; every instant is
/// written by `TimeText.isoMilliseconds`.
public struct TicketRecord {
    public let policy: Policy
    public let now: Date
    /// Masks names and contacts (redacted exports).
    public var redact = false
    /// Shows the full contact (assignee or supervisor, logged); otherwise it is masked.
    public var revealContact = false

    public init(policy: Policy, now: Date) {
        self.policy = policy
        self.now = now
    }

    /// Whether anything in the record is masked: then it describes the ticket but cannot rebuild it.
    /// Leaves the contact out altogether: a trainee reads cases without the person's contact
    /// (`Workflow.seesContacts`).
    public var removeContact = false

    public var masks: Bool { redact || !revealContact || removeContact }

    func contact(_ customer: Customer) -> String {
        if removeContact { return "" }
        return revealContact && !redact ? customer.contact : Masking.contact(customer.contact)
    }

    func customerName(_ customer: Customer) -> String {
        redact ? Masking.name(customer.name) : customer.name
    }

    func specialNeedsNote(_ customer: Customer) -> String {
        redact && !customer.specialNeedsNote.isEmpty ? "[redacted]" : customer.specialNeedsNote
    }

    /// Text people wrote freely: a redacted export hides the phones, e-mails, WeChat and QQ ids in it.
    func freeText(_ text: String) -> String { redact ? Masking.freeText(text) : text }

    public func json(_ ticket: Ticket, timeline: Bool) -> JSONValue {
        let sla = policy.sla(for: ticket, at: now)
        var fields: [(String, JSONValue)] = [
            ("id", .string(ticket.id.description)),
            ("stage", .string(ticket.stage.rawValue)),
            ("grade", .string(ticket.grade.rawValue)),
            ("cause", .string(ticket.cause?.rawValue)),
            ("service", .string(ticket.intake.service.rawValue)),
            ("channel", .string(ticket.intake.channel.rawValue)),
            ("branch", .string(ticket.intake.branch)),
            ("served_by", .string(freeText(ticket.intake.servedBy))),
            ("assignee", .string(ticket.assignee)),
            ("priority", .bool(ticket.intake.isPriority)),
            ("anger", .string(ticket.anger.rawValue)),
            ("harm", .string(ticket.harm.rawValue)),
            ("breaches", .array(ticket.breaches.map { .object([("clock", .string($0.clock.rawValue)), ("due", .string(TimeText.isoMilliseconds($0.due)))]) })),
            ("routed_to", .array(ticket.routedTo.map { .string($0) })),
            ("escalations", .array(ticket.escalations.map {
                .object([("clock", .string($0.clock.rawValue)), ("percent", .int($0.percent)), ("tell", .string($0.tell.rawValue)),
                         ("reached_at", .string(TimeText.isoMilliseconds($0.reachedAt)))])
            })),
            ("customer", customerJSON(ticket.customer)),
            ("pet", petJSON(ticket.pet)),
            ("description", .string(freeText(ticket.intake.description))),
            ("occurred_at", .string(ticket.intake.occurredAt.map(TimeText.isoMilliseconds))),
            ("received_at", .string(TimeText.isoMilliseconds(ticket.receivedAt))),
            ("eta", .string(ticket.eta.map(TimeText.isoMilliseconds))),
            ("findings", .string(ticket.findings.isEmpty ? nil : freeText(ticket.findings))),
            ("sla", sla.map { status in
                .object([("clock", .string(status.clock.rawValue)), ("state", .string(status.state.rawValue)),
                         ("due", .string(TimeText.isoMilliseconds(status.due))), ("seconds_left", .int(Int64(status.timeLeft.rounded(.down)))),
                         ("paused_for", .string(status.pausedFor?.rawValue))])
            } ?? .null),
            ("resolution", ticket.resolution.map(resolutionJSON) ?? .null),
            ("grants", .array(ticket.grants.map(resolutionJSON))),
            ("granted_total", .string(Money(minorUnits: ticket.grantedTotal, currency: policy.currency).decimal)),
            ("granted_total_minor", .int(ticket.grantedTotal)),
            ("promises", .array(ticket.promises.enumerated().map { index, promise in
                .object([("number", .int(index + 1)), ("kind", .string(promise.remedy.kind.rawValue))] + amountFields(promise.remedy.amount)
                    + [("due", .string(TimeText.isoMilliseconds(promise.due))), ("kept_by", .string(promise.keptBy)),
                       ("kept_at", .string(promise.keptAt.map(TimeText.isoMilliseconds))), ("kept_note", .string(freeText(promise.keptNote)))])
            })),
            ("calls", .array(ticket.calls.map { .string(TimeText.isoMilliseconds($0)) })),
            ("recorded_score", ticket.recordedScore.map { .object([("score", .int($0.score)), ("comment", .string(freeText($0.comment)))]) } ?? .null),
            ("evidence", .array(ticket.evidence.map { eventData(.evidenceAdded($0)) })),
            ("mediations", .array(ticket.mediations.map { mediation in
                .object([("party", .string(mediation.party?.rawValue)), ("reference", .string(freeText(mediation.reference))),
                         ("reason", .string(freeText(mediation.reason))), ("next", .string(mediation.next.map(TimeText.isoMilliseconds))),
                         ("sent", .array(mediation.sent.map { .object([("at", .string(TimeText.isoMilliseconds($0.at))), ("text", .string(freeText($0.text)))]) })),
                         ("started_at", .string(TimeText.isoMilliseconds(mediation.startedAt))), ("started_by", .string(mediation.startedBy)),
                         ("ended_at", .string(mediation.endedAt.map(TimeText.isoMilliseconds))), ("outcome", .string(mediation.outcome.map(freeText)))])
            })),
            ("satisfaction", ticket.satisfaction.map { .object([("score", .int($0.score)), ("comment", .string(freeText($0.comment)))]) } ?? .null),
            ("failed_follow_ups", .int(ticket.failedFollowUps)),
            ("reopen_count", .int(ticket.reopenCount)),
            ("related", .array(ticket.related.map { .string($0.description) })),
            ("closed_at", .string(ticket.closedAt.map(TimeText.isoMilliseconds))),
        ]
        if timeline {
            // With its whole timeline the record can rebuild the ticket, unless something in it is masked.
            fields.append(("masked", .bool(masks)))
            fields.append(("timeline", .array(ticket.timeline.map { entryJSON($0, petDied: ticket.harm == .died) })))
        }
        return .object(fields)
    }

    /// The JSON export: a list with one ticket, whole timeline included, on each line, so that a
    /// line number read back names a ticket.
    public func jsonExport(_ tickets: [Ticket]) -> String {
        var text = "[\n"
        for (index, ticket) in tickets.enumerated() {
            if index > 0 { text += ",\n" }
            json(ticket, timeline: true).write(into: &text, indent: nil)
        }
        return text + "\n]\n"
    }

    func customerJSON(_ customer: Customer) -> JSONValue {
        .object([
            ("name", .string(customerName(customer))),
            ("contact", .string(removeContact ? nil : contact(customer))),
            ("special_needs", .bool(customer.specialNeeds)),
            ("needs", .array(customer.needs.sorted().map { .string($0.rawValue) })),
            ("special_needs_note", .string(specialNeedsNote(customer))),
        ])
    }

    func petJSON(_ pet: Pet) -> JSONValue {
        .object([("name", .string(pet.name)), ("species", .string(pet.species)), ("breed", .string(pet.breed))])
    }

    private func approvalJSON(_ approval: Approval) -> JSONValue {
        switch approval {
        case .notNeeded: .object([("state", .string("not_needed"))])
        case .pending: .object([("state", .string("pending"))])
        case .approved(let by, let at, let comment), .rejected(let by, let at, let comment):
            .object([("state", .string(approval.allowsGranting ? "approved" : "rejected")), ("by", .string(by)),
                     ("at", .string(TimeText.isoMilliseconds(at))), ("comment", .string(freeText(comment)))])
        }
    }

    /// An amount as every record spells one: the decimal, the minor units and the currency.
    func amountFields(_ amount: Money?) -> [(String, JSONValue)] {
        [("amount", .string(amount?.decimal)), ("amount_minor", amount.map { .int($0.minorUnits) } ?? .null),
         ("currency", .string(amount?.currency))]
    }

    private func resolutionJSON(_ resolution: Resolution) -> JSONValue {
        .object([("kind", .string(resolution.kind.rawValue))] + amountFields(resolution.amount) + [
            ("remedies", .array(resolution.remedies.map { remedy in
                .object([("kind", .string(remedy.kind.rawValue))] + amountFields(remedy.amount)
                    + [("due", .string(remedy.due.map(TimeText.isoMilliseconds)))])
            })),
            ("details", .string(freeText(resolution.details))),
            ("proposed_by", .string(resolution.proposedBy)),
            ("proposed_at", .string(TimeText.isoMilliseconds(resolution.proposedAt))),
            ("approval", approvalJSON(resolution.approval)),
        ])
    }

    /// Every grant in one CSV cell: "voucher 150.00 by li.hua at …; refund 190.00 by li.hua at …,
    /// approved by zhao.min at …".
    static func grantsCell(_ grants: [Resolution]) -> String {
        grants.map { grant in
            var text = grant.remedies.map { $0.kind.rawValue + ($0.amount.map { " " + $0.decimal } ?? "") }.joined(separator: " + ")
            text += " by \(grant.proposedBy) at \(TimeText.isoMilliseconds(grant.proposedAt))"
            if case .approved(let by, let at, _) = grant.approval { text += ", approved by \(by) at \(TimeText.isoMilliseconds(at))" }
            return text
        }.joined(separator: "; ")
    }

    public static let csvColumns = [
        "id", "stage", "grade", "cause", "service", "channel", "branch", "assignee", "customer", "contact",
        "special_needs", "special_needs_note", "pet", "species", "breed", "description", "occurred_at",
        "received_at", "eta", "sla_state", "due", "resolution", "amount", "currency", "approval",
        "satisfaction", "satisfaction_comment", "closed_at", "granted_total", "grants", "needs",
    ]

    public func csvRow(_ ticket: Ticket) -> [String] {
        let sla = policy.sla(for: ticket, at: now)
        let approval: String
        switch ticket.resolution?.approval {
        case nil: approval = ""
        case .notNeeded: approval = "not_needed"
        case .pending: approval = "pending"
        case .approved: approval = "approved"
        case .rejected: approval = "rejected"
        }
        return [
            ticket.id.description, ticket.stage.rawValue, ticket.grade.rawValue, ticket.cause?.rawValue ?? "",
            ticket.intake.service.rawValue, ticket.intake.channel.rawValue, ticket.intake.branch, ticket.assignee ?? "",
            customerName(ticket.customer), contact(ticket.customer), ticket.customer.specialNeeds ? "yes" : "no",
            specialNeedsNote(ticket.customer),
            ticket.pet.name, ticket.pet.species, ticket.pet.breed, freeText(ticket.intake.description),
            ticket.intake.occurredAt.map(TimeText.isoMilliseconds) ?? "", TimeText.isoMilliseconds(ticket.receivedAt), ticket.eta.map(TimeText.isoMilliseconds) ?? "",
            sla?.state.rawValue ?? "", sla.map { TimeText.isoMilliseconds($0.due) } ?? "", ticket.resolution?.kind.rawValue ?? "",
            ticket.resolution?.amount?.decimal ?? "", ticket.resolution?.amount?.currency ?? "", approval,
            ticket.satisfaction.map { String($0.score) } ?? "", freeText(ticket.satisfaction?.comment ?? ""),
            ticket.closedAt.map(TimeText.isoMilliseconds) ?? "",
            Money(minorUnits: ticket.grantedTotal, currency: policy.currency).decimal, Self.grantsCell(ticket.grants),
        ]
    }
}
