/// One thing done for the customer in a demo case: a fee waived, a vet bill paid back, a
/// voucher. The amount is in minor units of CNY, and only where the kind needs one.
struct DemoRemedy: Sendable {
    let kind: ResolutionKind
    let amount: Int64?
    /// True for a remedy the core has no kind for yet (DOMAIN.md names `reimbursement` and
    /// `compensation`; `ResolutionKind` does not have them): it is carried as a refund of that
    /// money, and is never a case's main remedy, so no event shows the stand-in's kind.
    let standsIn: Bool

    init(_ kind: ResolutionKind, yuan: Int64? = nil) {
        self.kind = kind
        amount = yuan.map { $0 * 100 }
        standsIn = false
    }

    private init(standingInFor yuan: Int64) {
        kind = .refund
        amount = yuan * 100
        standsIn = true
    }

    /// The vet bill paid back (`reimbursement`, once the core has it).
    static func vetBill(yuan: Int64) -> DemoRemedy { DemoRemedy(standingInFor: yuan) }

    /// Money paid for a loss beyond the bills (`compensation`, once the core has it).
    static func compensation(yuan: Int64) -> DemoRemedy { DemoRemedy(standingInFor: yuan) }
}
