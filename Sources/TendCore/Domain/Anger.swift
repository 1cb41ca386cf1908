/// The customer's mood, as the handler judges it on the call: how angry they are, or grieving
/// (their pet died), which asks for other words than anger does. Set with one key, kept on the
/// ticket, and used to choose what to say.
public enum Anger: String, StoredVocabulary, Comparable {
    public static let ordered = allCases
    case calm, upset, angry, grieving

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .calm: 0
        case .upset: 1
        case .angry: 2
        case .grieving: 3
        }
    }

    public var english: String { rawValue }

    /// Whether the handler should take particular care on the call (the self-care prompt, the
    /// mood shown loud): anger and grief both weigh.
    public var isHeavy: Bool { self == .angry || self == .grieving }

    public var chinese: String {
        switch self {
        case .calm: "平静"
        case .upset: "不满"
        case .angry: "愤怒"
        case .grieving: "悲痛"
        }
    }

    /// The next level, wrapping: what the anger key does.
    public var next: Anger { Anger.ordered[(rank + 1) % Anger.ordered.count] }

    /// Calm to angry, then grief: the order of the list above.
    private var rank: Int { Anger.ordered.firstIndex(of: self)! }

    public static func < (a: Anger, b: Anger) -> Bool { a.rank < b.rank }
}
