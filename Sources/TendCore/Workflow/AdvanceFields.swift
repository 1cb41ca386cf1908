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
    /// The stage the ticket is expected to be in (the stage a form was opened on, or `--from`):
    /// if it has moved on, the advance is refused instead of being applied to the next gate.
    public var from: Stage?

    public init() {}

    /// The stages whose gates ask for the fields given: a retried `--eta` implies received.
    public var stagesImplied: [Stage] {
        var stages: [Stage] = []
        if eta != nil { stages.append(.received) }
        if assignee != nil { stages.append(.acknowledged) }
        if grade != nil || cause != nil || findings != nil || reason != nil { stages.append(.investigating) }
        if resolution != nil || amount != nil || details != nil { stages.append(.resolving) }
        if score != nil || comment != nil || unreachable { stages.append(.followUp) }
        if outcome != nil { stages.append(.mediation) }
        return stages
    }

    /// The stage this advance is meant for: said outright, or implied by its fields.
    func expectedStage() throws -> Stage? {
        let implied = stagesImplied
        if let from { return from }
        guard implied.count <= 1 else { throw WorkflowError.fieldsOfSeveralStages(implied) }
        return implied.first
    }
}
