/// How the complaint reached us. `priority` is the channel for elderly and disabled customers
/// (特殊群体通道): such tickets are flagged and served first.
public enum Channel: String, Vocabulary {
    public static let ordered = allCases
    case phone, chat, email, social, store, priority

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
