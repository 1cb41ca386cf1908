import TendCore

/// What holds the keyboard above the panes, if anything: one value, so which one wins is
/// decided in one place (`ConsoleReducer.update`) and drawn in one order (`ConsoleView`).
public indirect enum Modal: Sendable, Equatable {
    /// The `?` screen, scrolled this far.
    case help(scroll: Int)
    /// Text typed after `/`.
    case search(String)
    /// The `:` line being typed.
    case command(TextField)
    /// A form over the panes; it stays open until the core accepts it.
    case form(Form)
    /// A yes/no question, over what it was asked from (a form stays open under it).
    case question(Confirmation, over: Modal?)
    case practice(PracticeSession)
    /// The trainees' results, read by a supervisor.
    case report([TrainingSummary])
    /// The after-sales terms beside a ticket, over the form a clause is cited into, if any.
    case terms(TermsPicker, over: Modal?)
    /// The statistics: pages of figures for a span; Enter lists a figure's tickets.
    case stats(StatsView)

    /// The form open under whatever is on top.
    var form: Form? {
        switch self {
        case .form(let form): form
        case .question(_, let below): below?.form
        case .terms(_, let below): below?.form
        default: nil
        }
    }
}
