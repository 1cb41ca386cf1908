import Foundation

/// Compensation that took effect on a ticket: a settled resolution (needing no approval, or
/// approved) that the ticket moved on to follow-up with. A ticket keeps every grant, so a ceiling
/// can bound their total and an export can show each one.
public struct Grant: Sendable, Hashable {
    public var kind: ResolutionKind
    public var amount: Money?
    public var details: String
    /// Who proposed it, and when.
    public var grantedBy: String
    public var grantedAt: Date
    /// `.notNeeded` or `.approved(by:at:)`; never `.pending`.
    public var approval: Approval

    public init(kind: ResolutionKind, amount: Money?, details: String, grantedBy: String, grantedAt: Date, approval: Approval) {
        self.kind = kind
        self.amount = amount
        self.details = details
        self.grantedBy = grantedBy
        self.grantedAt = grantedAt
        self.approval = approval
    }

    /// Minor units granted in all, saturating: a sum of amounts read from outside cannot trap.
    public static func total(_ grants: [Grant]) -> Int64 {
        grants.reduce(0) { sum, grant in
            let (next, overflow) = sum.addingReportingOverflow(grant.amount?.minorUnits ?? 0)
            return overflow ? .max : next
        }
    }
}
