/// How angry the customer is, as the handler judges it on the call. Set with one key, kept on
/// the ticket, and used to choose what to say.
public enum Anger: String, StoredVocabulary, Comparable {
    public static let ordered = allCases
    case calm, upset, angry

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .calm: 0
        case .upset: 1
        case .angry: 2
        }
    }

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .calm: "平静"
        case .upset: "不满"
        case .angry: "愤怒"
        }
    }

    /// The next level, wrapping: what the anger key does.
    public var next: Anger { Anger.ordered[(rank + 1) % Anger.ordered.count] }

    /// Calm to angry, the order of the list above.
    private var rank: Int { Anger.ordered.firstIndex(of: self)! }

    public static func < (a: Anger, b: Anger) -> Bool { a.rank < b.rank }
}
