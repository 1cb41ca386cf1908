import Foundation

/// Why a ticket's clock may stand still: the desk is waiting on someone else. The policy says
/// which of these it allows.
public enum PauseReason: String, StoredVocabulary {
    public static let ordered = allCases
    case customer
    case vetReport = "vet_report"
    case mediator

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .customer: 0
        case .vetReport: 1
        case .mediator: 2
        }
    }

    public var english: String {
        switch self {
        case .customer: "waiting for the customer"
        case .vetReport: "waiting for a vet report"
        case .mediator: "waiting for a mediator"
        }
    }

    public var chinese: String {
        switch self {
        case .customer: "等客户回复"
        case .vetReport: "等兽医报告"
        case .mediator: "等调解方"
        }
    }
}
