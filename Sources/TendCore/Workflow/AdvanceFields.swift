import Foundation

/// What a handler supplies when moving a ticket to its next stage. Each gate reads only its own
/// fields; see `Workflow.advance`.
public struct AdvanceFields: Sendable, Equatable {
    public var eta: Date?
    /// Why the promised time is further off than the grade's answer time allows.
    public var etaReason: String?
    public var assignee: String?
    public var grade: Grade?
    public var cause: Cause?
    public var findings: String?
    public var reason: String?
    public var resolution: ResolutionKind?
    public var amount: Money?
    /// Remedies beyond the one `resolution` and `amount` give, in order.
    public var remedies: [Remedy] = []
    public var details: String?
    /// When the follow-up calls are to be made; nil: as the policy says.
    public var calls: [Date]?
    public var score: Int?
    public var comment: String?
    public var lowScoreReason: String?
    public var escalate = false
    public var unreachable = false
    public var outcome: String?
    /// Must-say items the handler was warned about and chose to leave: recorded with the advance.
    public var waived: [ChecklistItem] = []
    /// The stage the ticket is expected to be in (the stage a form was opened on, or `--from`):
    /// if it has moved on, the advance is refused instead of being applied to the next gate.
    public var from: Stage?

    public init() {}

    /// The fields given a value.
    public var given: [GateField] {
        GateField.allCases.filter { field in
            switch field {
            case .eta: eta != nil
            case .etaReason: etaReason != nil
            case .assignee: assignee != nil
            case .grade: grade != nil
            case .cause: cause != nil
            case .findings: findings != nil
            case .reason: reason != nil
            case .resolution: resolution != nil
            case .amount: amount != nil
            case .details: details != nil
            case .remedy: !remedies.isEmpty
            case .calls: calls != nil
            case .lowScoreReason: lowScoreReason != nil
            case .escalate: escalate
            case .score: score != nil
            case .comment: comment != nil
            case .unreachable: unreachable
            case .outcome: outcome != nil
            }
        }
    }

    /// The stages whose gates read the fields given (see `StageSpec`): a retried `--eta`
    /// implies received.
    public var stagesImplied: [Stage] {
        let implied = Set(given.flatMap(StageSpec.stages(reading:)))
        return Stage.ordered.filter(implied.contains)
    }

    /// The stage this advance is meant for: said outright, or implied by its fields.
    func expectedStage() throws -> Stage? {
        let implied = stagesImplied
        if let from { return from }
        guard implied.count <= 1 else { throw WorkflowError.fieldsOfSeveralStages(implied) }
        return implied.first
    }
}
