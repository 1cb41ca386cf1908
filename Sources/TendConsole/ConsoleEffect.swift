import Foundation
import TendCore

/// A change for the core to check and record: the action, the ticket it is for (none for a new
/// complaint), and the request it is recorded under.
public struct Commit: Sendable, Equatable {
    public var ticket: TicketID?
    public var action: TicketAction
    /// A form's own request id (kept in its draft, so submitting it again is recognised), or a
    /// new one for a key press.
    public var request: String
    /// Whether it was submitted from the open form, which closes once it is recorded.
    public var fromForm: Bool

    /// A request id made of what it records (a rung of the escalation ladder), which another
    /// console may have recorded already.
    public var sharedRequest = false

    public init(ticket: TicketID?, action: TicketAction, request: String = RequestID.make(), fromForm: Bool = false) {
        self.ticket = ticket
        self.action = action
        self.request = request
        self.fromForm = fromForm
    }

    /// Whether the request id was made for this commit, so cannot have been recorded before: a
    /// key press's is; a form's may have been, by a submission before a crash, and a shared one
    /// by another console.
    public var fresh: Bool { !fromForm && !sharedRequest }
}

/// What the reducer asks the world to do. It never does it itself: the run loop (`Console`)
/// carries each out and answers with a `ConsoleMessage`.
public enum ConsoleEffect: Sendable, Equatable {
    /// Check and record a change through the store and the workflow.
    case commit(Commit)
    /// Keep the open form on disk as a draft; forget a draft once its form is done.
    case saveDraft(Draft)
    case forgetDraft(key: String)
    /// Load a colour theme and use it.
    case switchTheme(String)
    /// Append a finished practice round to the training log.
    case saveTraining(TrainingResult)
    /// A handler's private note after a hard call: written to their own file, never the desk's record.
    case savePrivateNote(PrivateNote)
    /// Read every trainee's results.
    case loadTrainingReport
    /// Query the whole desk away from the input path (the minute moved the SLA order); the
    /// result comes back as `.requeried`.
    case requeryInBackground(BackgroundQuery)
    /// Work out the statistics for the view away from the input path; the result comes back as
    /// `.statsComputed`.
    case computeStats(StatsRequest)
    /// Judge the early warnings as of this instant away from the input path (`.earlyWarnings`).
    case checkWarnings(Date)
    /// The terminal's bell and a flash: something needs this person now.
    case alert
    /// Leave the console.
    case quit
}
