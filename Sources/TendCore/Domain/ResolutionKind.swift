/// What the business offers to settle a complaint (补偿分级).
public enum ResolutionKind: String, StoredVocabulary {
    public static let ordered = allCases
    case apology, explanation, redo, voucher, discount
    case partialRefund = "partial_refund"
    case refund, waiver
    case addedService = "added_service"
    case mediation
    /// For harm to a pet: the vet bill paid back, and compensation beyond it.
    case reimbursement, compensation

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .apology: 0
        case .explanation: 1
        case .redo: 2
        case .voucher: 3
        case .discount: 4
        case .partialRefund: 5
        case .refund: 6
        case .waiver: 7
        case .addedService: 8
        case .mediation: 9
        case .reimbursement: 10
        case .compensation: 11
        }
    }

    public var english: String {
        switch self {
        case .apology: "apology"
        case .explanation: "explanation"
        case .redo: "redo the service"
        case .voucher: "voucher"
        case .discount: "discount"
        case .partialRefund: "partial refund"
        case .refund: "full refund"
        case .waiver: "free of charge with written apology"
        case .addedService: "value-added service"
        case .mediation: "referral to mediation"
        case .reimbursement: "reimbursement of a vet bill"
        case .compensation: "compensation"
        }
    }

    public var chinese: String {
        switch self {
        case .apology: "道歉"
        case .explanation: "解释说明"
        case .redo: "重做"
        case .voucher: "代金券"
        case .discount: "折扣"
        case .partialRefund: "部分退款"
        case .refund: "全额退款"
        case .waiver: "免单并书面致歉"
        case .addedService: "增值服务"
        case .mediation: "转第三方调解"
        case .reimbursement: "报销医疗费"
        case .compensation: "赔偿"
        }
    }

    /// Kinds that give the customer money or money's worth must state an amount.
    public var needsAmount: Bool {
        switch self {
        case .voucher, .discount, .partialRefund, .refund, .waiver, .reimbursement, .compensation: true
        default: false
        }
    }
}
