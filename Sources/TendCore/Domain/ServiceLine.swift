/// The business line the complaint is about.
public enum ServiceLine: String, StoredVocabulary {
    public static let ordered = allCases
    case grooming, boarding, training, medical, retail, other

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .grooming: 0
        case .boarding: 1
        case .training: 2
        case .medical: 3
        case .retail: 4
        case .other: 5
        }
    }

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
