/// Something a handler must say at a stage (see `Checklist`): acknowledged by marking a script
/// that covers it as said, or by a note that says it.
public enum ChecklistItem: String, StoredVocabulary {
    public static let ordered = allCases
    case feeling, apology, time
    case nextStep = "next_step"
    case facts, options, thanks, satisfaction

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .feeling: 0
        case .apology: 1
        case .time: 2
        case .nextStep: 3
        case .facts: 4
        case .options: 5
        case .thanks: 6
        case .satisfaction: 7
        }
    }

    public var english: String {
        switch self {
        case .feeling: "acknowledge the feeling"
        case .apology: "apologise"
        case .time: "give a time"
        case .nextStep: "confirm the next step"
        case .facts: "gather the facts"
        case .options: "offer a choice"
        case .thanks: "thank the customer"
        case .satisfaction: "ask about satisfaction"
        }
    }

    public var chinese: String {
        switch self {
        case .feeling: "回应情绪"
        case .apology: "致歉"
        case .time: "给出时间"
        case .nextStep: "确认下一步"
        case .facts: "了解事实"
        case .options: "提供选择"
        case .thanks: "感谢客户"
        case .satisfaction: "询问满意度"
        }
    }
}
