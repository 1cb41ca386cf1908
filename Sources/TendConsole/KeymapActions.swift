import TendCore
import TendTerminal

extension ConsoleCommand {
    /// The ticket action a key starts, in the vocabulary the `:` line and the command line share.
    public var action: TicketAction.Name? {
        switch self {
        case .newComplaint: .add
        case .take: .take
        case .reassign: .assign
        case .advance: .advance
        case .changeGrade: .grade
        case .addNote: .note
        case .approve: .approve
        case .reject: .reject
        case .reopen: .reopen
        case .mediate: .mediate
        case .cycleAnger: .anger
        case .reveal: .reveal
        case .markSaid: .said
        case .holdClocks: .pause
        default: nil
        }
    }
}

extension Keymap {
    /// The key that starts an action, as the help shows it ("o"); nil when no key does.
    public static func key(for name: TicketAction.Name) -> String? {
        for context in KeyContext.allCases {
            if let binding = table[context]?.first(where: { $0.command.action == name }) { return binding.keys[0].description }
        }
        return nil
    }

    /// Why this user's key does nothing for them, whatever the ticket (the core's rule for their
    /// role): the hint row leaves such keys out, and pressing one says this.
    public static func refusal(of binding: KeyBinding, for actor: StaffMember) -> WorkflowError? {
        if binding.command == .trainingReport {
            return Workflow.refusalToReadTrainingResults(actor.role)
        }
        if binding.command == .statistics { return Workflow.refusalToReadStatistics(actor.role) }
        if binding.command == .approvals { return actor.role == .supervisor ? nil : .needsSupervisor(.approveCompensation) }
        guard let name = binding.command.action else { return nil }
        return Workflow.refusal(for: actor.role, name)
    }
}
