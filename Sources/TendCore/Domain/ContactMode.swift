/// How the handler is talking with the customer, which changes what to say: a voice on the
/// phone, a person at the counter, or written text (chat, email, social media).
public enum ContactMode: String, Vocabulary {
    public static let ordered = allCases
    case phone
    case inPerson = "in_person"
    case text

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .phone: 0
        case .inPerson: 1
        case .text: 2
        }
    }

    public var english: String {
        switch self {
        case .phone: "phone"
        case .inPerson: "in person"
        case .text: "text"
        }
    }

    public var chinese: String {
        switch self {
        case .phone: "电话"
        case .inPerson: "当面"
        case .text: "文字"
        }
    }
}

extension Channel {
    /// The priority channel is a phone line for elderly and disabled customers.
    public var contactMode: ContactMode {
        switch self {
        case .phone, .priority: .phone
        case .store: .inPerson
        case .chat, .email, .social: .text
        }
    }
}
