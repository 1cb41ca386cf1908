/// What a member of staff may do at the terminal.
public enum Role: String, Vocabulary {
    public static let ordered = allCases
    case handler, supervisor, trainee

    /// Codes written in journals and snapshots: never reuse or change one.
    public var storageCode: UInt8 {
        switch self {
        case .handler: 0
        case .supervisor: 1
        case .trainee: 2
        }
    }

    public var english: String { rawValue }

    public var chinese: String {
        switch self {
        case .handler: "投诉处理专员"
        case .supervisor: "主管"
        case .trainee: "学员"
        }
    }

    /// Trainees read; they never change a ticket.
    public var canChangeTickets: Bool { self != .trainee }
}
