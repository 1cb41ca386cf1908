import Foundation

/// Who a dispute that cannot be settled directly is taken to (第三方调解).
public enum MediationParty: String, StoredVocabulary {
    public static let ordered = allCases
    case consumerAssociation = "consumer_association"
    case vetBoard = "vet_board"
    case insurer
    case court
    case other

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .consumerAssociation: 0
        case .vetBoard: 1
        case .insurer: 2
        case .court: 3
        case .other: 4
        }
    }

    public var english: String {
        switch self {
        case .consumerAssociation: "consumer association"
        case .vetBoard: "veterinary board"
        case .insurer: "insurer"
        case .court: "court"
        case .other: "other mediator"
        }
    }

    public var chinese: String {
        switch self {
        case .consumerAssociation: "消费者协会"
        case .vetBoard: "兽医行业主管部门"
        case .insurer: "保险公司"
        case .court: "法院"
        case .other: "其他调解方"
        }
    }
}

/// A dispute handed to a mediator: who, their reference for it, why it could not be settled
/// directly, the next date they set and what was sent to them.
public struct MediationReferral: Sendable, Hashable {
    public var party: MediationParty
    /// The mediator's own number for the case (消协's 受理编号, a claim number); may come later.
    public var reference: String
    public var reason: String
    /// The next hearing, deadline or call the mediator set; nil when none is set yet.
    public var next: Date?
    /// What was sent to them ("photos, the vet's record, the receipt").
    public var sent: String

    public init(party: MediationParty, reference: String = "", reason: String, next: Date? = nil, sent: String = "") {
        self.party = party
        self.reference = reference
        self.reason = reason
        self.next = next
        self.sent = sent
    }
}

/// News in a mediation: a reference given, a new date set, papers sent, what was said.
public struct MediationUpdate: Sendable, Hashable {
    /// A reference given now (empty: unchanged).
    public var reference: String
    /// The new next date (nil: unchanged).
    public var next: Date?
    public var sent: String
    public var note: String

    public init(reference: String = "", next: Date? = nil, sent: String = "", note: String = "") {
        self.reference = reference
        self.next = next
        self.sent = sent
        self.note = note
    }

    public var isEmpty: Bool { reference.isEmpty && next == nil && sent.isEmpty && note.isEmpty }
}

/// One mediation on a ticket as its events add up: what `Ticket.mediations` keeps.
public struct Mediation: Sendable, Hashable {
    /// Nil for a mediation recorded before the party was asked for.
    public var party: MediationParty?
    public var reference: String
    public var reason: String
    public var next: Date?
    /// Everything sent to the mediator, oldest first, with when.
    public var sent: [Sent] = []
    public var startedAt: Date
    public var startedBy: String
    /// Set when it ended with its outcome.
    public var endedAt: Date?
    public var outcome: String?

    public init(party: MediationParty?, reference: String, reason: String, next: Date?, startedAt: Date, startedBy: String) {
        self.party = party
        self.reference = reference
        self.reason = reason
        self.next = next
        self.startedAt = startedAt
        self.startedBy = startedBy
    }

    public var isOpen: Bool { endedAt == nil }

    /// Something sent to the mediator, and when it was recorded.
    public struct Sent: Sendable, Hashable {
        public var at: Date
        public var text: String
    }
}
