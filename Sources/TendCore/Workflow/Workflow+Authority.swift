/// The rules that depend on a role alone, whatever the ticket: what the keys offer, who may
/// hold tickets, see contacts, export them or restore a backup. The rules that also depend on
/// the ticket are `Workflow`'s methods.
extension Workflow {
    /// Why a role may never take this action, whatever the ticket: what a key's hint and help
    /// say for it. Assigning is a supervisor's, except a handler taking a ticket for themselves.
    public static func refusal(for role: Role, _ name: TicketAction.Name) -> WorkflowError? {
        if name == .reveal { return seesContacts(role) ? nil : .contactNotAllowed }
        guard role.canChangeTickets else { return .readOnly(role: role) }
        guard role != .supervisor else { return nil }
        switch name {
        case .assign: return .needsSupervisor(.assignToOthers)
        case .approve, .reject: return .needsSupervisor(.approveCompensation)
        default: return nil
        }
    }

    /// Why a role may not read the trainees' practice results; nil for a supervisor.
    public static func refusalToReadTrainingResults(_ role: Role) -> WorkflowError? {
        role == .supervisor ? nil : .needsSupervisor(.readTrainingResults)
    }

    /// The statistics name each handler's load and scores: a supervisor's to read.
    public static func refusalToReadStatistics(_ role: Role) -> WorkflowError? {
        role == .supervisor ? nil : .needsSupervisor(.readStatistics)
    }

    /// Handlers and supervisors hold tickets; trainees read.
    public static func mayHoldTickets(_ role: Role) -> Bool { role.canChangeTickets }

    /// Whether a role sees customers' contacts at all (masked until revealed): a trainee's cases
    /// are training material, with the contact removed.
    public static func seesContacts(_ role: Role) -> Bool { role != .trainee }

    /// Whether a role's export carries full contacts (a backup); others' are masked.
    public static func exportsFullContacts(_ role: Role) -> Bool { role == .supervisor }

    /// Whether a role may restore a backup: it writes history in other people's names.
    public static func mayRestoreBackups(_ role: Role) -> Bool { role == .supervisor }
}
