import Foundation

/// What one stage of the workflow is: the fields its gate needs, who may pass it, the service
/// clock that runs while a ticket is in it, and what must be said there. The workflow, the SLA,
/// the checklist, the console's forms and the command line's flags all read it; the declarations
/// themselves are in `StageSpec+Stages.swift`, one per stage.
public struct StageSpec: Sendable {
    public let stage: Stage
    /// Where passing the gate leads; nil for a stage with no way on (closed).
    public let next: Stage?
    /// What passing the gate means, for the form that asks for its fields: a sentence, or for a
    /// stage with an `attempt`, its name, followed by the attempts made.
    public let purpose: Bilingual
    /// The fields the gate reads, in the order they are asked for.
    public let fields: [GateField]
    /// Who may pass the gate, beyond being allowed to work on the ticket.
    public let passedBy: Authority
    /// The service-level clock that runs while a ticket is here; nil when none does.
    public let clock: Clock?
    /// What must be said at this stage before the ticket moves on.
    public let checklist: [ChecklistItem]
    /// An attempt the stage's form may record instead of passing (a call that did not get through).
    public let attempt: TicketAction.Name?
    /// Checks the fields against the ticket and makes the events; refuses with a `GateRefusal`
    /// naming the field, or a `WorkflowError`.
    let gate: @Sendable (Workflow, Ticket, AdvanceFields) throws -> [TicketEvent]

    public enum Authority: Sendable, Equatable {
        /// Whoever may work on the ticket.
        case anyone
        /// A supervisor, when the ticket's grade is this or above.
        case supervisorFrom(Grade)
    }

    /// A running clock: which it is, and the instant its time counts from.
    public struct Clock: Sendable, Equatable {
        /// `received`: from receipt, or from the last reopening (`Ticket.reopenedAt`), which
        /// starts the case's clocks afresh.
        public enum Start: Sendable, Equatable { case received, stageEntered }
        public let kind: SLAClock
        public let from: Start
    }

    /// Whether passing this gate with a ticket of this grade is a supervisor's.
    public func needsSupervisor(for grade: Grade) -> Bool {
        if case .supervisorFrom(let lowest) = passedBy { return grade >= lowest }
        return false
    }

    /// The stages that read this field at their gate.
    public static func stages(reading field: GateField) -> [Stage] {
        Stage.ordered.filter { of($0).fields.contains(field) }
    }
}
