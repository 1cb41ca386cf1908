/// How angry the customer is, as the handler judges it on the call. Set with one key, kept on
/// the ticket, and used to choose what to say.
public enum Anger: String, Vocabulary, Comparable {
    public static let ordered = allCases
    case calm, upset, angry

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .calm: "平静"
        case .upset: "不满"
        case .angry: "愤怒"
        }
    }

    /// The next level, wrapping: what the anger key does.
    public var next: Anger { Anger.ordered[(Int(code) + 1) % Anger.ordered.count] }

    public static func < (a: Anger, b: Anger) -> Bool { a.code < b.code }
}
