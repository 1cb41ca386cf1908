/// What happened to the pet, beside the complaint's grade and cause. Harm drives the grade (a pet
/// injured, lost or dead in care is critical; one that fell ill is at least serious), the scripts
/// offered and the routing.
public enum Harm: String, StoredVocabulary, Comparable {
    public static let ordered = allCases
    case none, distress, ill, injured, lost, died

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .none: 0
        case .distress: 1
        case .ill: 2
        case .injured: 3
        case .lost: 4
        case .died: 5
        }
    }

    public var english: String {
        switch self {
        case .none: "no harm"
        case .distress: "distressed"
        case .ill: "fell ill"
        case .injured: "injured"
        case .lost: "lost"
        case .died: "died"
        }
    }

    public var chinese: String {
        switch self {
        case .none: "无伤害"
        case .distress: "受惊"
        case .ill: "患病"
        case .injured: "受伤"
        case .lost: "走失"
        case .died: "死亡"
        }
    }

    /// The least grade a complaint with this harm can have.
    public var minimumGrade: Grade {
        switch self {
        case .none, .distress: .general
        case .ill: .serious
        case .injured, .lost, .died: .critical
        }
    }

    /// No harm to distress to illness to injury, loss and death: the order of the list above.
    private var rank: Int { Harm.ordered.firstIndex(of: self)! }

    public static func < (a: Harm, b: Harm) -> Bool { a.rank < b.rank }
}
