/// How the complaint reached us. `priority` is the channel for elderly and disabled customers
/// (特殊群体通道): such tickets are flagged and served first.
public enum Channel: String, StoredVocabulary {
    public static let ordered = allCases
    case phone, chat, email, social, store, priority

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .phone: 0
        case .chat: 1
        case .email: 2
        case .social: 3
        case .store: 4
        case .priority: 5
        }
    }

    public var english: String {
        switch self {
        case .phone: "phone"
        case .chat: "online chat"
        case .email: "email"
        case .social: "social media"
        case .store: "in store"
        case .priority: "priority channel"
        }
    }

    public var chinese: String {
        switch self {
        case .phone: "电话"
        case .chat: "在线客服"
        case .email: "邮件"
        case .social: "社交媒体"
        case .store: "门店"
        case .priority: "特殊群体通道"
        }
    }
}
