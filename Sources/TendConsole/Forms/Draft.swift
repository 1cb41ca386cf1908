import Foundation
import TendCore

/// A half-written form as kept on disk, so quitting or a crash loses nothing typed.
public struct Draft: Sendable, Equatable {
    public let purpose: FormPurpose
    public let values: [String: String]
    public let focus: Int
    public let savedAt: Date
    /// The form's request id: a draft whose request the desk has already recorded was submitted
    /// before a crash, and is dropped instead of being submitted again.
    public let request: String?
    public let openedOn: Stage?

    public init(purpose: FormPurpose, values: [String: String], focus: Int, savedAt: Date, request: String? = nil,
                openedOn: Stage? = nil) {
        self.purpose = purpose
        self.values = values
        self.focus = focus
        self.savedAt = savedAt
        self.request = request
        self.openedOn = openedOn
    }

    public init(_ form: Form, at now: Date) {
        self.init(purpose: form.purpose, values: form.values, focus: form.focus, savedAt: now, request: form.request,
                  openedOn: form.openedOn)
    }

    /// One draft per form and ticket: "note-T-1042", "intake".
    public var key: String { Draft.key(purpose) }

    public static func key(_ purpose: FormPurpose) -> String {
        purpose.ticket.map { "\(purpose.code)-\($0)" } ?? purpose.code
    }

    /// Same form, same text: saving again would change nothing.
    func sameContent(as other: Draft?) -> Bool {
        other.map { $0.purpose == purpose && $0.values == values && $0.focus == focus } ?? false
    }
}

/// The file: snake_case keys, and `saved_at` an instant as every file and record writes one
/// (`TimeText.isoMilliseconds`). Drafts written before hold epoch seconds or whole-second ISO 8601
/// instants, and still come back.
extension Draft: Codable {
    private enum CodingKeys: String, CodingKey {
        case form, ticket, values, focus, savedAt = "saved_at", request, openedOn = "opened_on"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let code = try container.decode(String.self, forKey: .form)
        let ticketText = try container.decodeIfPresent(String.self, forKey: .ticket)
        let ticket = ticketText.flatMap(TicketID.init(parsing:))
        guard let purpose = FormPurpose(code: code, ticket: ticket) else {
            throw DecodingError.dataCorruptedError(forKey: .form, in: container, debugDescription: "unknown form \(code)")
        }
        self.purpose = purpose
        values = DraftRenames.current(try container.decode([String: String].self, forKey: .values))
        focus = try container.decodeIfPresent(Int.self, forKey: .focus) ?? 0
        if let seconds = try? container.decode(Double.self, forKey: .savedAt) {
            savedAt = Date(timeIntervalSince1970: seconds)
        } else if let instant = Self.instant(try container.decode(String.self, forKey: .savedAt)) {
            savedAt = instant
        } else {
            throw DecodingError.dataCorruptedError(forKey: .savedAt, in: container, debugDescription: "saved_at is not an ISO 8601 instant")
        }
        request = try container.decodeIfPresent(String.self, forKey: .request).flatMap { RequestID.problem(with: $0) == nil ? $0 : nil }
        openedOn = try container.decodeIfPresent(String.self, forKey: .openedOn).flatMap(Stage.parse)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(purpose.code, forKey: .form)
        try container.encodeIfPresent(purpose.ticket?.description, forKey: .ticket)
        try container.encode(values, forKey: .values)
        try container.encode(focus, forKey: .focus)
        try container.encode(TimeText.isoMilliseconds(savedAt), forKey: .savedAt)
        try container.encodeIfPresent(request, forKey: .request)
        try container.encodeIfPresent(openedOn?.rawValue, forKey: .openedOn)
    }

    /// "2026-11-22T06:05:09.250Z" as drafts are written now, or "2026-11-22T06:05:09Z" as they
    /// were for a while. Only ASCII reaches the formatter:
    /// Foundation's date formatters trap on some other text, and a draft file may have been edited.
    private static func instant(_ text: String) -> Date? {
        if let instant = TimeText.readISOMilliseconds(text) { return instant }
        guard text.utf8.count <= 40, text.utf8.allSatisfy({ isoCharacters.contains($0) }) else { return nil }
        return ISO8601DateFormatter().date(from: text)
    }

    private static let isoCharacters = Set("0123456789-:TZ".utf8)
}
