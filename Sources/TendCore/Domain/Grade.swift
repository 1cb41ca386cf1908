/// The four complaint grades (投诉等级), least to most severe.
public enum Grade: String, Vocabulary, Comparable {
    public static let ordered = allCases
    case general, significant, serious, critical

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .general: "一般"
        case .significant: "较大"
        case .serious: "重大"
        case .critical: "特大"
        }
    }

    public var severity: Int { Int(code) }

    /// Serious and critical complaints are closed by a supervisor only.
    public var closingNeedsSupervisor: Bool { self >= .serious }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.severity < rhs.severity }
}
