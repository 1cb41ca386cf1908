import TendCore

extension ConsoleReducer {
    /// After a call marked angry or grieving, or a step on a critical case, the console offers a short pause
    /// and a private note (self-care, as the training material asks), once per ticket a session.
    /// A note alone is not a call: offering a pause after each would stand between a handler
    /// and their typing.
    static func offerPause(after action: TicketAction, on id: TicketID, _ state: inout ConsoleState, _ env: ConsoleEnvironment) {
        guard state.actor.role.canChangeTickets, state.modal == nil, !state.pauseOffered.contains(id),
              let ticket = env.desk.ticket(id) else { return }
        let hard: Bool = switch action {
        case .anger(let mood): mood.isHeavy
        case .advance, .followUpFailed: ticket.grade == .critical || ticket.anger.isHeavy
        default: false
        }
        guard hard else { return }
        state.pauseOffered.insert(id)
        state.modal = .question(Confirmation(
            question: state.lang.pick("That was a hard call. Take a two-minute pause, with a note only you can read? (y/n)",
                                      "刚才那通电话不容易。要不要歇两分钟，记下只有您自己能看到的感受？（y/n）"),
            onYes: .takePause(id), saidBefore: state.message ?? ""), over: nil)
    }
}
