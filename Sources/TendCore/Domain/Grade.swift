/// The four complaint grades (投诉等级), least to most severe.
public enum Grade: String, StoredVocabulary, Comparable {
    public static let ordered = allCases
    case general, significant, serious, critical

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .general: 0
        case .significant: 1
        case .serious: 2
        case .critical: 3
        }
    }

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .general: "一般"
        case .significant: "较大"
        case .serious: "重大"
        case .critical: "特大"
        }
    }

    /// 0 for general up to 3 for critical: the order of the list above, which is the order of harm.
    public var severity: Int { Grade.ordered.firstIndex(of: self)! }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.severity < rhs.severity }
}
