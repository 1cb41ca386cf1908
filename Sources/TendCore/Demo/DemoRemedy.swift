/// One thing done for the customer in a demo case: a fee waived, a vet bill paid back, a
/// voucher. The amount is in minor units of CNY, and only where the kind needs one.
struct DemoRemedy: Sendable {
    let kind: ResolutionKind
    let amount: Int64?

    init(_ kind: ResolutionKind, yuan: Int64? = nil) {
        self.kind = kind
        amount = yuan.map { $0 * 100 }
    }

    /// The vet bill paid back.
    static func vetBill(yuan: Int64) -> DemoRemedy { DemoRemedy(.reimbursement, yuan: yuan) }

    /// Money paid for a loss beyond the bills.
    static func compensation(yuan: Int64) -> DemoRemedy { DemoRemedy(.compensation, yuan: yuan) }

    /// Money that goes back to the customer by transfer is promised within three working days;
    /// a fee waived, a voucher or an apology is done on the spot.
    var isPromised: Bool { [.reimbursement, .compensation, .refund, .partialRefund].contains(kind) }
}
