import TendCore

/// A yes/no question before a step that cannot be taken back.
public struct Confirmation: Sendable, Equatable {
    public enum Answer: Sendable, Equatable {
        /// Hand the action to the core.
        case perform(Commit)
        /// Throw away the open form and its draft.
        case discardForm
        /// Open the pause after a hard call (self-care), with its private note.
        case takePause(TicketID)
    }

    public let question: String
    public let onYes: Answer
    /// What the status row said when the question was asked, said again if the answer is no: a
    /// question asked after a change (the pause) must not leave "Nothing was changed" behind.
    public let saidBefore: String?

    public init(question: String, onYes: Answer, saidBefore: String? = nil) {
        self.question = question
        self.onYes = onYes
        self.saidBefore = saidBefore
    }
}
