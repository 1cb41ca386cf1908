import Foundation

/// A resolution waiting for a supervisor, with what they need to decide it at a glance: what
/// and how much, who proposed it and what they may grant alone, what the ticket has had so far,
/// why, and who may decide it.
public struct PendingApproval: Sendable, Equatable {
    public let ticket: TicketID
    public let grade: Grade
    /// The main remedy's kind, and every remedy's kind in order.
    public let kind: ResolutionKind
    public let kinds: [ResolutionKind]
    public let amount: Money?
    /// Who proposed it, and their own ceiling.
    public let proposedBy: String
    public let proposerCeiling: Money
    public let proposedAt: Date
    /// What earlier resolutions on the ticket granted, and the total with this one.
    public let grantedBefore: Money
    public let totalWithIt: Money
    /// The resolution's details: what the customer is offered, and why.
    public let details: String
    /// The supervisors whose ceiling covers the total, or else the policy's top approver.
    public let approvers: [String]

    public init?(_ ticket: Ticket, policy: Policy) {
        guard let resolution = ticket.resolution, resolution.approval == .pending else { return nil }
        let currency = policy.currency
        self.ticket = ticket.id
        grade = ticket.grade
        kind = resolution.kind
        kinds = resolution.remedies.map(\.kind)
        amount = resolution.amount
        proposedBy = resolution.proposedBy
        proposerCeiling = Money(minorUnits: policy.member(resolution.proposedBy).map(policy.ceiling(for:)) ?? 0, currency: currency)
        proposedAt = resolution.proposedAt
        grantedBefore = Money(minorUnits: ticket.grantedTotal, currency: currency)
        let total = Money.saturatingSum(ticket.grantedTotal, resolution.amount?.minorUnits ?? 0)
        totalWithIt = Money(minorUnits: total, currency: currency)
        details = resolution.details
        approvers = policy.approvers(forTotal: total).map(\.login)
    }

    /// Every resolution waiting on the desk, most urgent ticket first (the queue's order).
    public static func all(on desk: Desk, policy: Policy, now: Date) -> [PendingApproval] {
        var filter = TicketFilter()
        filter.awaitingApproval = true
        return TicketQuery.run(desk, policy: policy, filter: filter, now: now).compactMap { id in
            desk.ticket(id).flatMap { PendingApproval($0, policy: policy) }
        }
    }

    /// Every remedy's kind: "reimbursement of a vet bill + waiver… + apology".
    public func kindsText(_ lang: Language) -> String {
        (kinds.isEmpty ? [kind] : kinds).map { $0.name(lang) }.joined(separator: " + ")
    }

    /// One line for a person: "¥750.00 refund by li.hua (may grant ¥200.00); ¥750.00 in all with
    /// ¥0.00 before; decided by zhao.min".
    public func summary(_ lang: Language) -> String {
        let money = amount.map { $0.formatted + " " } ?? ""
        let what = kindsText(lang)
        return lang.pick("\(money)\(what) by \(proposedBy) (may grant \(proposerCeiling.formatted)); \(totalWithIt.formatted) in all with \(grantedBefore.formatted) before; decided by \(approvers.joined(separator: " or "))",
                         "\(money)\(what)，由 \(proposedBy) 提出（其权限 \(proposerCeiling.formatted)）；连同此前已给予的 \(grantedBefore.formatted) 共 \(totalWithIt.formatted)；审批人：\(approvers.joined(separator: "、"))")
    }
}
