import Foundation

/// What a handler supplies when moving a ticket to its next stage. Each gate reads only its own
/// fields; see `Workflow.advance`.
public struct AdvanceFields: Sendable, Equatable {
    public var eta: Date?
    public var assignee: String?
    public var grade: Grade?
    public var cause: Cause?
    public var findings: String?
    public var reason: String?
    public var resolution: ResolutionKind?
    public var amount: Money?
    public var details: String?
    public var score: Int?
    public var comment: String?
    public var unreachable = false
    public var outcome: String?
    /// Must-say items the handler was warned about and chose to leave: recorded with the advance.
    public var waived: [ChecklistItem] = []

    public init() {}
}
