import Foundation

/// A timeline entry as it leaves Tend: its instant, actor, kind, the event's own fields, the request
/// that made it, and a sentence for people. Everything `BackupEntryReader` needs to give the entry
/// back as it was; field names follow the ticket record's (`grade`, `cause`, `amount_minor`…).
extension TicketRecord {
    func entryJSON(_ entry: TimelineEntry, petDied: Bool = false) -> JSONValue {
        .object([
            ("at", .string(TimeText.isoMilliseconds(entry.at))),
            ("actor", .string(entry.actor)),
            ("event", .string(TimelineText.kind(entry.event))),
            ("data", eventData(entry.event)),
            ("request", .string(entry.request)),
            ("text", .string(freeText(TimelineText.sentence(entry.event, .en, petDied: petDied, time: TimeText.isoMilliseconds)))),
        ])
    }
}
