import Foundation

/// The tickets of a backup, rebuilt and checked, ready to be restored (`Store.restore`).
public struct Backup: Sendable {
    /// In number order, from T-1001 on without gaps.
    public let tickets: [Ticket]

    public var entryCount: Int { tickets.reduce(0) { $0 + $1.timeline.count } }

    /// Every entry as it was, ticket after ticket: the order in which the store takes new tickets.
    var changes: [Change] {
        var changes: [Change] = []
        changes.reserveCapacity(entryCount)
        for ticket in tickets { changes += ticket.timeline.map { Change(ticket: ticket.id, entry: $0) } }
        return changes
    }

    /// Problems that depend on the desk the backup goes into: amounts in another currency.
    func problems(currency: String) -> [BackupProblem] {
        var problems: [BackupProblem] = []
        for ticket in tickets {
            for (index, entry) in ticket.timeline.enumerated() {
                guard case .resolutionProposed(_, let amount?, _, _) = entry.event, amount.currency != currency else { continue }
                problems.append(BackupProblem(ticket: ticket.id.description, entry: index,
                                              reason: .wrongCurrency(found: amount.currency, desk: currency)))
            }
        }
        return problems
    }
}

/// Reads a JSON export (`tend export --format json`) as a backup. Every ticket is rebuilt from its
/// timeline entries as they were, each entry checked against the state the earlier ones left
/// (`BackupReplay`), and the ticket's own fields against what its timeline adds up to. Every
/// problem is reported with its line, ticket and entry, and none is worked around.
public enum BackupFile {
    /// The backup in a file's text, or nil when the text is not an export of tickets (a list of
    /// complaints to take in, say) and belongs to another reader.
    public static func read(_ text: String) throws(BackupRefusal) -> Backup? {
        var text = text
        let outcome = text.withUTF8 { bytes -> Result<Backup?, BackupRefusal> in
            guard let elements = JSONArrayElements.scan(bytes), let first = elements.first,
                  let object = parse(bytes, first) as? [String: Any], object["id"] != nil, object["timeline"] != nil else { return .success(nil) }
            do throws(BackupRefusal) {
                return .success(try read(elements.lazy.map { (line: $0.line, item: parse(bytes, $0)) }))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// One element, parsed on its own (nil when it is not JSON).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ element: JSONArrayElements.Element) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(bytes[element.range]), options: [.fragmentsAllowed])
    }

    /// Reads the tickets one by one, so that only one ticket's parsed JSON is held at a time.
    static func read(_ items: some Sequence<(line: Int, item: Any?)>) throws(BackupRefusal) -> Backup {
        var tickets: [TicketID: Ticket] = [:]
        var problems: [BackupProblem] = []
        var relations: [(ticket: TicketID, entry: Int, other: TicketID, line: Int)] = []
        var position = 0
        for (line, item) in items {
            position += 1
            guard let item else {
                problems.append(BackupProblem(line: line, position: position, reason: .notJSON))
                continue
            }
            if let object = item as? [String: Any] {
                // A masked export, or one from before exports carried event data, is not a backup at all:
                // one problem says so, instead of one for every ticket.
                if object["masked"] as? Bool == true { throw .invalid([BackupProblem(reason: .masked)]) }
                if position == 1, let timeline = object["timeline"] as? [[String: Any]], let entry = timeline.first, entry["data"] == nil {
                    throw .invalid([BackupProblem(reason: .noEventData)])
                }
            }
            do throws(TicketReadFailure) {
                let ticket = try self.ticket(item)
                guard tickets[ticket.id] == nil else {
                    throw TicketReadFailure(ticket: ticket.id.description, reason: .duplicateID(ticket.id.description))
                }
                tickets[ticket.id] = ticket
                for (entry, timelineEntry) in ticket.timeline.enumerated() {
                    if case .related(let other) = timelineEntry.event { relations.append((ticket.id, entry, other, line)) }
                }
            } catch {
                problems.append(BackupProblem(line: line, ticket: error.ticket, position: error.ticket == nil ? position : nil,
                                              entry: error.entry, reason: error.reason))
            }
        }
        if position == 0 { problems.append(BackupProblem(reason: .noTickets)) }
        // Relations and numbering are checked once every ticket read: a ticket that could not be
        // read would otherwise be reported again as missing.
        guard problems.isEmpty else { throw .invalid(problems) }
        for (ticket, entry, other, line) in relations where tickets[other] == nil {
            problems.append(BackupProblem(line: line, ticket: ticket.description, entry: entry, reason: .relatedUnknown(other.description)))
        }
        // Only a complete desk is numbered without gaps: the first hole is enough to say so.
        if problems.isEmpty, let missing = (0..<Int32(tickets.count)).lazy.map({ TicketID(Desk.firstNumber + $0) }).first(where: { tickets[$0] == nil }) {
            problems.append(BackupProblem(reason: .missingTicket(missing)))
        }
        guard problems.isEmpty else { throw .invalid(problems) }
        return Backup(tickets: tickets.values.sorted { $0.id < $1.id })
    }

    private struct TicketReadFailure: Error {
        var ticket: String?
        var entry: Int?
        var reason: BackupReason
    }

    private static func ticket(_ item: Any) throws(TicketReadFailure) -> Ticket {
        guard let object = item as? [String: Any] else { throw TicketReadFailure(reason: .notAnObject) }
        guard let idText = object["id"] as? String else {
            throw TicketReadFailure(reason: object["id"] == nil ? .missing(field: "id") : .wrongType(field: "id", expected: .text))
        }
        guard let id = TicketID(parsing: idText), id.description == idText else {
            throw TicketReadFailure(ticket: idText, reason: .badTicketID(idText))
        }
        let name = id.description
        guard let timeline = object["timeline"] as? [Any] else {
            throw TicketReadFailure(ticket: name, reason: object["timeline"] == nil ? .missing(field: "timeline") : .wrongType(field: "timeline", expected: .list))
        }
        guard !timeline.isEmpty else { throw TicketReadFailure(ticket: name, reason: .emptyTimeline) }
        var ticket: Ticket?
        for (index, value) in timeline.enumerated() {
            do throws(BackupReason) {
                let entry = try BackupEntryReader.entry(value)
                if var built = ticket {
                    try BackupReplay.check(entry.event, after: built)
                    built.apply(entry)
                    ticket = built
                } else {
                    guard case .received = entry.event else { throw .firstNotReceived(kind: TimelineText.kind(entry.event)) }
                    ticket = Ticket(id: id, received: entry)
                }
            } catch {
                throw TicketReadFailure(ticket: name, entry: index, reason: error)
            }
        }
        try checkSummary(object, against: ticket!)
        return ticket!
    }

    /// The ticket's own fields, where the file has them, must be what its timeline adds up to.
    private static func checkSummary(_ object: [String: Any], against ticket: Ticket) throws(TicketReadFailure) {
        let rebuilt: [(String, String?)] = [
            ("stage", ticket.stage.rawValue), ("grade", ticket.grade.rawValue), ("cause", ticket.cause?.rawValue),
            ("assignee", ticket.assignee), ("anger", ticket.anger.rawValue),
            ("received_at", TimeText.isoMilliseconds(ticket.receivedAt)), ("closed_at", ticket.closedAt.map(TimeText.isoMilliseconds)),
            ("reopen_count", String(ticket.reopenCount)), ("failed_follow_ups", String(ticket.failedFollowUps)),
            ("granted_total_minor", String(ticket.grantedTotal)),
        ]
        for (field, value) in rebuilt {
            guard let stated = object[field] else { continue }
            let text: String? = switch stated {
            case is NSNull: nil
            case let string as String: string
            case let number as NSNumber: number.stringValue
            default: "?"
            }
            guard text != value else { continue }
            throw TicketReadFailure(ticket: ticket.id.description,
                                    reason: .summaryDisagrees(field: field, stated: text ?? "null", rebuilt: value ?? "null"))
        }
    }
}
