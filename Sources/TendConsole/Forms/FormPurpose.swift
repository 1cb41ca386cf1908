import TendCore

/// What a form is for. Saved with a draft, so a half-written form comes back as the same form.
public enum FormPurpose: Sendable, Equatable {
    case advance(TicketID)
    case reassign(TicketID)
    case grade(TicketID)
    case note(TicketID)
    case reopen(TicketID)
    case mediate(TicketID)
    /// News in a mediation under way.
    case mediationNews(TicketID)
    /// A supervisor turning a waiting resolution down, saying why.
    case reject(TicketID)
    /// Pausing the clocks, with what the desk waits for.
    case pause(TicketID)
    /// A short pause after a hard call, with a note only its author reads.
    case selfCare(TicketID)
    case intake
    case filter

    public var ticket: TicketID? {
        switch self {
        case .advance(let id), .reassign(let id), .grade(let id), .note(let id), .reopen(let id), .mediate(let id), .mediationNews(let id), .reject(let id), .pause(let id), .selfCare(let id): id
        case .intake, .filter: nil
        }
    }

    /// A stable word for files: "advance", "note"…
    public var code: String {
        switch self {
        case .advance: "advance"
        case .reassign: "reassign"
        case .grade: "grade"
        case .note: "note"
        case .reopen: "reopen"
        case .mediate: "mediate"
        case .mediationNews: "mediation"
        case .reject: "reject"
        case .pause: "pause"
        case .selfCare: "self_care"
        case .intake: "intake"
        case .filter: "filter"
        }
    }

    public init?(code: String, ticket: TicketID?) {
        switch (code, ticket) {
        case ("intake", _): self = .intake
        case ("filter", _): self = .filter
        case ("advance", let id?): self = .advance(id)
        case ("reassign", let id?): self = .reassign(id)
        case ("grade", let id?): self = .grade(id)
        case ("note", let id?): self = .note(id)
        case ("reopen", let id?): self = .reopen(id)
        case ("mediate", let id?): self = .mediate(id)
        case ("mediation", let id?): self = .mediationNews(id)
        case ("reject", let id?): self = .reject(id)
        case ("pause", let id?): self = .pause(id)
        default: return nil
        }
    }

    /// Whether a half-written one is worth keeping: a filter is quicker to set again than to restore.
    /// A private note is never left as a draft beside the desk's other files.
    var keepsDraft: Bool {
        switch self {
        case .filter, .selfCare: false
        default: true
        }
    }
}
