/// What a member of staff may do at the terminal.
public enum Role: String, Vocabulary {
    public static let ordered = allCases
    case handler, supervisor, trainee

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
