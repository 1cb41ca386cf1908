import Foundation

/// An event's own data as JSON, both ways, side by side: what a record writes for each kind
/// (`TicketRecord.eventData`) and how a backup's entry is read back into the event
/// (`BackupEntryReader.event`). A new kind of event is added to both here.
extension TicketRecord {
    func eventData(_ event: TicketEvent) -> JSONValue {
        switch event {
        case .received(let intake):
            return .object([
                ("customer", customerJSON(intake.customer)),
                ("pet", petJSON(intake.pet)),
                ("service", .string(intake.service.rawValue)),
                ("branch", .string(intake.branch)),
                ("channel", .string(intake.channel.rawValue)),
                ("description", .string(freeText(intake.description))),
                ("occurred_at", .string(intake.occurredAt.map(TimeText.isoMilliseconds))),
                ("grade", .string(intake.grade.rawValue)),
                ("cause", .string(intake.cause?.rawValue)),
            ] + (intake.servedBy.isEmpty ? [] : [("served_by", .string(freeText(intake.servedBy)))]))
        case .acknowledged(let eta, let reason):
            return .object([("eta", .string(TimeText.isoMilliseconds(eta)))] + (reason.isEmpty ? [] : [("reason", .string(freeText(reason)))]))
        case .clockPaused(let reason):
            return .object([("reason", .string(reason.rawValue))])
        case .clockResumed:
            return .object([])
        case .routed(let logins):
            return .object([("to", .array(logins.map { .string($0) }))])
        case .escalated(let step):
            return .object([("clock", .string(step.clock.rawValue)), ("percent", .int(step.percent)),
                            ("tell", .string(step.tell.rawValue)), ("reached_at", .string(TimeText.isoMilliseconds(step.reachedAt)))])
        case .assigned(let login):
            return .object([("assignee", .string(login))])
        case .investigationStarted, .followUpStarted, .contactRevealed:
            return .object([])
        case .resolutionApproved(let comment), .resolutionRejected(let comment):
            return .object([("comment", .string(freeText(comment)))])
        case .assessed(let grade, let cause, let findings):
            return .object([("grade", .string(grade.rawValue)), ("cause", .string(cause.rawValue)),
                            ("findings", .string(freeText(findings)))])
        case .resolutionProposed(let kind, let amount, let details, let needsApproval):
            return .object([("kind", .string(kind.rawValue))] + amountFields(amount)
                + [("details", .string(freeText(details))), ("needs_approval", .bool(needsApproval))])
        case .followUpFailed(let note, let next):
            return .object([("note", .string(freeText(note)))] + (next.map { [("next", .string(TimeText.isoMilliseconds($0)))] } ?? []))
        case .remediesProposed(let remedies, let details, let needsApproval):
            let listed: [JSONValue] = remedies.map { remedy in
                .object([("kind", .string(remedy.kind.rawValue))] + amountFields(remedy.amount)
                    + (remedy.due.map { [("due", .string(TimeText.isoMilliseconds($0)))] } ?? []))
            }
            return .object([("remedies", .array(listed)), ("details", .string(freeText(details))), ("needs_approval", .bool(needsApproval))])
        case .promiseKept(let index, let note):
            return .object([("promise", .int(index + 1)), ("note", .string(freeText(note)))])
        case .followUpScheduled(let calls):
            return .object([("calls", .array(calls.map { .string(TimeText.isoMilliseconds($0)) }))])
        case .followUpReached(let score, let comment):
            return .object([("score", .int(score)), ("comment", .string(freeText(comment)))])
        case .lowScoreAccepted(let reason):
            return .object([("reason", .string(freeText(reason)))])
        case .evidenceAdded(let item):
            let file: [(String, JSONValue)] = item.file.map { file in
                [("file", .string(freeText(file.originalName))), ("stored_as", .string(file.storedPath)),
                 ("size", .int(Int(clamping: file.size))), ("sha256", .string(file.sha256))]
            } ?? []
            return .object([("kind", .string(item.kind.rawValue))] + file
                + [("reference", .string(freeText(item.reference))), ("note", .string(freeText(item.note)))])
        case .closed(let score, let comment):
            return .object([("score", .int(score)), ("comment", .string(freeText(comment)))])
        case .reopened(let reason), .mediationStarted(let reason):
            return .object([("reason", .string(freeText(reason)))])
        case .mediationEnded(let outcome):
            return .object([("outcome", .string(freeText(outcome)))])
        case .mediationReferred(let referral):
            return .object([("party", .string(referral.party.rawValue)), ("reference", .string(freeText(referral.reference))),
                            ("reason", .string(freeText(referral.reason)))]
                + (referral.next.map { [("next", .string(TimeText.isoMilliseconds($0)))] } ?? [])
                + [("sent", .string(freeText(referral.sent)))])
        case .mediationUpdated(let update):
            return .object([("reference", .string(freeText(update.reference)))]
                + (update.next.map { [("next", .string(TimeText.isoMilliseconds($0)))] } ?? [])
                + [("sent", .string(freeText(update.sent))), ("note", .string(freeText(update.note)))])
        case .gradeChanged(let from, let to, let reason):
            return .object([("from", .string(from.rawValue)), ("to", .string(to.rawValue)), ("reason", .string(freeText(reason)))])
        case .noteAdded(let text):
            return .object([("text", .string(freeText(text)))])
        case .related(let other):
            return .object([("related", .string(other.description))])
        case .angerSet(let level):
            return .object([("anger", .string(level.rawValue))])
        case .harmSet(let harm):
            return .object([("harm", .string(harm.rawValue))])
        case .clockBreached(let clock, let due):
            return .object([("clock", .string(clock.rawValue)), ("due", .string(TimeText.isoMilliseconds(due)))])
        case .triageSuggested(let record):
            return .object([("grade", .string(record.grade.rawValue)), ("cause", .string(record.cause?.rawValue)),
                            ("harm", .string(record.harm.rawValue)), ("anger", .string(record.anger.rawValue)),
                            ("words", .array(record.words.map { .string(freeText($0)) }))])
        case .scriptSaid(let id, let covers):
            return .object([("script", .string(id)), ("covers", .array(covers.map { .string($0.rawValue) }))])
        case .checklistWaived(let stage, let items):
            return .object([("stage", .string(stage.rawValue)), ("items", .array(items.map { .string($0.rawValue) }))])
        }
    }
}

extension BackupEntryReader {
    static func event(_ kind: String, _ data: inout BackupFields) throws(BackupReason) -> TicketEvent {
        switch kind {
        case "received": return .received(try intake(&data))
        case "acknowledged": return .acknowledged(eta: try data.instant("eta"), reason: try data.optionalText("reason") ?? "")
        case "clock_paused": return .clockPaused(try data.word("reason", PauseReason.self))
        case "clock_resumed": return .clockResumed
        case "routed": return .routed(to: try data.texts("to"))
        case "escalated":
            let percent = try data.optionalNumber("percent") ?? -1
            guard (1...255).contains(percent) else { throw .percentOutOfRange(Int(clamping: percent)) }
            return .escalated(Escalation(clock: try data.word("clock", ClockKind.self), percent: Int(percent),
                                         tell: try data.word("tell", EscalationAudience.self), reachedAt: try data.instant("reached_at")))
        case "assigned": return .assigned(to: try data.filledText("assignee"))
        case "investigation_started": return .investigationStarted
        case "assessed":
            return .assessed(grade: try data.word("grade", Grade.self), cause: try data.word("cause", Cause.self),
                             findings: try data.text("findings"))
        case "resolution_proposed":
            return .resolutionProposed(kind: try data.word("kind", ResolutionKind.self), amount: try amount(&data),
                                       details: try data.text("details"), needsApproval: try data.flag("needs_approval"))
        // Written before decisions had comments, an approval has none.
        case "resolution_approved": return .resolutionApproved(comment: try data.optionalText("comment") ?? "")
        case "resolution_rejected": return .resolutionRejected(comment: try data.text("comment"))
        case "follow_up_started": return .followUpStarted
        case "follow_up_failed": return .followUpFailed(note: try data.text("note"), next: try data.optionalInstant("next"))
        case "remedies_proposed":
            var remedies: [Remedy] = []
            for (index, item) in try data.list("remedies").enumerated() {
                var fields = try BackupFields(item, path: "data.remedies[\(index)]")
                remedies.append(Remedy(kind: try fields.word("kind", ResolutionKind.self), amount: try amount(&fields),
                                       due: try fields.optionalInstant("due")))
                try fields.finish()
            }
            return .remediesProposed(remedies: remedies, details: try data.text("details"), needsApproval: try data.flag("needs_approval"))
        case "promise_kept":
            let number = try data.optionalNumber("promise") ?? 0
            guard (1...Int64(UInt16.max)).contains(number) else { throw .missing(field: "data.promise") }
            return .promiseKept(index: Int(number) - 1, note: try data.text("note"))
        case "follow_up_scheduled":
            var calls: [Date] = []
            for (index, item) in try data.list("calls").enumerated() {
                guard let text = item as? String, let date = TimeText.readISOMilliseconds(text) else {
                    throw .badInstant(field: "data.calls[\(index)]", text: "\(item)")
                }
                calls.append(date)
            }
            return .followUpScheduled(calls: calls)
        case "follow_up_reached":
            let score = try data.optionalNumber("score") ?? 0
            guard (1...5).contains(score) else { throw .scoreOutOfRange(score) }
            return .followUpReached(score: Int(score), comment: try data.text("comment"))
        case "low_score_accepted": return .lowScoreAccepted(reason: try data.filledText("reason"))
        case "evidence_added":
            let kind = try data.word("kind", EvidenceKind.self)
            var file: EvidenceFile?
            if let name = try data.optionalText("file") {
                let size = try data.optionalNumber("size") ?? -1
                guard size >= 0 else { throw .missing(field: "data.size") }
                let sha = try data.text("sha256")
                guard sha.count == 64, sha.allSatisfy(\.isHexDigit) else { throw .missing(field: "data.sha256") }
                file = EvidenceFile(originalName: name, storedPath: try data.text("stored_as"), size: size, sha256: sha.lowercased())
            }
            return .evidenceAdded(Evidence(kind: kind, file: file, reference: try data.text("reference"), note: try data.text("note")))
        case "closed":
            let score = try data.optionalNumber("score")
            if let score, !(1...5).contains(score) { throw .scoreOutOfRange(score) }
            return .closed(score: score.map(Int.init), comment: try data.text("comment"))
        case "reopened": return .reopened(reason: try data.text("reason"))
        case "mediation_started": return .mediationStarted(reason: try data.text("reason"))
        case "mediation_ended": return .mediationEnded(outcome: try data.text("outcome"))
        case "mediation_referred":
            return .mediationReferred(MediationReferral(party: try data.word("party", MediationParty.self), reference: try data.text("reference"),
                                                        reason: try data.text("reason"), next: try data.optionalInstant("next"), sent: try data.text("sent")))
        case "mediation_updated":
            return .mediationUpdated(MediationUpdate(reference: try data.text("reference"), next: try data.optionalInstant("next"),
                                                     sent: try data.text("sent"), note: try data.text("note")))
        case "grade_changed":
            return .gradeChanged(from: try data.word("from", Grade.self), to: try data.word("to", Grade.self),
                                 reason: try data.text("reason"))
        case "note_added": return .noteAdded(text: try data.text("text"))
        case "contact_revealed": return .contactRevealed
        case "related":
            let text = try data.text("related")
            guard let other = TicketID(parsing: text), other.description == text else { throw .badTicketID(text) }
            return .related(to: other)
        case "anger_set": return .angerSet(try data.word("anger", Anger.self))
        case "harm_set": return .harmSet(try data.word("harm", Harm.self))
        case "clock_breached": return .clockBreached(try data.word("clock", ClockKind.self), due: try data.instant("due"))
        case "triage_suggested":
            return .triageSuggested(TriageRecord(grade: try data.word("grade", Grade.self), cause: try data.optionalWord("cause", Cause.self),
                                                 harm: try data.word("harm", Harm.self), anger: try data.word("anger", Anger.self),
                                                 words: try data.texts("words")))
        case "script_said":
            return .scriptSaid(id: try data.text("script"), covers: try data.words("covers", ChecklistItem.self))
        case "checklist_waived":
            return .checklistWaived(stage: try data.word("stage", Stage.self), items: try data.words("items", ChecklistItem.self))
        default:
            throw .unknownEvent(kind)
        }
    }

    private static func intake(_ data: inout BackupFields) throws(BackupReason) -> Intake {
        var customer = try data.fields("customer")
        var pet = try data.fields("pet")
        let intake = Intake(
            customer: Customer(name: try customer.filledText("name"), contact: try customer.filledText("contact"),
                               specialNeeds: try customer.flag("special_needs"),
                               // (Backups written before needs had types have none.)
                               needs: customer.has("needs") ? Set(try customer.words("needs", SpecialNeed.self)) : [],
                               specialNeedsNote: try customer.text("special_needs_note")),
            pet: Pet(name: try pet.text("name"), species: try pet.text("species"), breed: try pet.text("breed")),
            service: try data.word("service", ServiceLine.self), branch: try data.text("branch"),
            channel: try data.word("channel", Channel.self), description: try data.filledText("description"),
            occurredAt: try data.optionalInstant("occurred_at"), grade: try data.word("grade", Grade.self),
            cause: try data.optionalWord("cause", Cause.self), servedBy: try data.optionalText("served_by") ?? "")
        try customer.finish()
        try pet.finish()
        return intake
    }

    /// An amount as records write one: minor units and currency, with the decimal beside them.
    private static func amount(_ data: inout BackupFields) throws(BackupReason) -> Money? {
        let decimal = try data.optionalText("amount")
        let currency = try data.optionalText("currency")
        guard let minor = try data.optionalNumber("amount_minor") else {
            if decimal != nil { throw .missing(field: "data.amount_minor") }
            if currency != nil { throw .missing(field: "data.amount_minor") }
            return nil
        }
        guard (0...Money.largestMinorUnits).contains(minor) else { throw .amountOutOfRange(minor) }
        guard let currency, !currency.isEmpty else { throw .missing(field: "data.currency") }
        let money = Money(minorUnits: minor, currency: currency)
        if let decimal, decimal != money.decimal { throw .amountDisagrees(decimal: decimal, minor: minor) }
        return money
    }
}
