/// What an after-sales clause is: a window for a refund or a redo, a guarantee the business
/// gives, a right the law gives the customer, or something else.
public enum TermsKind: String, Vocabulary {
    public static let ordered = allCases
    case refundWindow = "refund_window"
    case redoWindow = "redo_window"
    case guarantee, statutory, other

    public var english: String {
        switch self {
        case .refundWindow: "refund window"
        case .redoWindow: "redo window"
        case .guarantee: "guarantee"
        case .statutory: "statutory right"
        case .other: "other"
        }
    }

    public var chinese: String {
        switch self {
        case .refundWindow: "退款期限"
        case .redoWindow: "重做期限"
        case .guarantee: "服务保障"
        case .statutory: "法定权利"
        case .other: "其他"
        }
    }
}
