/// Where a complaint is in the closed loop (闭环管理). The order of the main path is the order of
/// the cases up to `closed`; `mediation` is a side path.
public enum Stage: String, StoredVocabulary {
    public static let ordered = allCases
    case received, acknowledged, investigating, resolving
    case followUp = "follow_up"
    case closed, mediation

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .received: 0
        case .acknowledged: 1
        case .investigating: 2
        case .resolving: 3
        case .followUp: 4
        case .closed: 5
        case .mediation: 6
        }
    }

    public var english: String {
        switch self {
        case .received: "received"
        case .acknowledged: "acknowledged"
        case .investigating: "investigating"
        case .resolving: "resolving"
        case .followUp: "follow-up"
        case .closed: "closed"
        case .mediation: "mediation"
        }
    }

    public var chinese: String {
        switch self {
        case .received: "受理"
        case .acknowledged: "已回应"
        case .investigating: "调查评估"
        case .resolving: "处理中"
        case .followUp: "回访"
        case .closed: "已结案"
        case .mediation: "第三方调解"
        }
    }

    public var isOpen: Bool { self != .closed }
}
