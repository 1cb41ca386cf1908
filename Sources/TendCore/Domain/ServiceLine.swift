/// The business line the complaint is about.
public enum ServiceLine: String, Vocabulary {
    public static let ordered = allCases
    case grooming, boarding, training, medical, retail, other

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .grooming: "美容"
        case .boarding: "寄养"
        case .training: "训练"
        case .medical: "医疗"
        case .retail: "零售"
        case .other: "其他"
        }
    }
}
