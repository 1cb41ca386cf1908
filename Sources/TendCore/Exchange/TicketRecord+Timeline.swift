import Foundation

/// A timeline entry as it leaves Tend: its instant, actor, kind, the event's own fields, the request
/// that made it, and a sentence for people. Everything `BackupEntryReader` needs to give the entry
/// back as it was; field names follow the ticket record's (`grade`, `cause`, `amount_minor`…).
extension TicketRecord {
    func entryJSON(_ entry: TimelineEntry) -> JSONValue {
        .object([
            ("at", .string(TimeText.isoMilliseconds(entry.at))),
            ("actor", .string(entry.actor)),
            ("event", .string(TimelineText.kind(entry.event))),
            ("data", eventData(entry.event)),
            ("request", .string(entry.request)),
            ("text", .string(freeText(TimelineText.sentence(entry.event, .en, time: TimeText.isoMilliseconds)))),
        ])
    }

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
            ])
        case .acknowledged(let eta):
            return .object([("eta", .string(TimeText.isoMilliseconds(eta)))])
        case .assigned(let login):
            return .object([("assignee", .string(login))])
        case .investigationStarted, .resolutionApproved, .followUpStarted, .contactRevealed:
            return .object([])
        case .assessed(let grade, let cause, let findings):
            return .object([("grade", .string(grade.rawValue)), ("cause", .string(cause.rawValue)),
                            ("findings", .string(freeText(findings)))])
        case .resolutionProposed(let kind, let amount, let details, let needsApproval):
            return .object([("kind", .string(kind.rawValue))] + amountFields(amount)
                + [("details", .string(freeText(details))), ("needs_approval", .bool(needsApproval))])
        case .followUpFailed(let note):
            return .object([("note", .string(freeText(note)))])
        case .closed(let score, let comment):
            return .object([("score", .int(score)), ("comment", .string(freeText(comment)))])
        case .reopened(let reason), .mediationStarted(let reason):
            return .object([("reason", .string(freeText(reason)))])
        case .mediationEnded(let outcome):
            return .object([("outcome", .string(freeText(outcome)))])
        case .gradeChanged(let from, let to, let reason):
            return .object([("from", .string(from.rawValue)), ("to", .string(to.rawValue)), ("reason", .string(freeText(reason)))])
        case .noteAdded(let text):
            return .object([("text", .string(freeText(text)))])
        case .related(let other):
            return .object([("related", .string(other.description))])
        case .angerSet(let level):
            return .object([("anger", .string(level.rawValue))])
        case .scriptSaid(let id, let covers):
            return .object([("script", .string(id)), ("covers", .array(covers.map { .string($0.rawValue) }))])
        case .checklistWaived(let stage, let items):
            return .object([("stage", .string(stage.rawValue)), ("items", .array(items.map { .string($0.rawValue) }))])
        }
    }
}
