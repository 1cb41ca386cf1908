import Foundation

/// Reads one timeline entry of a backup (`TicketRecord.entryJSON`) back into the entry it was:
/// instant, actor, request id and the event with all its data. `text` is for people and is not read.
enum BackupEntryReader {
    static func entry(_ value: Any) throws(BackupReason) -> TimelineEntry {
        var fields = try BackupFields(value)
        let at = try fields.instant("at")
        let actor = try fields.filledText("actor")
        let kind = try fields.text("event")
        guard fields.has("data") else { throw .noEventData }
        var data = try fields.fields("data")
        let request = try fields.optionalText("request")
        if request?.isEmpty == true { throw .emptyRequestID }
        _ = try fields.optionalText("text")
        try fields.finish()
        let event = try self.event(kind, &data)
        try data.finish()
        return TimelineEntry(at: at, actor: actor, event: event, request: request)
    }
}
