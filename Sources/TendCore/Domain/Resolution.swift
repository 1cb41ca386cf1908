import Foundation

/// Whether a resolution needs, awaits or has a supervisor's approval, or was refused it.
public enum Approval: Sendable, Hashable {
    case notNeeded
    case pending
    case approved(by: String, at: Date, comment: String)
    case rejected(by: String, at: Date, comment: String)

    /// A supervisor's decision, once there is one.
    public var decision: (approved: Bool, by: String, at: Date, comment: String)? {
        switch self {
        case .approved(let by, let at, let comment): (true, by, at, comment)
        case .rejected(let by, let at, let comment): (false, by, at, comment)
        case .notNeeded, .pending: nil
        }
    }

    /// Whether the resolution may take effect: it needed no approval, or got it.
    public var allowsGranting: Bool {
        switch self {
        case .notNeeded, .approved: true
        case .pending, .rejected: false
        }
    }
}

/// The settlement offered to the customer: one remedy or several (`remedies`), told to the
/// customer as `details`. `kind` is the first remedy's and `amount` their sum, what authority checks.
public struct Resolution: Sendable, Hashable {
    public var kind: ResolutionKind
    public var amount: Money?
    public var remedies: [Remedy]
    public var details: String
    public var approval: Approval
    /// Who proposed it, and when.
    public var proposedBy: String
    public var proposedAt: Date

    public init(kind: ResolutionKind, amount: Money?, details: String, approval: Approval, proposedBy: String, proposedAt: Date) {
        self.init(remedies: [Remedy(kind: kind, amount: amount)], details: details, approval: approval,
                  proposedBy: proposedBy, proposedAt: proposedAt)
    }

    public init(remedies: [Remedy], details: String, approval: Approval, proposedBy: String, proposedAt: Date) {
        self.remedies = remedies
        kind = remedies.first?.kind ?? .apology
        amount = Remedy.sum(remedies)
        self.details = details
        self.approval = approval
        self.proposedBy = proposedBy
        self.proposedAt = proposedAt
    }

    /// "reimbursement of a vet bill ¥600.00 + free of charge… ¥150.00 + apology".
    public func remediesText(_ lang: Language) -> String {
        remedies.map { $0.text(lang) }.joined(separator: " + ")
    }

    /// What it gives, by kind only: "reimbursement of a vet bill + waiver… + apology"; one kind
    /// for a resolution of one remedy.
    public func kindsText(_ lang: Language) -> String {
        remedies.map { $0.kind.name(lang) }.joined(separator: " + ")
    }

    /// Minor units granted by `resolutions` in all, saturating: a sum of amounts read from outside
    /// cannot trap.
    public static func total(_ resolutions: [Resolution]) -> Int64 {
        resolutions.reduce(0) { Money.saturatingSum($0, $1.amount?.minorUnits ?? 0) }
    }
}

/// The customer's answer to the follow-up call's satisfaction question.
public struct Satisfaction: Sendable, Hashable {
    public var score: Int
    public var comment: String

    public init(score: Int, comment: String) {
        self.score = score
        self.comment = comment
    }
}
