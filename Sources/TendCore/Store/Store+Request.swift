import Foundation

extension Store {
    /// Who asks for a change and under which id, so that a retry is recognised.
    public struct Request: Sendable {
        public let id: String
        public let actor: String
        /// The ticket the request is about, when it names one: the same id for another ticket is refused.
        public let ticket: TicketID?
        /// A digest of what was asked (`RequestID.fingerprint`): the same id asking for something
        /// else is refused instead of being told the first outcome.
        public let fingerprint: String?
        /// An id made just now for this request (not given by a caller who may be retrying): it
        /// cannot have been recorded, so no look-up is needed.
        public let fresh: Bool

        public init(id: String, actor: String, ticket: TicketID? = nil, fingerprint: String? = nil, fresh: Bool = false) {
            self.id = id
            self.actor = actor
            self.ticket = ticket
            self.fingerprint = fingerprint
            self.fresh = fresh
        }
    }

    /// What a commit did.
    public struct Commit: Sendable {
        public let changes: [Change]
        /// Set when the request had been recorded before: nothing was written, and `changes` are
        /// what the first attempt recorded.
        public let recorded: RecordedRequest?
    }
}
