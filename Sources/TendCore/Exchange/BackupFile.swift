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
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.first == "[", let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
              let items = parsed as? [Any],
              let first = items.first as? [String: Any], first["id"] != nil, first["timeline"] != nil else { return nil }
        return try read(items, lines: IntakeImport.elementLines(text))
    }

    static func read(_ items: [Any], lines: [Int]) throws(BackupRefusal) -> Backup {
        if items.contains(where: { ($0 as? [String: Any])?["masked"] as? Bool == true }) {
            throw .invalid([BackupProblem(reason: .masked)])
        }
        if let first = items.first as? [String: Any], let timeline = first["timeline"] as? [[String: Any]],
           let entry = timeline.first, entry["data"] == nil {
            throw .invalid([BackupProblem(reason: .noEventData)])
        }
        var tickets: [TicketID: Ticket] = [:]
        var problems: [BackupProblem] = []
        var relations: [(ticket: Ticket, entry: Int, line: Int?)] = []
        for (index, item) in items.enumerated() {
            let line = index < lines.count ? lines[index] : nil
            do throws(TicketReadFailure) {
                let ticket = try self.ticket(item)
                guard tickets[ticket.id] == nil else {
                    throw TicketReadFailure(ticket: ticket.id.description, reason: .duplicateID(ticket.id.description))
                }
                tickets[ticket.id] = ticket
                for (entry, timelineEntry) in ticket.timeline.enumerated() {
                    if case .related = timelineEntry.event { relations.append((ticket, entry, line)) }
                }
            } catch {
                problems.append(BackupProblem(line: line, ticket: error.ticket, position: error.ticket == nil ? index + 1 : nil,
                                              entry: error.entry, reason: error.reason))
            }
        }
        if items.isEmpty { problems.append(BackupProblem(reason: .noTickets)) }
        for (ticket, entry, line) in relations {
            guard case .related(let other) = ticket.timeline[entry].event, tickets[other] == nil else { continue }
            problems.append(BackupProblem(line: line, ticket: ticket.id.description, entry: entry, reason: .relatedUnknown(other.description)))
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
            ("received_at", TimeText.iso(ticket.receivedAt)), ("closed_at", ticket.closedAt.map(TimeText.iso)),
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
